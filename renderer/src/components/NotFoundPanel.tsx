import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { Link as RouterLink } from 'react-router-dom';
import { useTranslation } from 'react-i18next';

interface Props {
  title: string;
  body: string;
}

export function NotFoundPanel({ title, body }: Props) {
  const { t } = useTranslation();
  return (
    <Paper variant="outlined" sx={{ p: 4, maxWidth: 640 }}>
      <Typography variant="h4" component="h1" gutterBottom>
        {title}
      </Typography>
      <Typography sx={{ mb: 3 }}>{body}</Typography>
      <Button component={RouterLink} to="/customers" variant="contained">
        {t('app.backToCustomers')}
      </Button>
    </Paper>
  );
}
