import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import FormControlLabel from '@mui/material/FormControlLabel';
import Switch from '@mui/material/Switch';
import Typography from '@mui/material/Typography';
import FileDownloadOutlined from '@mui/icons-material/FileDownloadOutlined';
import UploadFileOutlined from '@mui/icons-material/UploadFileOutlined';
import { useNavigate, useParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import type {
  ColumnMapping,
  ImportIssue,
  ImportReport,
  ImportTable,
} from '../../../../shared/schemas/import';
import { call, invoke, toApiError, type ApiError } from '../../api/client';
import { useEvent, useQuery } from '../../api/hooks';
import { CustomerBreadcrumbs } from '../../components/CustomerBreadcrumbs';
import { downloadBase64 } from '../../components/download';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useNotify } from '../../components/Notifier';
import { PageHeader } from '../../components/PageHeader';
import { SectionCard } from '../../components/SectionCard';
import { visuallyHidden } from '../../components/visuallyHidden';
import { useDocumentTitle } from '../../hooks/useDocumentTitle';
import { errorText } from '../../i18n/errorText';
import { useFormat } from '../../i18n/useFormat';
import { ChooseFile, type ReadFailure } from './ChooseFile';
import { CommitDialog } from './CommitDialog';
import { issueText } from './importTexts';
import { MappingCard } from './MappingCard';
import { PreviewGrid } from './PreviewGrid';
import { fileToBase64, IMPORT_ACCEPT, takePendingFile } from './readFile';
import { rejectedFileName, rejectedRowsCsv, utf8BomBase64 } from './rejectedCsv';
import { ReportSummary, type LicenceShortage } from './ReportSummary';
import { DropOverlay, useFileDrop } from './useFileDrop';

/** How long an edited cell waits for the next keystroke-sized change before the file is checked. */
const RECHECK_MS = 350;

interface Loaded {
  fileName: string;
  table: ImportTable;
  mapping: ColumnMapping;
  remembered: boolean;
}

/**
 * Importing the customer's user list: choose a file, check how its columns map, correct rows in
 * the preview, then write the accepted rows in one go (or nothing, if cancelled).
 */
