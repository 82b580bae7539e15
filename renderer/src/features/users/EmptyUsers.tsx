import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import GroupAddOutlined from '@mui/icons-material/GroupAddOutlined';
import { useTranslation } from 'react-i18next';

/** No users yet: what the page is for, the way to add the first, and what comes later. */
export function EmptyUsers({ onAdd }: { onAdd: () => void }) {
  const { t } = useTranslation();
  return (
    <Paper variant="outlined" sx={{ p: 5, maxWidth: 720, textAlign: 'center', mx: 'auto', mt: 2 }}>
      <GroupAddOutlined color="primary" sx={{ fontSize: 56 }} aria-hidden />
      <Typography variant="h5" component="h2" sx={{ mt: 1, mb: 1.5 }}>
        {t('users.empty.title')}
      </Typography>
      <Typography color="text.secondary" sx={{ mb: 3 }}>
        {t('users.empty.body')}
      </Typography>
      <Button variant="contained" size="large" onClick={onAdd}>
        {t('users.empty.add')}
      </Button>
      <Box sx={{ mt: 3 }}>
        <Typography variant="body2" color="text.secondary">
          {t('users.empty.importHint')}
        </Typography>
      </Box>
    </Paper>
  );
}
