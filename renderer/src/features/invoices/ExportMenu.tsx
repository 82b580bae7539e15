import { useId, useState } from 'react';
import Button from '@mui/material/Button';
import CircularProgress from '@mui/material/CircularProgress';
import ListItemText from '@mui/material/ListItemText';
import Menu from '@mui/material/Menu';
import MenuItem from '@mui/material/MenuItem';
import FileDownloadOutlined from '@mui/icons-material/FileDownloadOutlined';
import { useTranslation } from 'react-i18next';
import type { InvoiceExportFormat } from '../../../../shared/schemas/invoices';
import { invoke } from '../../api/client';
import { downloadBase64 } from '../../components/download';
import { useNotify } from '../../components/Notifier';
import { errorText } from '../../i18n/errorText';

const TYPES: Record<InvoiceExportFormat, string> = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  csv: 'text/csv;charset=utf-8',
  pdf: 'application/pdf',
  json: 'application/json',
  basis: 'text/csv;charset=utf-8',
};
/** Excel first: it is what a bureau opens the invoice in. */
const ORDER: InvoiceExportFormat[] = ['xlsx', 'csv', 'pdf', 'json', 'basis'];

/** The month's invoice as a file; the button says it is busy while the file is made. */
export function ExportMenu({ month }: { month: string }) {
  const { t } = useTranslation();
  const notify = useNotify();
  const menuId = useId();
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const [running, setRunning] = useState(false);

  async function exportAs(format: InvoiceExportFormat) {
    setAnchor(null);
    setRunning(true);
    const result = await invoke('invoices:export', { month, format });
    setRunning(false);
    if (!result.ok) {
      notify(errorText(t, result.error.code, result.error.details), 'error');
      return;
    }
    downloadBase64(result.value.fileName, result.value.base64, TYPES[format]);
    notify(t('invoices.export.done', { fileName: result.value.fileName }));
  }

  return (
    <>
      <Button
        variant="outlined"
        startIcon={
          running ? <CircularProgress size={18} color="inherit" /> : <FileDownloadOutlined />
        }
        disabled={running}
        aria-busy={running}
        aria-haspopup="menu"
        aria-controls={anchor ? menuId : undefined}
        aria-expanded={anchor ? 'true' : undefined}
        onClick={(event) => setAnchor(event.currentTarget)}
      >
        {running ? t('invoices.export.running') : t('invoices.export.button')}
      </Button>
      <Menu
        id={menuId}
        anchorEl={anchor}
        open={!!anchor}
        onClose={() => setAnchor(null)}
        slotProps={{ list: { 'aria-label': t('invoices.export.menuLabel') } }}
      >
        {ORDER.map((format) => (
          <MenuItem key={format} onClick={() => void exportAs(format)}>
            <ListItemText
              primary={t(`invoices.export.${format}`)}
              secondary={format === 'basis' ? t('invoices.export.basisHint') : undefined}
            />
          </MenuItem>
        ))}
      </Menu>
    </>
  );
}
