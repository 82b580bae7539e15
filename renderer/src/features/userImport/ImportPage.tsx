import { useMemo, useRef } from 'react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import FormControlLabel from '@mui/material/FormControlLabel';
import Switch from '@mui/material/Switch';
import Typography from '@mui/material/Typography';
import FileDownloadOutlined from '@mui/icons-material/FileDownloadOutlined';
import UploadFileOutlined from '@mui/icons-material/UploadFileOutlined';
import { useParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { useQuery } from '../../api/hooks';
import { CustomerBreadcrumbs } from '../../components/CustomerBreadcrumbs';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageHeader } from '../../components/PageHeader';
import { SectionCard } from '../../components/SectionCard';
import { visuallyHidden } from '../../components/visuallyHidden';
import { useDocumentTitle } from '../../hooks/useDocumentTitle';
import { useFormat } from '../../i18n/useFormat';
import { ChooseFile } from './ChooseFile';
import { CommitDialog } from './CommitDialog';
import { commitState, issuesByLine } from './importSession';
import { MappingCard } from './MappingCard';
import { PreviewGrid } from './PreviewGrid';
import { IMPORT_ACCEPT } from './readFile';
import { ReportSummary } from './ReportSummary';
import { DropOverlay, useFileDrop } from './useFileDrop';
import { useImportSession } from './useImportSession';

/**
 * Importing the customer's user list: choose a file, check how its columns map, correct rows in
 * the preview, then write the accepted rows in one go (or nothing, if cancelled). The session's
 * steps live in useImportSession.
 */
export function ImportPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const { id = '' } = useParams();
  const customer = useQuery('customers:get', { id });
  const name = customer.data?.customer.name;
  useDocumentTitle(name ? `${t('import.title')} – ${name}` : t('import.title'));

  const input = useRef<HTMLInputElement>(null);
  const session = useImportSession(id);
  const { state, dispatch, readFile } = session;
  const { reading, failure, loaded, report, checkError, onlyErrors, buying, notice } = state;
  const committing = !!state.commit;
  const drop = useFileDrop((file) => void readFile(file));
  const issues = useMemo(() => issuesByLine(report), [report]);
  const { canCommit, accepted, status } = commitState(state);
  const usersPath = `/customers/${id}/users`;
  const statusText = status
    ? t(status === 'checking' ? 'import.checking' : `import.commit.${status}`)
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
                <Button startIcon={<FileDownloadOutlined />} onClick={session.saveRejected}>
                  {t('import.saveRejected')}
                </Button>
              )}
              <Button
                variant="contained"
                disabled={!canCommit}
                onClick={() => void session.commit()}
              >
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
            <Alert severity="error" onClose={() => dispatch({ type: 'failureDismissed' })}>
              {t('import.choose.failedTitle', { fileName: failure.fileName })}: {failure.message}{' '}
              {t('import.choose.failedHint')}
            </Alert>
          )}
          {notice && (
            <Alert severity="info" onClose={() => dispatch({ type: 'noticeDismissed' })}>
              {notice}
            </Alert>
          )}
          <ErrorAlert error={checkError} onRetry={() => session.recheck(loaded)} />
          <Box>
            {report ? (
              <ReportSummary
                report={report}
                buying={buying}
                onBuyLicences={(s) => void session.buyLicences(s)}
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
            onChange={(mapping) => session.remap({ ...loaded, mapping, remembered: false })}
          />
          <SectionCard
            title={t('import.preview.title')}
            action={
              <FormControlLabel
                control={
                  <Switch
                    checked={onlyErrors}
                    onChange={(event) => dispatch({ type: 'onlyErrors', on: event.target.checked })}
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
                issuesByLine={issues}
                onlyErrors={onlyErrors}
                onEdit={session.edit}
              />
            </Box>
          </SectionCard>
        </Box>
      )}
      <CommitDialog
        open={committing}
        progress={state.commit?.progress ?? null}
        cancelling={state.commit?.cancelling ?? false}
        onCancel={() => void session.cancel()}
      />
    </Box>
  );
}
