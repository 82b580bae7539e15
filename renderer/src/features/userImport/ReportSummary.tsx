import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import type { ImportReport } from '../../../../shared/schemas/import';
import { useFormat } from '../../i18n/useFormat';
import { issueText } from './importTexts';

const COUNTS = ['rows', 'accepted', 'rejected', 'created', 'updated', 'unchanged'] as const;
const COLOURS: Partial<Record<(typeof COUNTS)[number], string>> = {
  accepted: 'success.dark',
  rejected: 'error.main',
};

export interface LicenceShortage {
  licences: number;
  needed: number;
  missing: number;
}

export function licenceShortage(report: ImportReport | null): LicenceShortage | null {
  const issue = report?.fileIssues.find((i) => i.code === 'licences.exceeded');
  const details = issue?.details as Partial<LicenceShortage> | undefined;
  if (!details || typeof details.needed !== 'number' || typeof details.licences !== 'number') {
    return null;
  }
  return {
    licences: details.licences,
    needed: details.needed,
    missing: details.missing ?? details.needed - details.licences,
  };
}

/**
 * The counts the preview shows. A file refused for too few licences writes nothing (its
 * created/updated/unchanged are 0), but staff buying the missing licences need to see what it
 * would do: those counts, beside the alert that says why nothing happens yet.
 */
export function shownCounts(report: ImportReport): Record<(typeof COUNTS)[number], number> {
  const { rows, accepted, rejected, created, updated, unchanged } = report;
  return { rows, accepted, rejected, created, updated, unchanged, ...report.wouldHave };
}

interface Props {
  report: ImportReport;
  buying: boolean;
  onBuyLicences: (shortage: LicenceShortage) => void;
}

/** The file in numbers, and what stops the whole file (too few licences). */
export function ReportSummary({ report, buying, onBuyLicences }: Props) {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const shortage = licenceShortage(report);
  const counts = shownCounts(report);
  return (
    <>
      <Paper
        variant="outlined"
        component="section"
        aria-label={t('import.counts.label')}
        sx={{ display: 'flex', flexWrap: 'wrap', mb: 2 }}
      >
        {COUNTS.map((key, i) => (
          <Box
            key={key}
            sx={{
              flex: '1 1 120px',
              px: 2.5,
              py: 1.5,
              borderLeft: i === 0 ? 0 : 1,
              borderColor: 'divider',
            }}
          >
            <Typography variant="body2" color="text.secondary" id={`import-count-${key}`}>
              {t(`import.counts.${key}`)}
            </Typography>
            <Typography
              variant="h5"
              component="p"
              aria-labelledby={`import-count-${key}`}
              data-count={key}
              sx={{
                fontVariantNumeric: 'tabular-nums',
                color: counts[key] > 0 ? COLOURS[key] : undefined,
              }}
            >
              {format.number(counts[key])}
            </Typography>
          </Box>
        ))}
      </Paper>
      {report.fileIssues.map((issue) =>
        issue.code === 'licences.exceeded' && shortage ? (
          <Alert
            key={issue.code}
            severity="error"
            sx={{ mb: 2 }}
            action={
              <Button
                color="inherit"
                variant="outlined"
                size="small"
                disabled={buying}
                onClick={() => onBuyLicences(shortage)}
                sx={{ whiteSpace: 'nowrap', alignSelf: 'center' }}
              >
                {t('import.buyLicences', {
                  count: shortage.missing,
                  n: format.number(shortage.missing),
                })}
              </Button>
            }
          >
            <AlertTitle>
              {t('import.licencesExceeded', {
                needed: format.number(shortage.needed),
                licences: format.number(shortage.licences),
              })}
            </AlertTitle>
            {t('import.licencesExceededHint')}
          </Alert>
        ) : (
          <Alert key={issue.code} severity={issue.severity} sx={{ mb: 2 }}>
            {issueText(t, i18n.language, issue)}
          </Alert>
        ),
      )}
    </>
  );
}
