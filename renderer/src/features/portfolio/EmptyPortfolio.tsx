import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Link from '@mui/material/Link';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import AddIcon from '@mui/icons-material/Add';
import GroupsOutlined from '@mui/icons-material/GroupsOutlined';
import { Link as RouterLink, useNavigate } from 'react-router-dom';
import { useTranslation } from 'react-i18next';

/** The first start: what this list is for and how to fill it. */
export function EmptyPortfolio({ bureauMissing }: { bureauMissing: boolean }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  return (
    <Paper variant="outlined" sx={{ p: 5, maxWidth: 720, textAlign: 'center', mx: 'auto', mt: 4 }}>
      <GroupsOutlined color="primary" sx={{ fontSize: 56 }} aria-hidden />
      <Typography variant="h5" component="h2" sx={{ mt: 1, mb: 1.5 }}>
        {t('portfolio.empty.title')}
      </Typography>
      <Typography color="text.secondary" sx={{ mb: 3 }}>
        {t('portfolio.empty.body')}
      </Typography>
      <Button
        variant="contained"
        size="large"
        startIcon={<AddIcon />}
        onClick={() => navigate('/customers/new')}
      >
        {t('portfolio.empty.create')}
      </Button>
      {bureauMissing && (
        <Box sx={{ mt: 3, textAlign: 'left' }}>
          <Alert severity="info">
            {t('portfolio.empty.bureauHint')}{' '}
            <Link component={RouterLink} to="/bureau">
              {t('portfolio.empty.bureauLink')}
            </Link>
          </Alert>
        </Box>
      )}
    </Paper>
  );
}
