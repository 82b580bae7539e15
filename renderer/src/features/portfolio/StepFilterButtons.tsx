import Box from '@mui/material/Box';
import ToggleButton from '@mui/material/ToggleButton';
import ToggleButtonGroup from '@mui/material/ToggleButtonGroup';
import Tooltip from '@mui/material/Tooltip';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/useFormat';
import { STEP_FILTERS, type StepFilter } from './stepFilter';

interface Props {
  value: StepFilter;
  counts: Record<string, number>;
  onChange: (filter: StepFilter) => void;
}

/** "Alla steg | 1 | 2 | 3 | 4 | 5 | Klara", each with how many customers stand there. */
export function StepFilterButtons({ value, counts, onChange }: Props) {
  const { t } = useTranslation();
  const format = useFormat();
  const options: { key: string; filter: StepFilter; short: string; long: string }[] = [
    { key: 'all', filter: null, short: t('portfolio.steps.all'), long: t('portfolio.steps.all') },
    ...STEP_FILTERS.map((filter) => ({
      key: String(filter),
      filter,
      short: filter === 'done' ? t('onboarding.done') : String(filter),
      long:
        filter === 'done'
          ? t('portfolio.steps.doneLong')
          : t('portfolio.steps.step', { step: filter, name: t(`onboarding.steps.${filter}`) }),
    })),
  ];
  return (
    <ToggleButtonGroup
      exclusive
      size="small"
      value={value === null ? 'all' : String(value)}
      onChange={(_, key: string | null) => {
        // Clicking the chosen button again keeps it: one button is always on.
        const chosen = options.find((o) => o.key === key);
        if (chosen) onChange(chosen.filter);
      }}
      aria-label={t('portfolio.steps.label')}
      sx={{ bgcolor: 'background.paper' }}
    >
      {options.map((option) => {
        const count = format.number(counts[option.key] ?? 0);
        return (
          <Tooltip key={option.key} title={`${option.long} (${count})`}>
            <ToggleButton
              value={option.key}
              aria-label={t('portfolio.steps.buttonLabel', { name: option.long, count })}
              sx={{ px: 1.25, gap: 0.75, whiteSpace: 'nowrap' }}
            >
              <span>{option.short}</span>
              <Box
                component="span"
                sx={{
                  bgcolor: 'action.selected',
                  borderRadius: 8,
                  px: 0.75,
                  minWidth: 22,
                  fontWeight: 400,
                  fontSize: '0.75rem',
                  lineHeight: '18px',
                }}
              >
                {count}
              </Box>
            </ToggleButton>
          </Tooltip>
        );
      })}
    </ToggleButtonGroup>
  );
}
