import Box from '@mui/material/Box';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { incompleteLine, type IncompleteUser } from './inviteTexts';

interface Props {
  users: IncompleteUser[];
  busy: boolean;
  onConfirm: () => void;
  onClose: () => void;
}

/** Before inviting users who lack details: each named with what is missing. */
export function IncompleteInviteDialog({ users, busy, onConfirm, onClose }: Props) {
  const { t } = useTranslation();
  return (
    <ConfirmDialog
      open
      title={t('messaging.invite.incompleteTitle', { count: users.length })}
      body={t('messaging.invite.incompleteBody')}
      confirmLabel={t('messaging.invite.incompleteConfirm')}
      confirmDisabled={busy}
      onConfirm={onConfirm}
      onClose={onClose}
    >
      <Box component="ul" sx={{ mt: 1.5, mb: 0, pl: 2.5, maxHeight: 320, overflow: 'auto' }}>
        {users.map((user) => (
          <li key={user.userId}>{incompleteLine(t, user)}</li>
        ))}
      </Box>
    </ConfirmDialog>
  );
}
