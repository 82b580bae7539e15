import { useState } from 'react';
import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import LinearProgress from '@mui/material/LinearProgress';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import type { EventPayload } from '../../../../shared/contract';
import { formatOrganisationsnummer } from '../../../../shared/domain/organisationsnummer';
import type {
  CopyConflict,
  CopyOutcome,
  CopyPreview,
} from '../../../../shared/schemas/database-copy';
import type { ApiError } from '../../api/client';
import { useQuery } from '../../api/hooks';
import { useMutation } from '../../api/useMutation';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useNotify } from '../../components/Notifier';
import { useFormat } from '../../i18n/useFormat';

export type Progress = EventPayload<'database:copyProgress'>;

const CODE_SX = { fontFamily: 'ui-monospace, Menlo, Consolas, monospace', fontSize: '0.875rem' };

/** A stored organisationsnummer in its printed form (anything odd as it is). */
function printed(orgnr: string): string {
  return /^\d{10}$/.test(orgnr) ? formatOrganisationsnummer(orgnr) : orgnr;
}

interface PreviewProps {
  preview: CopyPreview;
  checking: boolean;
  error: ApiError | null;
  onBack: () => void;
  onRecheck: () => void;
  onCopy: () => void;
}

/** Step 2: what will be copied, and the customers that block the copy until resolved. */
export function PreviewStep({ preview, checking, error, onBack, onRecheck, onCopy }: PreviewProps) {
  const { t } = useTranslation();
  const blocked = preview.conflicts.length > 0;
  return (
    <Box sx={{ display: 'grid', gap: 2 }}>
      <Typography>
        {t('database.copy.summary', {
          customers: preview.customers,
          users: preview.users,
          database: preview.database,
        })}
      </Typography>
      {blocked ? (
        <Conflicts conflicts={preview.conflicts} />
      ) : (
        <Alert severity="success">{t('database.copy.noConflicts')}</Alert>
      )}
      <ErrorAlert error={error} />
      <Box sx={{ display: 'flex', gap: 1 }}>
        <Button onClick={onBack}>{t('database.copy.back')}</Button>
        {blocked && (
          <Button variant="outlined" onClick={onRecheck} disabled={checking}>
            {checking ? t('database.copy.checking') : t('database.copy.recheck')}
          </Button>
        )}
        <Button variant="contained" onClick={onCopy} disabled={blocked || checking}>
          {t('database.copy.start')}
        </Button>
      </Box>
    </Box>
  );
}

function Conflicts({ conflicts }: { conflicts: CopyConflict[] }) {
  const { t } = useTranslation();
  return (
    <Alert severity="error">
      <AlertTitle>{t('database.copy.conflictsTitle', { count: conflicts.length })}</AlertTitle>
      {t('database.copy.conflictsHelp')}
      <Table
        size="small"
        sx={{ mt: 1 }}
        aria-label={t('database.copy.conflictsTitle', { count: conflicts.length })}
      >
        <TableHead>
          <TableRow>
            <TableCell>{t('database.copy.conflictName')}</TableCell>
            <TableCell>{t('database.copy.conflictOrgnr')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {conflicts.map((c) => (
            <TableRow key={c.id}>
              <TableCell>{c.name}</TableCell>
              <TableCell>{printed(c.orgnr)}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </Alert>
  );
}

interface ProgressProps {
  progress: Progress | null;
  busy: boolean;
  cancelling: boolean;
  error: ApiError | null;
  onCancel: () => void;
  onBack: () => void;
}

/** Step 3: the table being copied; a cancel rolls the one transaction back. */
export function CopyProgress({
  progress,
  busy,
  cancelling,
  error,
  onCancel,
  onBack,
}: ProgressProps) {
  const { t } = useTranslation();
  const total = progress?.total ?? 0;
  const percent = total > 0 ? Math.round(((progress?.done ?? 0) / total) * 100) : 0;
  return (
    <Box sx={{ display: 'grid', gap: 2 }}>
      {busy && (
        <>
          <LinearProgress
            variant={total > 0 ? 'determinate' : 'indeterminate'}
            value={percent}
            aria-label={t('database.copy.progressLabel')}
          />
          <Typography role="status" variant="body2">
            {progress && progress.done > 0
              ? t('database.copy.progress', progress)
              : t('database.copy.preparing')}
          </Typography>
        </>
      )}
      {error && (
        <Box>
          <ErrorAlert error={error} />
          <Typography variant="body2">{t('database.copy.copyFailed')}</Typography>
        </Box>
      )}
      <Box sx={{ display: 'flex', gap: 1 }}>
        {busy ? (
          <Button variant="outlined" color="warning" onClick={onCancel} disabled={cancelling}>
            {cancelling ? t('database.copy.cancelling') : t('database.copy.cancel')}
          </Button>
        ) : (
          <Button variant="outlined" onClick={onBack}>
            {t('database.copy.restartAssistant')}
          </Button>
        )}
      </Box>
    </Box>
  );
}

interface ResultProps {
  outcome: CopyOutcome;
  target: { url: string; password?: string };
  onRestart: () => void;
}

/** Step 4: every table's verified count, and the team database offered for the next start. */
export function CopyResult({ outcome, target, onRestart }: ResultProps) {
  const { t } = useTranslation();
  const notify = useNotify();
  const format = useFormat();
  const choose = useMutation('database:choose');
  const [chosen, setChosen] = useState(false);
  // Browser mode's server picks its database when it starts, not from the stored choice.
  const info = useQuery('app:info', {});
  const browser = info.data?.mode === 'browser';

  async function use() {
    const result = await choose.run({ kind: 'postgres', ...target });
    if (!result.ok) return;
    setChosen(true);
    notify(t('database.saved'));
  }

  return (
    <Box sx={{ display: 'grid', gap: 2 }}>
      <Alert severity="success" role="status">
        {t('database.copy.done', {
          seconds: format.number(Math.round(outcome.elapsedMs / 100) / 10),
        })}
      </Alert>
      <Table size="small" aria-label={t('database.copy.steps.result')}>
        <TableHead>
          <TableRow>
            <TableCell>{t('database.copy.table')}</TableCell>
            <TableCell align="right">{t('database.copy.rows')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {outcome.tables.map((table) => (
            <TableRow key={table.name}>
              <TableCell>
                {/* What staff know the table as, beside its name for whoever checks the server. */}
                {t(`database.copy.tableNames.${table.name}`, { defaultValue: '' })}{' '}
                <Box component="code" sx={CODE_SX}>
                  {table.name}
                </Box>
              </TableCell>
              <TableCell align="right">
                {table.kept ? t('database.copy.kept') : format.number(table.rows)}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      <ErrorAlert error={choose.error} />
      {chosen && (
        <Alert severity="info">
          {t('database.copy.chosen')}{' '}
          {browser
            ? t('database.copy.chosenBrowser', { url: outcome.database })
            : t('database.restart')}
        </Alert>
      )}
      <Box sx={{ display: 'flex', gap: 1 }}>
        <Button variant="contained" onClick={() => void use()} disabled={choose.busy || chosen}>
          {t('database.copy.useTeam')}
        </Button>
        <Button onClick={onRestart}>{t('database.copy.restartAssistant')}</Button>
      </Box>
    </Box>
  );
}
