import type { ReactNode } from 'react';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import type { ApiError } from '../api/client';
import { ErrorAlert } from './ErrorAlert';

interface Props {
  /** The form's accessible name (the card's title). */
  label: string;
  saveLabel: string;
  busy: boolean;
  error: ApiError | null;
  onSave: () => void;
  /** Above the row: a switch, a note. */
  before?: ReactNode;
  /** The row's field(s), beside the save button. */
  children: ReactNode;
}

/**
 * A settings card's form: its fields in a row with the save button, Enter saving, and the
 * service's refusal under it. What is saved and checked is the caller's.
 */
export function SaveForm({ label, saveLabel, busy, error, onSave, before, children }: Props) {
  return (
    <Box
      component="form"
      noValidate
      aria-label={label}
      onSubmit={(event) => {
        event.preventDefault();
        onSave();
      }}
    >
      {before}
      <Box sx={{ display: 'flex', gap: 2, alignItems: 'flex-start', mt: before ? 1 : 0 }}>
        {children}
        <Button type="submit" variant="contained" disabled={busy} sx={{ mt: 1 }}>
          {saveLabel}
        </Button>
      </Box>
      <Box sx={{ mt: 2 }}>
        <ErrorAlert error={error} />
      </Box>
    </Box>
  );
}
