import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import OutboxOutlined from '@mui/icons-material/OutboxOutlined';
import { useTranslation } from 'react-i18next';

/** Nothing sent yet: what the page will show once invitations go out. */
export function EmptyOutbox() {
  const { t } = useTranslation();
  return (
    <Paper variant="outlined" sx={{ p: 5, maxWidth: 720, textAlign: 'center', mx: 'auto', mt: 2 }}>
      <OutboxOutlined color="primary" sx={{ fontSize: 56 }} aria-hidden />
      <Typography variant="h5" component="h2" sx={{ mt: 1, mb: 1.5 }}>
        {t('messaging.outbox.emptyTitle')}
      </Typography>
      <Typography color="text.secondary">{t('messaging.outbox.emptyBody')}</Typography>
    </Paper>
  );
}
