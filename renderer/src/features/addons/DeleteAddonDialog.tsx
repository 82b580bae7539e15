import { useTranslation } from 'react-i18next';
import type { CustomerAddon } from '../../../../shared/schemas/invoices';
import { invoke } from '../../api/client';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { useNotify } from '../../components/Notifier';
import { errorText } from '../../i18n/errorText';

interface Props {
  addon: CustomerAddon | null;
  onClose: () => void;
}

/** Deleting is for a mistake; a service the customer has had is ended instead. */
export function DeleteAddonDialog({ addon, onClose }: Props) {
  const { t } = useTranslation();
  const notify = useNotify();

  async function remove({ id, name }: CustomerAddon) {
    onClose();
    const result = await invoke('addons:delete', { id });
    if (!result.ok) return notify(errorText(t, result.error.code, result.error.details), 'error');
    notify(t('prices.addons.deleted', { name }));
  }

  return (
    <ConfirmDialog
      open={!!addon}
      title={t('prices.addons.deleteDialog.title', { name: addon?.name ?? '' })}
      body={t('prices.addons.deleteDialog.body')}
      confirmLabel={t('prices.addons.deleteDialog.confirm')}
      onConfirm={() => addon && void remove(addon)}
      onClose={onClose}
    />
  );
}
