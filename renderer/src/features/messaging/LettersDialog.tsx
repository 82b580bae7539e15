import Dialog from '@mui/material/Dialog';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { DialogButtons } from '../../components/DialogButtons';
import { ErrorAlert } from '../../components/ErrorAlert';
import type { ApiError } from '../../api/client';

interface Props {
  count: number;
  busy: boolean;
  error: ApiError | null;
  onDownload: () => void;
  onClose: () => void;
}

/** Users without e-mail were invited by letter: the PDF to print is the next step. */
export function LettersDialog({ count, busy, error, onDownload, onClose }: Props) {
  const { t } = useTranslation();
  const bodyId = useId();
  return (
    <Dialog open onClose={onClose} aria-describedby={bodyId}>
      <DialogTitle>{t('messaging.invite.lettersTitle')}</DialogTitle>
      <DialogContent>
        <DialogContentText id={bodyId}>
          {t('messaging.invite.lettersBody', { count })}
        </DialogContentText>
        <ErrorAlert error={error} />
      </DialogContent>
      <DialogButtons
        onCancel={onClose}
        cancelLabel={t('messaging.contact.previewDialog.close')}
        confirmLabel={t('messaging.invite.lettersDownload')}
        confirmDisabled={busy}
        onConfirm={onDownload}
      />
    </Dialog>
  );
}
