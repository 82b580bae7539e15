import { useState } from 'react';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import LinkOffOutlined from '@mui/icons-material/LinkOffOutlined';
import SyncOutlined from '@mui/icons-material/SyncOutlined';
import { useTranslation } from 'react-i18next';
import type { BlikkConnection, BlikkTestResult } from '../../../../shared/schemas/blikk';
import { ApiError, invoke } from '../../api/client';
import { useQuery } from '../../api/hooks';
import { useMutation } from '../../api/useMutation';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { DetailList } from '../../components/DetailList';
import { ErrorAlert } from '../../components/ErrorAlert';
import { LoadingBlock } from '../../components/LoadingBlock';
import { useNotify } from '../../components/Notifier';
import { SectionCard } from '../../components/SectionCard';
import { errorText } from '../../i18n/errorText';
import { useFormat } from '../../i18n/useFormat';
import { ConnectDialog } from './ConnectDialog';
import { TestOutcome } from './TestOutcome';

/** On the customer page: the customer's Blikk API application, its test, and "Stäm av nu". */
export function BlikkCard({ customerId }: { customerId: string }) {
  const { t } = useTranslation();
  const connection = useQuery(
    'blikk:getConnection',
    { customerId },
    { refreshOn: ['blikk:changed'] },
  );
  const [connecting, setConnecting] = useState(false);
  return (
    <SectionCard title={t('blikk.card.title')}>
      <ErrorAlert error={connection.error} onRetry={connection.reload} />
      {connection.loading && <LoadingBlock label={t('app.loading')} rows={2} />}
      {connection.data === null && (
        <>
          <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
            {t('blikk.card.notConnected')}
          </Typography>
          <Button variant="contained" onClick={() => setConnecting(true)}>
            {t('blikk.card.connect')}
          </Button>
        </>
      )}
      {connection.data && <Connected connection={connection.data} onChanged={connection.reload} />}
      {connecting && (
        <ConnectDialog
          customerId={customerId}
          onClose={() => {
            setConnecting(false);
            connection.reload();
          }}
        />
      )}
    </SectionCard>
  );
}

interface ConnectedProps {
  connection: BlikkConnection;
  onChanged: () => void;
}

function Connected({ connection, onChanged }: ConnectedProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const notify = useNotify();
  const { customerId } = connection;
  const [testing, setTesting] = useState(false);
  const [outcome, setOutcome] = useState<BlikkTestResult | ApiError | null>(null);
  const [confirming, setConfirming] = useState(false);
  const reconcile = useMutation('blikk:reconcile');
  const disconnect = useMutation('blikk:disconnect');

  async function test() {
    setTesting(true);
    setOutcome(null);
    const result = await invoke('blikk:test', { customerId });
    setTesting(false);
    setOutcome(result.ok ? result.value : new ApiError(result.error));
    onChanged();
  }

  async function reconcileNow() {
    const result = await reconcile.run({ customerId });
    if (result.ok) notify(t('blikk.card.reconciled'));
  }

  async function confirmDisconnect() {
    const result = await disconnect.run({ customerId });
    if (!result.ok) return;
    setConfirming(false);
    notify(t('blikk.card.disconnected'));
    onChanged();
  }

  const last = connection.lastTest;
  const lastText = last
    ? `${format.dateTime(last.at)} · ${
        last.code === null
          ? t('blikk.card.testOk')
          : `${t('blikk.card.testFailed')}: ${errorText(t, last.code)}`
      }`
    : t('blikk.card.neverTested');
  return (
    <>
      <DetailList
        labelWidth={150}
        items={[
          { label: t('blikk.card.appId'), value: connection.appId },
          { label: t('blikk.card.connectedAt'), value: format.dateTime(connection.connectedAt) },
          { label: t('blikk.card.lastTest'), value: lastText },
        ]}
      />
      <TestOutcome outcome={outcome} />
      <Box sx={{ mt: 2 }}>
        <ErrorAlert error={reconcile.error} />
      </Box>
      <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 1, mt: 1 }}>
        <Button
          variant="contained"
          startIcon={<SyncOutlined />}
          onClick={() => void reconcileNow()}
          disabled={reconcile.busy}
        >
          {t(reconcile.busy ? 'blikk.card.reconciling' : 'blikk.card.reconcileNow')}
        </Button>
        <Button variant="outlined" onClick={() => void test()} disabled={testing}>
          {t(testing ? 'blikk.card.testing' : 'blikk.card.testAgain')}
        </Button>
        <Button
          color="error"
          startIcon={<LinkOffOutlined />}
          onClick={() => setConfirming(true)}
          sx={{ ml: 'auto' }}
        >
          {t('blikk.card.disconnect')}
        </Button>
      </Box>
      <ConfirmDialog
        open={confirming}
        title={t('blikk.card.disconnectTitle')}
        body={t('blikk.card.disconnectBody')}
        confirmLabel={t('blikk.card.disconnect')}
        confirmDisabled={disconnect.busy}
        onConfirm={() => void confirmDisconnect()}
        onClose={() => setConfirming(false)}
      >
        <ErrorAlert error={disconnect.error} />
      </ConfirmDialog>
    </>
  );
}
