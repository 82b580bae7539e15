import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import LinearProgress from '@mui/material/LinearProgress';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import type { CompletenessSummary } from '../../../../shared/schemas/users';
import { SectionCard } from '../../components/SectionCard';
import { useFormat } from '../../i18n/useFormat';
import { summaryText } from './userTexts';

interface Props {
  summary: CompletenessSummary;
  onShowIncomplete: () => void;
}

/** "12 av 15 kompletta; 3 saknar anställningsnummer", as the services count it. */
export function CompletenessCard({ summary, onShowIncomplete }: Props) {
  const { t } = useTranslation();
  const format = useFormat();
  const share = summary.total === 0 ? 0 : Math.round((summary.complete / summary.total) * 100);
  const incomplete = summary.total - summary.complete;
  return (
    <SectionCard
      title={t('users.summary.title')}
      action={
        incomplete > 0 && (
          <Button size="small" variant="outlined" onClick={onShowIncomplete}>
            {t('users.summary.showIncomplete')}
          </Button>
        )
      }
    >
      <Typography aria-live="polite">{summaryText(t, summary, format.number)}</Typography>
      <Typography variant="body2" color="text.secondary" sx={{ mt: 0.5 }}>
        {t('users.summary.rule')}
      </Typography>
      {summary.total > 0 && (
        <Box sx={{ mt: 1.5 }}>
          <LinearProgress
            variant="determinate"
            value={share}
            color={incomplete === 0 ? 'success' : 'primary'}
            aria-label={t('users.summary.progressLabel')}
            sx={{ height: 8, borderRadius: 4 }}
          />
        </Box>
      )}
    </SectionCard>
  );
}
