import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { detailsOf } from '../../../../shared/errorDetails';
import { errorText } from '../../i18n/errorText';
import { jsonPath, type FileProblem, type FileWarningKind } from './importFile';
import type { ImportFailure, ImportWarnings } from './usePriceImport';

const SHOWN = 12;

/** Where in the file: "Tilläggstjänst 2 (kvitto), listpris". */
function place(t: TFunction, problem: FileProblem<unknown>): string {
  const [first, index, field] = problem.path;
  if (first === 'addons' && typeof index === 'number') {
    const row = problem.addonCode
      ? t('prices.import.addonPlaceCode', { n: index + 1, code: problem.addonCode })
      : t('prices.import.addonPlace', { n: index + 1 });
    return field === undefined ? row : `${row}, ${t(`prices.import.fields.${String(field)}`)}`;
  }
  // licence.list → licenceList: the translation keys are flat.
  const key = problem.path
    .map((k, i) => (i === 0 ? String(k) : String(k).charAt(0).toUpperCase() + String(k).slice(1)))
    .join('');
  return t(`prices.import.fields.${key}`, { defaultValue: key });
}

export function problemText(t: TFunction, problem: FileProblem<unknown>, group = 'problems') {
  const kind = String(problem.kind);
  const text = t(`prices.import.${group}.${kind}`, { keys: problem.keys?.join(', ') });
  if (problem.path.length === 0) {
    return problem.kind === 'json' ? text : t('prices.import.filePlace', { problem: text });
  }
  return t('prices.import.problemAt', {
    place: place(t, problem),
    path: jsonPath(problem.path),
    problem: text,
  });
}

/** A file imported with something unusual in it: each thing by its place, to check. */
export function ImportWarningList({
  warned,
  onClose,
}: {
  warned: ImportWarnings;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  return (
    <Alert severity="warning" onClose={onClose} sx={{ mb: 3, maxWidth: 1000 }}>
      <AlertTitle>{t('prices.import.warnings.title', { fileName: warned.fileName })}</AlertTitle>
      <Box component="ul" sx={{ m: 0, pl: 2.5, typography: 'body2' }}>
        {warned.warnings.map((warning: FileProblem<FileWarningKind>, index) => (
          <li key={index}>{problemText(t, warning, 'warnings')}</li>
        ))}
      </Box>
    </Alert>
  );
}

/** The services' refusal; a duplicate code names the code. */
function serverText(t: TFunction, failure: ImportFailure): string {
  const text = errorText(t, failure.error?.code, failure.error?.details);
  const duplicate = detailsOf(failure.error, 'prices.duplicateCode')?.code;
  return duplicate ? `${text} (${duplicate})` : text;
}

/** A file that was not imported: every problem by its place, and the format it should have. */
export function ImportProblems({
  failure,
  onClose,
}: {
  failure: ImportFailure;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const shown = failure.problems.slice(0, SHOWN);
  const more = failure.problems.length - shown.length;
  return (
    <Alert severity="error" onClose={onClose} sx={{ mb: 3, maxWidth: 1000 }}>
      <AlertTitle>{t('prices.import.failedTitle', { fileName: failure.fileName })}</AlertTitle>
      {failure.error && <Typography variant="body2">{serverText(t, failure)}</Typography>}
      {shown.length > 0 && (
        <Box component="ul" sx={{ m: 0, pl: 2.5, typography: 'body2' }}>
          {shown.map((problem, index) => (
            <li key={index}>{problemText(t, problem)}</li>
          ))}
          {more > 0 && <li>{t('prices.import.more', { count: more })}</li>}
        </Box>
      )}
      {failure.problems.length > 0 && !failure.error && (
        <Typography variant="body2" sx={{ mt: 1 }}>
          {t('prices.import.format')}
        </Typography>
      )}
    </Alert>
  );
}
