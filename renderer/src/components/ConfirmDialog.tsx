import { useId, type ReactNode } from 'react';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import { useTranslation } from 'react-i18next';

interface Props {
  open: boolean;
  title: string;
  body: string;
  confirmLabel: string;
  /** E.g. while the action runs, or until a choice in `children` is made. */
  confirmDisabled?: boolean;
  onConfirm: () => void;
  onClose: () => void;
  /** Below the body: a choice the action needs, an error it met. */
  children?: ReactNode;
}

/** Asks before anything destructive; Cancel has the focus so Enter never destroys by accident. */
export function ConfirmDialog(props: Props) {
  const { open, title, body, confirmLabel, confirmDisabled, onConfirm, onClose, children } = props;
  const { t } = useTranslation();
  const bodyId = useId();
  return (
    <Dialog open={open} onClose={onClose} aria-describedby={bodyId} role="alertdialog">
      <DialogTitle>{title}</DialogTitle>
      <DialogContent>
        <DialogContentText id={bodyId}>{body}</DialogContentText>
        {children}
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose} autoFocus>
          {t('app.cancel')}
        </Button>
        <Button onClick={onConfirm} color="error" variant="contained" disabled={confirmDisabled}>
          {confirmLabel}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
