import Box from '@mui/material/Box';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import LockOutlined from '@mui/icons-material/LockOutlined';
import { useTranslation } from 'react-i18next';

/** Browser mode without a valid token: nothing else can work, so say only this. */
export function Unauthorized() {
  const { t } = useTranslation();
  return (
    <Box sx={{ minHeight: '100vh', display: 'grid', placeItems: 'center', p: 3 }}>
      <Paper variant="outlined" sx={{ p: 4, maxWidth: 560 }} role="alert">
        <LockOutlined color="primary" sx={{ fontSize: 40, mb: 1 }} aria-hidden />
        <Typography variant="h5" component="h1" gutterBottom>
          {t('app.unauthorizedTitle')}
        </Typography>
        <Typography color="text.secondary">{t('app.unauthorizedBody')}</Typography>
      </Paper>
    </Box>
  );
}
