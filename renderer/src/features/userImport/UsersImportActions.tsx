import { useId, useState } from 'react';
import Button from '@mui/material/Button';
import Menu from '@mui/material/Menu';
import MenuItem from '@mui/material/MenuItem';
import FileDownloadOutlined from '@mui/icons-material/FileDownloadOutlined';
import UploadFileOutlined from '@mui/icons-material/UploadFileOutlined';
import { Link as RouterLink } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { invoke } from '../../api/client';
import { downloadBase64 } from '../../components/download';
import { useNotify } from '../../components/Notifier';
import { errorText } from '../../i18n/errorText';

const TYPES = {
  csv: 'text/csv;charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
} as const;

/** The users page's way in to the import, and its lists out (CSV and Excel). */
export function UsersImportActions({
  customerId,
  canExport,
}: {
  customerId: string;
  canExport: boolean;
}) {
  const { t } = useTranslation();
  const notify = useNotify();
  const menuId = useId();
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);

  async function exportAs(format: 'csv' | 'xlsx') {
    setAnchor(null);
    const result = await invoke('users:export', { customerId, format });
    if (!result.ok) {
      notify(errorText(t, result.error.code, result.error.details), 'error');
      return;
    }
    downloadBase64(result.value.fileName, result.value.base64, TYPES[format]);
    notify(t('import.exported', { fileName: result.value.fileName }));
  }

  return (
    <>
      <Button
        startIcon={<FileDownloadOutlined />}
        disabled={!canExport}
        aria-haspopup="menu"
        aria-controls={anchor ? menuId : undefined}
        aria-expanded={anchor ? 'true' : undefined}
        onClick={(event) => setAnchor(event.currentTarget)}
      >
        {t('import.exportMenu')}
      </Button>
      <Menu id={menuId} anchorEl={anchor} open={!!anchor} onClose={() => setAnchor(null)}>
        <MenuItem onClick={() => void exportAs('xlsx')}>{t('import.exportXlsx')}</MenuItem>
        <MenuItem onClick={() => void exportAs('csv')}>{t('import.exportCsv')}</MenuItem>
      </Menu>
      <Button
        variant="outlined"
        startIcon={<UploadFileOutlined />}
        component={RouterLink}
        to={`/customers/${customerId}/users/import`}
      >
        {t('import.openButton')}
      </Button>
    </>
  );
}
