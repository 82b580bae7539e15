import { useId, type ReactNode } from 'react';
import Box from '@mui/material/Box';
import Dialog, { type DialogProps } from '@mui/material/Dialog';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import type { ApiError } from '../api/client';
import { DialogButtons } from './DialogButtons';
import { ErrorAlert } from './ErrorAlert';

interface Props {
  title: string;
  maxWidth: DialogProps['maxWidth'];
  onClose: () => void;
  /** On Enter in a field or the main button; the browser's own submit never happens. */
  onSubmit: () => void;
  /** The refusal of the last submit, below the fields. */
  error: ApiError | null;
  confirmLabel: string;
  confirmDisabled?: boolean;
  /** Further buttons, between Cancel and the main one. */
  buttons?: ReactNode;
  children: ReactNode;
}

/** A dialog that is one form: its fields, the refusal of a submit, then Cancel and submit. */
export function FormDialog(props: Props) {
  const { title, maxWidth, onClose, onSubmit, error, children } = props;
  const titleId = useId();
  return (
    <Dialog open onClose={onClose} fullWidth maxWidth={maxWidth} aria-labelledby={titleId}>
      <Box
        component="form"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          onSubmit();
        }}
      >
        <DialogTitle id={titleId}>{title}</DialogTitle>
        <DialogContent>
          {children}
          <Box sx={{ mt: 2 }}>
            <ErrorAlert error={error} />
          </Box>
        </DialogContent>
        <DialogButtons
          onCancel={onClose}
          confirmLabel={props.confirmLabel}
          confirmDisabled={props.confirmDisabled}
        >
          {props.buttons}
        </DialogButtons>
      </Box>
    </Dialog>
  );
}
