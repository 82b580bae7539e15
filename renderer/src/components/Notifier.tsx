import {
  createContext,
  use,
  useCallback,
  useEffect,
  useMemo,
  useRef,
  useState,
  type ReactNode,
} from 'react';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import IconButton from '@mui/material/IconButton';
import Snackbar from '@mui/material/Snackbar';
import CloseIcon from '@mui/icons-material/Close';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router-dom';
import { NAV_WIDTH } from './layout';

type Severity = 'success' | 'info' | 'warning' | 'error';
/** One button in the message, e.g. "Ångra" after a save. */
export interface NoteAction {
  label: string;
  onClick: () => void;
}
export interface NoteOptions {
  /** The message is about the page the caller goes to next ("Samarbetet är skapat"). */
  forNextPage?: boolean;
}
interface Note {
  id: number;
  message: string;
  severity: Severity;
  action?: NoteAction;
  forNextPage: boolean;
}
type Notify = (
  message: string,
  severity?: Severity,
  action?: NoteAction,
  options?: NoteOptions,
) => void;

let lastId = 0;
/** Unique even for two messages in one millisecond. */
const nextId = () => (lastId += 1);

const NotifyContext = createContext<Notify>(() => undefined);

/**
 * One Snackbar for the whole app, beside the navigation drawer (never over it). A message
 * belongs to its page and goes when staff go to another, unless it was sent for the next page
 * (a save that then navigates): that one survives exactly the navigation that follows.
 * Must sit inside the router.
 */
export function NotifierProvider({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const [note, setNote] = useState<Note | null>(null);
  /**
   * Which message is open, by id: a close that arrives for a message already replaced (its
   * timer firing just as a new one is shown) must not hide the new one.
   */
  const [openId, setOpenId] = useState<number | null>(null);
  const notify = useCallback<Notify>((message, severity = 'success', action, options) => {
    const id = nextId();
    setNote({ id, message, severity, action, forNextPage: options?.forNextPage ?? false });
    setOpenId(id);
  }, []);
  const open = note !== null && openId === note.id;
  const close = () => {
    const id = note?.id;
    setOpenId((current) => (current === id ? null : current));
  };
  useCloseOnPageChange(note, setNote, setOpenId);
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
        sx={{ left: { sm: NAV_WIDTH + 24 } }}
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

/** Another page: its message goes, but a message for the next page stays once. */
function useCloseOnPageChange(
  note: Note | null,
  setNote: (update: (note: Note | null) => Note | null) => void,
  setOpenId: (update: (id: number | null) => number | null) => void,
) {
  const { pathname } = useLocation();
  const shownOn = useRef(pathname);
  const noteRef = useRef(note);
  noteRef.current = note;
  useEffect(() => {
    if (pathname === shownOn.current) return;
    shownOn.current = pathname;
    const current = noteRef.current;
    if (!current) return;
    if (current.forNextPage) {
      setNote((n) => (n && n.id === current.id ? { ...n, forNextPage: false } : n));
    } else {
      setOpenId((id) => (id === current.id ? null : id));
    }
  }, [pathname, setNote, setOpenId]);
}

export function useNotify() {
  return use(NotifyContext);
}
