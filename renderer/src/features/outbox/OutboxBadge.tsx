import Box from '@mui/material/Box';
import Chip from '@mui/material/Chip';
import { useTranslation } from 'react-i18next';
import { useQuery } from '../../api/hooks';
import { visuallyHidden } from '../../components/visuallyHidden';
import { attentionCount } from './outboxRules';

/** The nav item's count of failed and interrupted messages, when there are any, read out in full. */
export function OutboxBadge() {
  const { t } = useTranslation();
  const status = useQuery('outbox:status', {}, { refreshOn: ['outbox:changed'] });
  const count = attentionCount(status.data);
  if (count === 0) return null;
  return (
    <>
      <Chip
        size="small"
        color="error"
        label={count > 999 ? '999+' : count}
        aria-hidden
        sx={{ height: 20, ml: 1, '& .MuiChip-label': { px: 0.75, fontSize: '0.75rem' } }}
      />
      <Box component="span" sx={visuallyHidden}>
        {t('messaging.outbox.navBadge', { count })}
      </Box>
    </>
  );
}
