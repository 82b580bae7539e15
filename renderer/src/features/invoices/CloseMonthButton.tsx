import { useState } from 'react';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Tooltip from '@mui/material/Tooltip';
import LockOpenOutlined from '@mui/icons-material/LockOpenOutlined';
import LockOutlined from '@mui/icons-material/LockOutlined';
import { useTranslation } from 'react-i18next';
import { invoke } from '../../api/client';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { useNotify } from '../../components/Notifier';
import { errorText } from '../../i18n/errorText';

interface Props {
  month: string;
  monthName: string;
  closed: boolean;
  /** False until the month's last day is over: such a month cannot be closed yet. */
  ended: boolean;
  /** Priced by the example list: closing would freeze prices that are not the bureau's. */
  exampleList: boolean;
  onChanged: () => void;
}

/** Closes the month (freezing its figures) or opens it again, each after asking. */
export function CloseMonthButton(props: Props) {
  const { month, monthName, closed, ended, exampleList, onChanged } = props;
  const { t } = useTranslation();
  const notify = useNotify();
  const [asking, setAsking] = useState(false);
  const [busy, setBusy] = useState(false);
  const action = closed ? 'reopen' : 'close';

  async function confirm() {
    setAsking(false);
    setBusy(true);
    const result = await invoke(closed ? 'invoices:reopen' : 'invoices:close', { month });
    setBusy(false);
    if (!result.ok) {
      notify(errorText(t, result.error.code, result.error.details), 'error');
      return;
    }
    notify(t(`invoices.${action}.done`, { month: monthName }));
    onChanged();
  }

  const button = (
    <Button
      variant={closed ? 'outlined' : 'contained'}
      startIcon={closed ? <LockOpenOutlined /> : <LockOutlined />}
      disabled={busy || (!closed && !ended)}
      onClick={() => setAsking(true)}
    >
      {t(`invoices.${action}.button`)}
    </Button>
  );
  return (
    <>
      {!closed && !ended ? (
        // A disabled button gets no hover: the wrapper carries the reason.
        <Tooltip title={t('invoices.close.notEnded')}>
          <span>{button}</span>
        </Tooltip>
      ) : (
        button
      )}
      <ConfirmDialog
        open={asking}
        title={t(`invoices.${action}.title`, { month: monthName })}
        body={t(`invoices.${action}.body`, { month: monthName })}
        confirmLabel={t(`invoices.${action}.confirm`)}
        onConfirm={() => void confirm()}
        onClose={() => setAsking(false)}
      >
        {!closed && exampleList && (
          <Alert severity="warning" sx={{ mt: 2 }}>
            {t('invoices.close.exampleWarning', { month: monthName })}
          </Alert>
        )}
      </ConfirmDialog>
    </>
  );
}
