import { useId, useState } from 'react';
import Button from '@mui/material/Button';
import CircularProgress from '@mui/material/CircularProgress';
import ListItemText from '@mui/material/ListItemText';
import Menu from '@mui/material/Menu';
import MenuItem from '@mui/material/MenuItem';
import FileDownloadOutlined from '@mui/icons-material/FileDownloadOutlined';
import { useTranslation } from 'react-i18next';
import type { Result } from '../../../shared/errors';
import type { ExportFile } from '../../../shared/schemas/import';
import { downloadBase64 } from './download';
import { useNotify } from './Notifier';
import { errorText } from '../i18n/errorText';

/** One entry of the menu: a file format, with its label and the file's media type. */
export interface ExportChoice<F extends string> {
  format: F;
  label: string;
  hint?: string;
  mediaType: string;
}

interface Props<F extends string> {
  choices: ExportChoice<F>[];
  /** Asks the core for the file (the core makes every export). */
  make: (format: F) => Promise<Result<ExportFile>>;
  labels: { button: string; running: string; menu: string; done: (fileName: string) => string };
  disabled?: boolean;
}

/**
 * An export button with a menu of formats: busy while the core makes the file, then the file
 * saved where the app saves downloads, and a notice naming it (or the refusal, in words).
 */
export function ExportMenuButton<F extends string>({ choices, make, labels, disabled }: Props<F>) {
  const { t } = useTranslation();
  const notify = useNotify();
  const menuId = useId();
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const [running, setRunning] = useState(false);

  async function exportAs(choice: ExportChoice<F>) {
    setAnchor(null);
    setRunning(true);
    const result = await make(choice.format);
    setRunning(false);
    if (!result.ok) {
      notify(errorText(t, result.error.code, result.error.details), 'error');
      return;
    }
    downloadBase64(result.value.fileName, result.value.base64, choice.mediaType);
    notify(labels.done(result.value.fileName));
  }

  return (
    <>
      <Button
        variant="outlined"
        startIcon={
          running ? <CircularProgress size={18} color="inherit" /> : <FileDownloadOutlined />
        }
        disabled={running || disabled}
        aria-busy={running}
        aria-haspopup="menu"
        aria-controls={anchor ? menuId : undefined}
        aria-expanded={anchor ? 'true' : undefined}
        onClick={(event) => setAnchor(event.currentTarget)}
      >
        {running ? labels.running : labels.button}
      </Button>
      <Menu
        id={menuId}
        anchorEl={anchor}
        open={!!anchor}
        onClose={() => setAnchor(null)}
        slotProps={{ list: { 'aria-label': labels.menu } }}
      >
        {choices.map((choice) => (
          <MenuItem key={choice.format} onClick={() => void exportAs(choice)}>
            <ListItemText primary={choice.label} secondary={choice.hint} />
          </MenuItem>
        ))}
      </Menu>
    </>
  );
}
