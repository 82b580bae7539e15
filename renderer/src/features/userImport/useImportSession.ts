import { useCallback, useEffect, useReducer, useRef } from 'react';
import { useNavigate } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { call, invoke, toApiError } from '../../api/client';
import { useEvent } from '../../api/hooks';
import { downloadBase64 } from '../../components/download';
import { useNotify } from '../../components/Notifier';
import { errorText } from '../../i18n/errorText';
import { useFormat } from '../../i18n/useFormat';
import { issueText } from './importTexts';
import { parseReport } from '../../../../shared/schemas/import';
import {
  importSession,
  loadedFrom,
  NEW_SESSION,
  tableRequest,
  withCell,
  type Loaded,
} from './importSession';
import { fileToBase64, takePendingFile } from './readFile';
import { rejectedFileName, rejectedRowsCsv, utf8BomBase64 } from './rejectedCsv';
import type { LicenceShortage } from './ReportSummary';

/** How long an edited cell waits for the next keystroke-sized change before the file is checked. */
const RECHECK_MS = 350;

/**
 * The import of one customer's user list: the session's state (importSession.ts) and what the
 * page can do with it, each step a call to the services. Only the latest check's answer counts.
 */
export function useImportSession(customerId: string) {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const notify = useNotify();
  const navigate = useNavigate();
  const [state, dispatch] = useReducer(importSession, NEW_SESSION);
  const sequence = useRef(0);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const latest = useRef<Loaded | null>(null);

  const check = useCallback(
    async (next: Loaded) => {
      const mine = ++sequence.current;
      dispatch({ type: 'checkStarted' });
      const result = await sendTable('users:importCheck', customerId, next);
      if (mine !== sequence.current) return;
      if (result.ok) dispatch({ type: 'checked', report: result.value });
      else dispatch({ type: 'checkFailed', error: toApiError(result.error) });
    },
    [customerId],
  );

  /** Keeps the loaded file; checks it at once, or after a pause when `later` (cell edits). */
  const update = useCallback(
    (next: Loaded, later = false) => {
      latest.current = next;
      dispatch({ type: 'changed', loaded: next });
      if (timer.current) clearTimeout(timer.current);
      if (!later) {
        void check(next);
        return;
      }
      dispatch({ type: 'checkStarted' });
      timer.current = setTimeout(() => void check(next), RECHECK_MS);
    },
    [check],
  );
  useEffect(
    () => () => {
      if (timer.current) clearTimeout(timer.current);
    },
    [],
  );

  const readFile = useCallback(
    async (file: File) => {
      dispatch({ type: 'readStarted', fileName: file.name });
      try {
        const preview = await call('users:importRead', {
          customerId,
          fileName: file.name,
          contentBase64: await fileToBase64(file),
        });
        const loaded = loadedFrom(file.name, preview);
        dispatch({ type: 'read', loaded });
        update(loaded);
      } catch (error) {
        const apiError = toApiError(error);
        const message =
          apiError.code === 'import.file' ? apiError.message : errorText(t, apiError.code);
        dispatch({ type: 'readFailed', failure: { fileName: file.name, message } });
      }
    },
    [customerId, t, update],
  );

  // A file dropped on the users page opened this page: read it straight away.
  useEffect(() => {
    const file = takePendingFile(customerId);
    if (file) void readFile(file);
  }, [customerId, readFile]);

  useEvent('import:progress', (payload) => {
    if (payload.customerId === customerId) dispatch({ type: 'commitProgress', progress: payload });
  });

  function edit(line: number, column: number, value: string) {
    if (latest.current) update(withCell(latest.current, line, column, value), true);
  }

  async function buyLicences(shortage: LicenceShortage) {
    const { loaded } = state;
    if (!loaded) return;
    dispatch({ type: 'buying', on: true });
    const result = await invoke('licences:set', { customerId, count: shortage.needed });
    dispatch({ type: 'buying', on: false });
    if (!result.ok) {
      notify(errorText(t, result.error.code, result.error.details), 'error');
      return;
    }
    notify(t('import.licencesBought', { n: format.number(shortage.needed) }));
    void check(loaded);
  }

  async function commit() {
    const { loaded, report } = state;
    if (!loaded || !report) return;
    dispatch({ type: 'commitStarted' });
    const result = await sendTable('users:importCommit', customerId, loaded);
    if (result.ok) {
      dispatch({ type: 'commitEnded' });
      const done = result.value;
      const count = done.created + done.updated;
      notify(
        `${t('import.commit.done', { count: done.accepted, n: format.number(done.accepted) })}: ${t(
          'import.commit.summary',
          {
            created: format.number(done.created),
            updated: format.number(done.updated),
            unchanged: format.number(done.unchanged),
          },
        )}`,
        count > 0 || done.accepted > 0 ? 'success' : 'info',
        undefined,
        { forNextPage: true },
      );
      void navigate(`/customers/${customerId}/users`);
      return;
    }
    dispatch(
      result.error.code === 'import.cancelled'
        ? { type: 'commitEnded', notice: t('import.commit.cancelled') }
        : { type: 'commitEnded', error: toApiError(result.error) },
    );
    void check(loaded);
  }

  async function cancel() {
    dispatch({ type: 'cancelRequested' });
    await invoke('users:importCancel', { customerId });
  }

  function saveRejected() {
    const { loaded, report } = state;
    if (!loaded || !report) return;
    const csv = rejectedRowsCsv(loaded.table, report.issues, t('import.rejectedColumn'), (issue) =>
      issueText(t, i18n.language, issue),
    );
    const fileName = rejectedFileName(loaded.fileName, t('import.rejectedSuffix'));
    downloadBase64(fileName, utf8BomBase64(csv), 'text/csv;charset=utf-8');
  }

  return {
    state,
    dispatch,
    readFile,
    edit,
    remap: (loaded: Loaded) => update(loaded),
    recheck: (loaded: Loaded) => void check(loaded),
    buyLicences,
    commit,
    cancel,
    saveRejected,
  };
}

/** A check or commit of the kept table; the whole table again if the core has let it go. */
async function sendTable(
  channel: 'users:importCheck' | 'users:importCommit',
  customerId: string,
  loaded: Loaded,
) {
  let result = await invoke(channel, tableRequest(customerId, loaded));
  if (!result.ok && result.error.code === 'import.sessionExpired')
    result = await invoke(channel, tableRequest(customerId, loaded, true));
  return result.ok ? { ok: true as const, value: parseReport(result.value) } : result;
}
