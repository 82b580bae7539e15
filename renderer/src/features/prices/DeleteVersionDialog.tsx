import { useTranslation } from 'react-i18next';
import type { PriceList } from '../../../../shared/schemas/invoices';
import { invoke } from '../../api/client';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { useNotify } from '../../components/Notifier';
import { errorText } from '../../i18n/errorText';
import { useFormat } from '../../i18n/useFormat';

interface Props {
  version: PriceList | null;
  onClose: () => void;
}

/** Asks before a version goes; the services refuse the last one and a locked one. */
export function DeleteVersionDialog({ version, onClose }: Props) {
  const { t } = useTranslation();
  const notify = useNotify();
  const format = useFormat();
  const date = version ? format.date(version.effectiveFrom) : '';

  async function remove(id: string) {
    onClose();
    const result = await invoke('prices:delete', { id });
    if (!result.ok) return notify(errorText(t, result.error.code, result.error.details), 'error');
    notify(t('prices.deleted', { date }));
  }

  return (
    <ConfirmDialog
      open={!!version}
      title={t('prices.deleteDialog.title')}
      body={t('prices.deleteDialog.body', { date })}
      confirmLabel={t('prices.deleteDialog.confirm')}
      onConfirm={() => version && void remove(version.id)}
      onClose={onClose}
    />
  );
}