export function ImportPage() {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const notify = useNotify();
  const navigate = useNavigate();
  const { id = '' } = useParams();
  const customer = useQuery('customers:get', { id });
  const name = customer.data?.customer.name;
  useDocumentTitle(name ? `${t('import.title')} – ${name}` : t('import.title'));

  const input = useRef<HTMLInputElement>(null);
  const [reading, setReading] = useState<string | null>(null);
  const [failure, setFailure] = useState<ReadFailure | null>(null);
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [report, setReport] = useState<ImportReport | null>(null);
  const [checkError, setCheckError] = useState<ApiError | null>(null);
  const [checking, setChecking] = useState(false);
  const [onlyErrors, setOnlyErrors] = useState(false);
  const [buying, setBuying] = useState(false);
  const [committing, setCommitting] = useState(false);
  const [cancelling, setCancelling] = useState(false);
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const sequence = useRef(0);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const latest = useRef<Loaded | null>(null);

  const check = useCallback(
    async (next: Loaded) => {
      const mine = ++sequence.current;
      setChecking(true);
      const result = await invoke('users:importCheck', {
        customerId: id,
        table: next.table,
        mapping: next.mapping,
        commit: false,
      });
      if (mine !== sequence.current) return;
      setChecking(false);
      if (result.ok) {
        setReport(result.value);
        setCheckError(null);
      } else {
        setCheckError(toApiError(result.error));
      }
    },
    [id],
  );

  /** Keeps the loaded file; checks it at once, or after a pause when `later` (cell edits). */
  const update = useCallback(
    (next: Loaded, later = false) => {
      latest.current = next;
      setLoaded(next);
      if (timer.current) clearTimeout(timer.current);
      if (!later) {
        void check(next);
        return;
      }
      setChecking(true);
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
      setReading(file.name);
      setFailure(null);
      setNotice(null);
      try {
        const preview = await call('users:importRead', {
          customerId: id,
          fileName: file.name,
          contentBase64: await fileToBase64(file),
        });
        setReport(null);
        setOnlyErrors(false);
        update({ fileName: file.name, ...preview });
      } catch (error) {
        const apiError = toApiError(error);
        setFailure({
          fileName: file.name,
          message: apiError.code === 'import.file' ? apiError.message : errorText(t, apiError.code),
        });
        setLoaded(null);
        setReport(null);
      } finally {
        setReading(null);
      }
    },
    [id, t, update],
  );

  // A file dropped on the users page opened this page: read it straight away.
  useEffect(() => {
    const file = takePendingFile(id);
    if (file) void readFile(file);
  }, [id, readFile]);

  const drop = useFileDrop((file) => void readFile(file));

  useEvent('import:progress', (payload) => {
    if (payload.customerId === id && committing) setProgress(payload);
  });

  const issuesByLine = useMemo(() => {
    const map = new Map<number, ImportIssue[]>();
    for (const issue of report?.issues ?? []) {
      const list = map.get(issue.row) ?? [];
      list.push(issue);
      map.set(issue.row, list);
    }
    return map;
  }, [report]);

  function edit(line: number, column: number, value: string) {
    const current = latest.current;
    if (!current) return;
    const rows = current.table.rows.map((row) => {
      if (row.line !== line) return row;
      const cells = [...row.cells];
      while (cells.length < column) cells.push('');
      cells[column] = value;
      return { ...row, cells };
    });
    update({ ...current, table: { ...current.table, rows } }, true);
  }

  async function buyLicences(shortage: LicenceShortage) {
    if (!loaded) return;
    setBuying(true);
    const result = await invoke('licences:set', { customerId: id, count: shortage.needed });
    setBuying(false);
    if (!result.ok) {
      notify(errorText(t, result.error.code, result.error.details), 'error');
      return;
    }
    notify(t('import.licencesBought', { n: format.number(shortage.needed) }));
    void check(loaded);
  }

  async function commit() {
    if (!loaded || !report) return;
    setCommitting(true);
    setCancelling(false);
    setProgress(null);
    setNotice(null);
    const result = await invoke('users:importCheck', {
      customerId: id,
      table: loaded.table,
      mapping: loaded.mapping,
      commit: true,
    });
    setCommitting(false);
    setCancelling(false);
    if (result.ok) {
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
      void navigate(`/customers/${id}/users`);
      return;
    }
    if (result.error.code === 'import.cancelled') {
      setNotice(t('import.commit.cancelled'));
    } else {
      setCheckError(toApiError(result.error));
    }
    void check(loaded);
  }

  async function cancel() {
    setCancelling(true);
    await invoke('users:importCancel', { customerId: id });
  }

  function saveRejected() {
    if (!loaded || !report) return;
    const csv = rejectedRowsCsv(loaded.table, report.issues, t('import.rejectedColumn'), (issue) =>
      issueText(t, i18n.language, issue),
    );
    const fileName = rejectedFileName(loaded.fileName, t('import.rejectedSuffix'));
    downloadBase64(fileName, utf8BomBase64(csv), 'text/csv;charset=utf-8');
  }

  const fileBlocked = report?.fileIssues.some((issue) => issue.severity === 'error') ?? false;
  const accepted = report?.accepted ?? 0;
  const canCommit = !!report && !checking && !fileBlocked && accepted > 0 && !committing;
  const usersPath = `/customers/${id}/users`;
  const statusText = checking
    ? t('import.checking')
    : fileBlocked
      ? t('import.commit.blockedByFile')
      : report && accepted === 0
        ? t('import.commit.nothing')
        : '';

  const fileDetails = loaded
    ? [
        loaded.table.delimiter
          ? t('import.delimiter', { delimiter: t(`import.delimiters.${loaded.table.delimiter}`) })
          : null,
        loaded.table.encoding ? t('import.encoding', { encoding: loaded.table.encoding }) : null,
      ]
        .filter(Boolean)
        .join(', ')
    : '';

  return (
    <Box {...drop.handlers} sx={{ minHeight: '100%' }}>
      <DropOverlay open={drop.over} />
      <input
        ref={input}
        type="file"
        accept={IMPORT_ACCEPT}
        aria-label={t('import.choose.inputLabel')}
        style={visuallyHidden}
        tabIndex={-1}
        onChange={(event) => {
          const file = event.target.files?.[0];
          event.target.value = '';
          if (file) void readFile(file);
        }}
      />
      <PageHeader
        title={t('import.title')}
        subtitle={
          loaded
            ? t('import.fileInfo', {
                fileName: loaded.fileName,
                format: t(`import.formats.${loaded.table.format}`),
                details: fileDetails,
              })
            : name
        }
        before={
          <CustomerBreadcrumbs
            customerId={id}
            customerName={name ?? '…'}
            via={[{ label: t('users.title'), to: usersPath }]}
            page={t('import.breadcrumb')}
          />
        }
        actions={
          loaded && (
            <>
              <Button
                startIcon={<UploadFileOutlined />}
                onClick={() => input.current?.click()}
                disabled={!!reading || committing}
              >
                {t('import.choose.another')}
              </Button>
              {report && report.rejected > 0 && (
                <Button startIcon={<FileDownloadOutlined />} onClick={saveRejected}>
                  {t('import.saveRejected')}
                </Button>
              )}
              <Button variant="contained" disabled={!canCommit} onClick={() => void commit()}>
                {t('import.commit.button', { count: accepted, n: format.number(accepted) })}
              </Button>
            </>
          )
        }
      />

      {!loaded ? (
        <ChooseFile reading={reading} failure={failure} onChoose={() => input.current?.click()} />
      ) : (
        <Box sx={{ display: 'grid', gridTemplateColumns: 'minmax(0, 1fr)', gap: 2.5 }}>
          {failure && (
            <Alert severity="error" onClose={() => setFailure(null)}>
              {t('import.choose.failedTitle', { fileName: failure.fileName })}: {failure.message}{' '}
              {t('import.choose.failedHint')}
            </Alert>
          )}
          {notice && (
            <Alert severity="info" onClose={() => setNotice(null)}>
              {notice}
            </Alert>
          )}
          <ErrorAlert error={checkError} onRetry={() => void check(loaded)} />
          <Box>
            {report ? (
              <ReportSummary
                report={report}
                buying={buying}
                onBuyLicences={(s) => void buyLicences(s)}
              />
            ) : null}
            <Typography
              variant="body2"
              color="text.secondary"
              role="status"
              sx={statusText ? { mt: -1 } : visuallyHidden}
            >
              {statusText}
            </Typography>
          </Box>
          <MappingCard
            table={loaded.table}
            mapping={loaded.mapping}
            remembered={loaded.remembered}
            onChange={(mapping) => update({ ...loaded, mapping, remembered: false })}
          />
          <SectionCard
            title={t('import.preview.title')}
            action={
              <FormControlLabel
                control={
                  <Switch
                    checked={onlyErrors}
                    onChange={(event) => setOnlyErrors(event.target.checked)}
                  />
                }
                label={t('import.preview.onlyErrors')}
              />
            }
          >
            <Typography variant="body2" color="text.secondary" sx={{ mb: 1.5 }}>
              {t('import.preview.editHint')}
            </Typography>
            <Box
              sx={{
                display: 'flex',
                flexDirection: 'column',
                maxHeight: 'calc(100vh - 120px)',
                minHeight: 200,
              }}
            >
              <PreviewGrid
                table={loaded.table}
                mapping={loaded.mapping}
                issuesByLine={issuesByLine}
                onlyErrors={onlyErrors}
                onEdit={edit}
              />
            </Box>
          </SectionCard>
        </Box>
      )}
      <CommitDialog
        open={committing}
        progress={progress}
        cancelling={cancelling}
        onCancel={() => void cancel()}
      />
    </Box>
  );
}
