import { useId, type ReactNode } from 'react';
import Dialog from '@mui/material/Dialog';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import { DialogButtons } from './DialogButtons';

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
  const bodyId = useId();
  return (
    <Dialog open={open} onClose={onClose} aria-describedby={bodyId} role="alertdialog">
      <DialogTitle>{title}</DialogTitle>
      <DialogContent>
        <DialogContentText id={bodyId}>{body}</DialogContentText>
        {children}
      </DialogContent>
      <DialogButtons
        onCancel={onClose}
        cancelFocused
        confirmLabel={confirmLabel}
        confirmColor="error"
        confirmDisabled={confirmDisabled}
        onConfirm={onConfirm}
      />
    </Dialog>
  );
}
