import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import ReplayOutlined from '@mui/icons-material/ReplayOutlined';
import CancelScheduleSendOutlined from '@mui/icons-material/CancelScheduleSendOutlined';
import { useTranslation } from 'react-i18next';
import { STATE_FILTERS, type SelectionActions, type StateFilter } from './outboxRules';

interface Props {
  filter: StateFilter;
  onFilter: (filter: StateFilter) => void;
  count: number;
  actions: SelectionActions;
  busy: boolean;
  onRetry: () => void;
  onCancel: () => void;
}

/** Which messages are shown, and what can be done to the selected ones. */
export function OutboxToolbar({
  filter,
  onFilter,
  count,
  actions,
  busy,
  onRetry,
  onCancel,
}: Props) {
  const { t } = useTranslation();
  const k = (key: string) => t(`messaging.outbox.${key}`);
  return (
    <Box
      role="toolbar"
      aria-label={k('toolbar')}
      sx={{ display: 'flex', alignItems: 'center', gap: 1.5, flexWrap: 'wrap', mb: 1.5 }}
    >
      <TextField
        select
        size="small"
        label={k('filter')}
        value={filter}
        onChange={(event) => onFilter(event.target.value as StateFilter)}
        sx={{ width: 220 }}
      >
        {STATE_FILTERS.map((value) => (
          <MenuItem key={value} value={value}>
            {t(`messaging.outbox.filters.${value}`)}
          </MenuItem>
        ))}
      </TextField>
      <Typography variant="body2" color="text.secondary" aria-live="polite">
        {t('messaging.outbox.selected', { count })}
      </Typography>
      <Button
        size="small"
        variant="outlined"
        startIcon={<ReplayOutlined />}
        disabled={busy || actions.retry.length === 0}
        onClick={onRetry}
      >
        {k('retry')}
      </Button>
      <Button
        size="small"
        color="error"
        startIcon={<CancelScheduleSendOutlined />}
        disabled={busy || actions.cancel.length === 0}
        onClick={onCancel}
      >
        {k('cancel')}
      </Button>
    </Box>
  );
}
