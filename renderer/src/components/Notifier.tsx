import { createContext, use, useCallback, useMemo, useState, type ReactNode } from 'react';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import IconButton from '@mui/material/IconButton';
import Snackbar from '@mui/material/Snackbar';
import CloseIcon from '@mui/icons-material/Close';
import { useTranslation } from 'react-i18next';

type Severity = 'success' | 'info' | 'warning' | 'error';
/** One button in the message, e.g. "Ångra" after a save. */
export interface NoteAction {
  label: string;
  onClick: () => void;
}
interface Note {
  id: number;
  message: string;
  severity: Severity;
  action?: NoteAction;
}
type Notify = (message: string, severity?: Severity, action?: NoteAction) => void;

const NotifyContext = createContext<Notify>(() => undefined);

/** One Snackbar for the whole app, so a message survives the navigation that follows a save. */
export function NotifierProvider({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const [note, setNote] = useState<Note | null>(null);
  const [open, setOpen] = useState(false);
  const notify = useCallback<Notify>((message, severity = 'success', action) => {
    setNote({ id: Date.now(), message, severity, action });
    setOpen(true);
  }, []);
  const value = useMemo(() => notify, [notify]);

  return (
    <NotifyContext value={value}>
      {children}
      <Snackbar
        key={note?.id}
        open={open}
        // A message with a button stays long enough to reach it.
        autoHideDuration={note?.action ? 10_000 : 5000}
        onClose={(_, reason) => reason !== 'clickaway' && setOpen(false)}
        anchorOrigin={{ vertical: 'bottom', horizontal: 'left' }}
      >
        <Alert
          severity={note?.severity ?? 'success'}
          variant="filled"
          onClose={() => setOpen(false)}
          action={
            // An action replaces the Alert's own close button: give it back beside the action.
            note?.action && (
              <>
                <Button
                  color="inherit"
                  size="small"
                  onClick={() => {
                    setOpen(false);
                    note.action?.onClick();
                  }}
                >
                  {note.action.label}
                </Button>
                <IconButton
                  color="inherit"
                  size="small"
                  aria-label={t('app.close')}
                  onClick={() => setOpen(false)}
                >
                  <CloseIcon fontSize="small" />
                </IconButton>
              </>
            )
          }
          sx={{ minWidth: 280 }}
        >
          {note?.message}
        </Alert>
      </Snackbar>
    </NotifyContext>
  );
}

export function useNotify() {
  return use(NotifyContext);
}
