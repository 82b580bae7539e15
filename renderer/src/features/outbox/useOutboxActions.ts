import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, invoke } from '../../api/client';
import { useNotify } from '../../components/Notifier';
import { errorText } from '../../i18n/errorText';
import { useFormat } from '../../i18n/useFormat';

/** Retry, cancel and confirm messages; each result announced, refusals in Swedish. */
export function useOutboxActions(onDone: () => void) {
  const { t } = useTranslation();
  const { number } = useFormat();
  const notify = useNotify();
  const [busy, setBusy] = useState(false);

  async function run(call: () => ReturnType<typeof invoke<'outbox:retry'>>): Promise<void> {
    setBusy(true);
    const result = await call();
    setBusy(false);
    if (!result.ok) {
      const error = new ApiError(result.error);
      notify(errorText(t, error.code, error.details), 'error');
      return;
    }
    const count = result.value.updated;
    notify(t('messaging.outbox.done', { count, formatted: number(count) }), 'success');
    onDone();
  }

  return {
    busy,
    retry: (ids: string[]) => run(() => invoke('outbox:retry', { ids })),
    cancel: (ids: string[]) => run(() => invoke('outbox:cancel', { ids })),
    confirm: (ids: string[], outcome: 'sent' | 'resend') =>
      run(() => invoke('outbox:confirm', { ids, outcome })),
  };
}
