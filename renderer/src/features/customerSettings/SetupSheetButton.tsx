import { useState } from 'react';
import Button from '@mui/material/Button';
import CircularProgress from '@mui/material/CircularProgress';
import PictureAsPdfOutlined from '@mui/icons-material/PictureAsPdfOutlined';
import { useTranslation } from 'react-i18next';
import { invoke } from '../../api/client';
import { downloadBase64 } from '../../components/download';
import { useNotify } from '../../components/Notifier';
import { errorText } from '../../i18n/errorText';

/** "Uppläggningsblad (PDF)": the customer's set-up on paper, to go through with the customer. */
export function SetupSheetButton({ customerId }: { customerId: string }) {
  const { t } = useTranslation();
  const notify = useNotify();
  const [busy, setBusy] = useState(false);

  async function exportSheet() {
    setBusy(true);
    const result = await invoke('setupSheet:export', { customerId });
    setBusy(false);
    if (!result.ok) return notify(errorText(t, result.error.code, result.error.details), 'error');
    downloadBase64(result.value.fileName, result.value.base64, 'application/pdf');
    notify(t('setupSheet.saved', { fileName: result.value.fileName }));
  }

  return (
    <Button
      variant="outlined"
      startIcon={busy ? <CircularProgress size={16} color="inherit" /> : <PictureAsPdfOutlined />}
      disabled={busy}
      onClick={() => void exportSheet()}
    >
      {t('setupSheet.button')}
    </Button>
  );
}
