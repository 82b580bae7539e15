import { useMemo, useState } from 'react';
import Box from '@mui/material/Box';
import type { GridRowSelectionModel } from '@mui/x-data-grid';
import { useSearchParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { useQuery } from '../../api/hooks';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { ErrorAlert } from '../../components/ErrorAlert';
import { LoadingBlock } from '../../components/LoadingBlock';
import { PageHeader } from '../../components/PageHeader';
import { useDocumentTitle } from '../../hooks/useDocumentTitle';
import { EmptyOutbox } from './EmptyOutbox';
import { InterruptedAlert } from './InterruptedAlert';
import { OutboxGrid } from './OutboxGrid';
import { OutboxProgress } from './OutboxProgress';
import { OutboxToolbar } from './OutboxToolbar';
import { actionsFor, isStateFilter, statesOf, type StateFilter } from './outboxRules';
import { useOutboxActions } from './useOutboxActions';

const NO_SELECTION: GridRowSelectionModel = { type: 'include', ids: new Set() };
const REFRESH = ['outbox:changed'] as const;

/** "Utkorg": every message Kundstart sends, what failed and why, retry, cancel, confirm. */
export function OutboxPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('messaging.outbox.title'));
  const [params, setParams] = useSearchParams();
  const state = params.get('state');
  const filter: StateFilter = isStateFilter(state) ? state : 'all';
  const list = useQuery('outbox:list', { states: statesOf(filter) }, { refreshOn: REFRESH });
  const status = useQuery('outbox:status', {}, { refreshOn: REFRESH });
  const [selection, setSelection] = useState<GridRowSelectionModel>(NO_SELECTION);
  const [asking, setAsking] = useState(false);
  const clear = () => setSelection(NO_SELECTION);
  const actions = useOutboxActions(clear);

  const rows = useMemo(() => list.data ?? [], [list.data]);
  const selected = useMemo(() => rows.filter((r) => selection.ids.has(r.id)), [rows, selection]);
  const can = actionsFor(selected);
  // The alert acts on the selected interrupted messages, or on every one shown.
  const interrupted = can.interrupted.length > 0 ? can.interrupted : actionsFor(rows).interrupted;

  const header = (
    <PageHeader title={t('messaging.outbox.title')} subtitle={t('messaging.outbox.subtitle')} />
  );
  if (list.error && !list.data) {
    return (
      <>
        {header}
        <ErrorAlert error={list.error} onRetry={list.reload} />
      </>
    );
  }
  if (!list.data) return <LoadingBlock label={t('messaging.outbox.title')} />;
  const empty = rows.length === 0 && filter === 'all';

  return (
    <>
      {header}
      <OutboxProgress status={status.data} />
      <InterruptedAlert
        count={interrupted.length}
        busy={actions.busy}
        onMarkSent={() => void actions.confirm(interrupted, 'sent')}
        onResend={() => void actions.confirm(interrupted, 'resend')}
      />
      {empty ? (
        <EmptyOutbox />
      ) : (
        <>
          <OutboxToolbar
            filter={filter}
            onFilter={(next) => {
              clear();
              setParams(next === 'all' ? {} : { state: next }, { replace: true });
            }}
            count={selected.length}
            actions={can}
            busy={actions.busy}
            onRetry={() => void actions.retry(can.retry)}
            onCancel={() => setAsking(true)}
          />
          <Box
            sx={{
              display: 'flex',
              flexDirection: 'column',
              height: 'calc(100vh - 260px)',
              minHeight: 320,
            }}
          >
            <OutboxGrid
              rows={rows}
              loading={list.loading}
              selection={selection}
              onSelectionChange={setSelection}
            />
          </Box>
        </>
      )}
      <ConfirmDialog
        open={asking}
        title={t('messaging.outbox.cancelTitle', { count: can.cancel.length })}
        body={t('messaging.outbox.cancelBody', { count: can.cancel.length })}
        confirmLabel={t('messaging.outbox.cancelConfirm')}
        confirmDisabled={actions.busy}
        onConfirm={() => {
          setAsking(false);
          void actions.cancel(can.cancel);
        }}
        onClose={() => setAsking(false)}
      />
    </>
  );
}
