import { useState } from 'react';
import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import { useTranslation } from 'react-i18next';
import type { TeamStatus } from '../../../../shared/schemas/team-status';
import { useEvent, useQuery } from '../../api/hooks';
import { useNotify } from '../../components/Notifier';
import { useFormat } from '../../i18n/useFormat';
import { OfflineDraftsPanel } from './OfflineDraftsPanel';

/**
 * Over every screen while the team database cannot be reached (issue 16 item 6): the one clear
 * message, rather than an error on each call. Offline while running, staff wait for it to come
 * back; started on the last-read copy, they read it, marked with the time it was read.
 */
export function TeamStatusBanner() {
  const { t } = useTranslation();
  const notify = useNotify();
  const asked = useQuery('database:status', {});
  const [pushed, setPushed] = useState<TeamStatus | null>(null);
  const status = pushed ?? asked.data;
  useEvent('database:status', (next) => {
    if (status?.state === 'offline' && next.state === 'online')
      notify(t('offline.back'), 'success');
    setPushed(next);
  });
  if (status?.state === 'online') return <OfflineDraftsPanel status={status} />;
  if (!status || status.state === 'file') return null;
  const snapshot = status.state === 'snapshot';
  return (
    <Alert severity={snapshot ? 'warning' : 'error'} role="status" sx={{ mb: 2 }}>
      <AlertTitle>{t(snapshot ? 'offline.snapshotTitle' : 'offline.offlineTitle')}</AlertTitle>
      {t(snapshot ? 'offline.snapshotText' : 'offline.offlineText')}{' '}
      {snapshot && <ReadAt at={status.readAt} />}
    </Alert>
  );
}

function ReadAt({ at }: { at: string | null }) {
  const { t } = useTranslation();
  const format = useFormat();
  if (!at) return <strong>{t('offline.readAtUnknown')}</strong>;
  return <strong>{t('offline.readAt', { time: format.dateTime(at) })}</strong>;
}
