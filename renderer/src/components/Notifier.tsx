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

let lastId = 0;
/** Unique even for two messages in one millisecond. */
const nextId = () => (lastId += 1);

const NotifyContext = createContext<Notify>(() => undefined);

/** One Snackbar for the whole app, so a message survives the navigation that follows a save. */
export function NotifierProvider({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const [note, setNote] = useState<Note | null>(null);
  /**
   * Which message is open, by id: a close that arrives for a message already replaced (its
   * timer firing just as a new one is shown) must not hide the new one.
   */
  const [openId, setOpenId] = useState<number | null>(null);
  const notify = useCallback<Notify>((message, severity = 'success', action) => {
    const id = nextId();
    setNote({ id, message, severity, action });
    setOpenId(id);
  }, []);
  const open = note !== null && openId === note.id;
  const close = () => {
    const id = note?.id;
    setOpenId((current) => (current === id ? null : current));
  };
  const value = useMemo(() => notify, [notify]);

  return (
    <NotifyContext value={value}>
      {children}
      <Snackbar
        key={note?.id}
        open={open}
        // A message with a button stays long enough to reach it.
        autoHideDuration={note?.action ? 10_000 : 5000}
        onClose={(_, reason) => reason !== 'clickaway' && close()}
        anchorOrigin={{ vertical: 'bottom', horizontal: 'left' }}
      >
        <Alert
          severity={note?.severity ?? 'success'}
          variant="filled"
          onClose={() => close()}
          action={
            // An action replaces the Alert's own close button: give it back beside the action.
            note?.action && (
              <>
                <Button
                  color="inherit"
                  size="small"
                  onClick={() => {
                    close();
                    note.action?.onClick();
                  }}
                >
                  {note.action.label}
                </Button>
                <IconButton
                  color="inherit"
                  size="small"
                  aria-label={t('app.close')}
                  onClick={() => close()}
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
