import Chip from '@mui/material/Chip';
import { useTranslation } from 'react-i18next';
import type { OutboxState } from '../../../../shared/schemas/mail';

const COLORS = {
  queued: 'info',
  sending: 'info',
  sent: 'success',
  failed: 'error',
  interrupted: 'warning',
  cancelled: 'default',
} as const satisfies Record<OutboxState, string>;

/** A message's state in the outbox grid: "I kö", "Skickat", "Misslyckat"… */
export function OutboxStateChip({ state }: { state: OutboxState }) {
  const { t } = useTranslation();
  return (
    <Chip
      size="small"
      color={COLORS[state]}
      variant={state === 'cancelled' ? 'outlined' : 'filled'}
      label={t(`messaging.outbox.states.${state}`)}
      data-state={state}
    />
  );
}
