import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Divider from '@mui/material/Divider';
import MarkEmailReadOutlined from '@mui/icons-material/MarkEmailReadOutlined';
import PictureAsPdfOutlined from '@mui/icons-material/PictureAsPdfOutlined';
import SendOutlined from '@mui/icons-material/SendOutlined';
import { useTranslation } from 'react-i18next';
import type { UserRow } from '../../../../shared/schemas/users';
import { IncompleteInviteDialog } from './IncompleteInviteDialog';
import { LettersDialog } from './LettersDialog';
import type { InviteActions } from './useInviteActions';

interface Props {
  selected: readonly UserRow[];
  actions: InviteActions;
}

/** Step 5 for the whole customer: every complete user not yet invited (the page's header). */
export function InviteAllButton({ actions }: { actions: InviteActions }) {
  const { t } = useTranslation();
  return (
    <Button
      variant="outlined"
      startIcon={<SendOutlined />}
      disabled={actions.busy}
      onClick={() => void actions.inviteAllComplete()}
    >
      {t('messaging.invite.allComplete')}
    </Button>
  );
}

/**
 * Step 5 from the users grid: invite the selected users, remind, and record
 * what staff did in Blikk; the letters go to those without e-mail (all of them when none are
 * selected).
 */
export function InviteToolbar({ selected, actions }: Props) {
  const { t } = useTranslation();
  const ids = selected.map((row) => row.id);
  const none = ids.length === 0;
  const allBlikk = !none && selected.every((row) => row.invitation.blikkWelcomeAt !== null);
  const withoutEmail = selected.filter((row) => row.email.trim() === '').map((row) => row.id);
  const k = (key: string) => t(`messaging.invite.${key}`);
  return (
    <Box
      role="toolbar"
      aria-label={k('toolbar')}
      sx={{ display: 'flex', alignItems: 'center', gap: 1, flexWrap: 'wrap', mb: 1 }}
    >
      <Button
        size="small"
        variant="outlined"
        startIcon={<SendOutlined />}
        disabled={none || actions.busy}
        onClick={() => void actions.inviteSelected(ids)}
      >
        {k('selected')}
      </Button>
      <Button size="small" disabled={none} onClick={() => void actions.remind(ids)}>
        {k('remind')}
      </Button>
      <Divider orientation="vertical" flexItem sx={{ mx: 0.5 }} />
      <Button
        size="small"
        startIcon={<MarkEmailReadOutlined />}
        disabled={none}
        onClick={() => void actions.markBlikk(ids, !allBlikk)}
      >
        {allBlikk ? k('unmarkBlikk') : k('markBlikk')}
      </Button>
      <Button size="small" disabled={none} onClick={() => void actions.markLoggedIn(ids)}>
        {k('markLoggedIn')}
      </Button>
      <Button
        size="small"
        startIcon={<PictureAsPdfOutlined />}
        disabled={actions.busy || (!none && withoutEmail.length === 0)}
        onClick={() => void actions.downloadLetters(none ? undefined : withoutEmail)}
      >
        {k('letters')}
      </Button>
      {actions.confirm && (
        <IncompleteInviteDialog
          users={actions.confirm.users}
          busy={actions.busy}
          onConfirm={() => void actions.confirmIncomplete()}
          onClose={actions.cancelConfirm}
        />
      )}
      {actions.letters && (
        <LettersDialog
          count={actions.letters.length}
          busy={actions.busy}
          error={actions.lettersError}
          onDownload={() => void actions.downloadLetters(actions.letters ?? undefined)}
          onClose={actions.closeLetters}
        />
      )}
    </Box>
  );
}
