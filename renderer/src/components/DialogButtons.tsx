import type { ReactNode } from 'react';
import Button, { type ButtonProps } from '@mui/material/Button';
import DialogActions from '@mui/material/DialogActions';
import { useTranslation } from 'react-i18next';

interface Props {
  onCancel: () => void;
  confirmLabel: string;
  /** E.g. while the action runs, or until the dialog has what it needs. */
  confirmDisabled?: boolean;
  /** Without it the button submits the dialog's form, so Enter in a field does the same. */
  onConfirm?: () => void;
  confirmColor?: ButtonProps['color'];
  /** "Avbryt" unless given, e.g. "Stäng" once something is saved. */
  cancelLabel?: string;
  /** For an action hard to undo: Cancel takes the focus, so Enter never does it by accident. */
  cancelFocused?: boolean;
  /** Further buttons, between Cancel and the main one. */
  children?: ReactNode;
}

/** A dialog's Cancel and its main action, the main one filled and last. */
export function DialogButtons(props: Props) {
  const { onCancel, confirmLabel, confirmDisabled, onConfirm, confirmColor } = props;
  const { t } = useTranslation();
  return (
    <DialogActions>
      <Button onClick={onCancel} autoFocus={props.cancelFocused}>
        {props.cancelLabel ?? t('app.cancel')}
      </Button>
      {props.children}
      <Button
        type={onConfirm ? undefined : 'submit'}
        onClick={onConfirm}
        color={confirmColor}
        variant="contained"
        disabled={confirmDisabled}
      >
        {confirmLabel}
      </Button>
    </DialogActions>
  );
}
