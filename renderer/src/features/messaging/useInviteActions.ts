import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import type { InputOf } from '../../../../shared/contract';
import { ApiError, invoke } from '../../api/client';
import { downloadBase64 } from '../../components/download';
import { useNotify } from '../../components/Notifier';
import { errorText } from '../../i18n/errorText';
import { useFormat } from '../../i18n/useFormat';
import { wayForward } from './InformErrorAlert';
import {
  incompleteUsersIn,
  inviteSummary,
  letterUserIds,
  type IncompleteUser,
} from './inviteTexts';

type InviteInput = InputOf<'invitations:invite'>;
type Mark = 'invitations:markBlikkWelcome' | 'invitations:markLoggedIn';

/** A refused invitation of incomplete users, kept to be sent again once staff confirm. */
interface PendingConfirm {
  users: IncompleteUser[];
  input: InviteInput;
}

/**
 * The users grid's step 5: invite (asking first for incomplete users), remind, mark what staff
 * did in Blikk, and the BankID letters for users without e-mail. Results are announced; the
 * grid follows by itself (users:changed, outbox:changed).
 */
export function useInviteActions(customerId: string) {
  const { t } = useTranslation();
  const format = useFormat();
  const notify = useNotify();
  const navigate = useNavigate();
  const [busy, setBusy] = useState(false);
  const [confirm, setConfirm] = useState<PendingConfirm | null>(null);
  const [letters, setLetters] = useState<string[] | null>(null);
  const [lettersError, setLettersError] = useState<ApiError | null>(null);

  /** A refusal in Swedish, with a way to the screen that fixes it (e.g. the mail settings). */
  const refused = (error: ApiError) => {
    const forward = wayForward(error.code, customerId);
    notify(
      errorText(t, error.code, error.details),
      'error',
      forward
        ? { label: t(`messaging.contact.${forward.key}`), onClick: () => void navigate(forward.to) }
        : undefined,
    );
  };

  async function invite(input: InviteInput) {
    setBusy(true);
    const result = await invoke('invitations:invite', input);
    setBusy(false);
    if (!result.ok) {
      const error = new ApiError(result.error);
      const users = incompleteUsersIn(error);
      if (users.length > 0) setConfirm({ users, input });
      else refused(error);
      return;
    }
    setConfirm(null);
    const { outcomes } = result.value;
    notify(inviteSummary(t, outcomes, format.number), 'success');
    const letterIds = letterUserIds(outcomes);
    if (letterIds.length > 0) setLetters(letterIds);
  }

  async function remind(userIds: string[]) {
    const result = await invoke('invitations:remind', { customerId, userIds });
    if (!result.ok) return refused(new ApiError(result.error));
    notify(inviteSummary(t, result.value.outcomes, format.number), 'success');
  }

  async function mark(channel: Mark, userIds: string[], value: boolean, undoable = true) {
    const result = await invoke(channel, { customerId, userIds, value });
    if (!result.ok) return refused(new ApiError(result.error));
    const count = result.value.updated;
    const message = t('messaging.invite.marked', { count, formatted: format.number(count) });
    notify(
      message,
      'success',
      undoable
        ? {
            label: t('users.undo.action'),
            onClick: () => void mark(channel, userIds, !value, false),
          }
        : undefined,
    );
  }

  async function downloadLetters(userIds?: string[]) {
    setLettersError(null);
    setBusy(true);
    const result = await invoke('invitations:letters', { customerId, userIds });
    setBusy(false);
    if (!result.ok) {
      const error = new ApiError(result.error);
      if (letters) setLettersError(error);
      else refused(error);
      return;
    }
    downloadBase64(result.value.fileName, result.value.base64, 'application/pdf');
    setLetters(null);
    notify(t('messaging.invite.lettersDone'), 'success');
  }

  return {
    busy,
    confirm,
    letters,
    lettersError,
    inviteSelected: (userIds: string[]) => invite({ customerId, userIds }),
    inviteAllComplete: () => invite({ customerId, allComplete: true }),
    confirmIncomplete: () => confirm && invite({ ...confirm.input, confirmIncomplete: true }),
    cancelConfirm: () => setConfirm(null),
    closeLetters: () => setLetters(null),
    remind,
    markBlikk: (userIds: string[], value: boolean) =>
      mark('invitations:markBlikkWelcome', userIds, value),
    markLoggedIn: (userIds: string[]) => mark('invitations:markLoggedIn', userIds, true),
    downloadLetters,
  };
}

export type InviteActions = ReturnType<typeof useInviteActions>;
