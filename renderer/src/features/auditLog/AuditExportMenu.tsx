import { useId, useState } from 'react';
import Button from '@mui/material/Button';
import CircularProgress from '@mui/material/CircularProgress';
import Menu from '@mui/material/Menu';
import MenuItem from '@mui/material/MenuItem';
import FileDownloadOutlined from '@mui/icons-material/FileDownloadOutlined';
import { useTranslation } from 'react-i18next';
import type { AuditFilter } from '../../../../shared/schemas/app';
import { invoke } from '../../api/client';
import { downloadBase64 } from '../../components/download';
import { useNotify } from '../../components/Notifier';
import { errorText } from '../../i18n/errorText';

const TYPES = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  csv: 'text/csv;charset=utf-8',
} as const;
type Format = keyof typeof TYPES;

/** The filtered log as a file, made by the core and saved as the other exports are. */
export function AuditExportMenu({ filter, disabled }: { filter: AuditFilter; disabled: boolean }) {
  const { t } = useTranslation();
  const notify = useNotify();
  const menuId = useId();
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const [running, setRunning] = useState(false);

  async function exportAs(format: Format) {
    setAnchor(null);
    setRunning(true);
    const result = await invoke('audit:export', { ...filter, format });
    setRunning(false);
    if (!result.ok) {
      notify(errorText(t, result.error.code, result.error.details), 'error');
      return;
    }
    downloadBase64(result.value.fileName, result.value.base64, TYPES[format]);
    notify(t('auditLog.export.done', { fileName: result.value.fileName }));
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
        {running ? t('auditLog.export.running') : t('auditLog.export.button')}
      </Button>
      <Menu
        id={menuId}
        anchorEl={anchor}
        open={!!anchor}
        onClose={() => setAnchor(null)}
        slotProps={{ list: { 'aria-label': t('auditLog.export.menuLabel') } }}
      >
        {(['xlsx', 'csv'] as const).map((format) => (
          <MenuItem key={format} onClick={() => void exportAs(format)}>
            {t(`auditLog.export.${format}`)}
          </MenuItem>
        ))}
      </Menu>
    </>
  );
}
