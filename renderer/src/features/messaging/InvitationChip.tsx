import Chip from '@mui/material/Chip';
import Tooltip from '@mui/material/Tooltip';
import { useTranslation } from 'react-i18next';
import type { UserInvitation } from '../../../../shared/schemas/mail';
import { useFormat } from '../../i18n/useFormat';
import {
  invitationDetail,
  invitationLabel,
  invitationStateOf,
  invitationTone,
} from './invitationState';

/**
 * One user's step 5 in the users grid: "Ej inbjuden", "Skickad 7 dec. 2026", "Misslyckad"…;
 * why it failed is in the tooltip and in the chip's accessible name, for screen readers too.
 */
export function InvitationChip({ invitation }: { invitation: UserInvitation }) {
  const { t } = useTranslation();
  const format = useFormat();
  const state = invitationStateOf(invitation);
  const label = invitationLabel(t, invitation, format.date);
  const detail = invitationDetail(t, invitation, format.date);
  const tone = invitationTone(state);
  const chip = (
    <Chip
      size="small"
      variant={tone === 'default' ? 'outlined' : 'filled'}
      color={tone}
      label={label}
      aria-label={detail ? `${label}. ${detail}` : label}
      data-state={state}
      sx={{ maxWidth: '100%' }}
    />
  );
  return detail ? <Tooltip title={detail}>{chip}</Tooltip> : chip;
}
