import Box from '@mui/material/Box';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemIcon from '@mui/material/ListItemIcon';
import ListItemText from '@mui/material/ListItemText';
import Typography from '@mui/material/Typography';
import CheckCircle from '@mui/icons-material/CheckCircle';
import RadioButtonUnchecked from '@mui/icons-material/RadioButtonUnchecked';
import PlayCircleFilled from '@mui/icons-material/PlayCircleFilled';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { Onboarding } from '../../../../shared/schemas/customer';

const STEPS = [1, 2, 3, 4, 5] as const;

function blockerText(t: TFunction, code: string): string {
  return t([`onboarding.blockers.${code}`, 'onboarding.blockers.unknown']);
}

function stateOf(step: number, next: number | null): 'done' | 'current' | 'later' {
  if (next === null || step < next) return 'done';
  return step === next ? 'current' : 'later';
}

const ICONS = {
  done: <CheckCircle color="success" />,
  current: <PlayCircleFilled color="primary" />,
  later: <RadioButtonUnchecked color="disabled" />,
};

/** The five steps of the onboarding article, the next one highlighted with what blocks it. */
export function OnboardingChecklist({ onboarding }: { onboarding: Onboarding }) {
  const { t } = useTranslation();
  return (
    <Box>
      <List aria-label={t('customer.onboardingLabel')} disablePadding>
        {STEPS.map((step) => {
          const state = stateOf(step, onboarding.next);
          return (
            <ListItem
              key={step}
              aria-current={state === 'current' ? 'step' : undefined}
              sx={{
                alignItems: 'flex-start',
                borderRadius: 1,
                mb: 0.5,
                bgcolor: state === 'current' ? 'rgba(29, 95, 163, 0.08)' : undefined,
                border: 1,
                borderColor: state === 'current' ? 'primary.main' : 'transparent',
              }}
            >
              <ListItemIcon sx={{ minWidth: 36, mt: 0.25 }} aria-hidden>
                {ICONS[state]}
              </ListItemIcon>
              <ListItemText
                primary={`${step}. ${t(`onboarding.steps.${step}`)}`}
                secondary={
                  state === 'current'
                    ? onboarding.blockers.map((code) => blockerText(t, code)).join(' ') ||
                      t('customer.stepCurrent')
                    : t(state === 'done' ? 'customer.stepDone' : 'customer.stepLater')
                }
                slotProps={{
                  primary: { sx: { fontWeight: state === 'current' ? 700 : 400 } },
                  secondary: { sx: { color: state === 'current' ? 'text.primary' : undefined } },
                }}
              />
            </ListItem>
          );
        })}
      </List>
      {onboarding.next === null && (
        <Typography color="success.main" sx={{ mt: 1 }}>
          {t('customer.allDone')}
        </Typography>
      )}
    </Box>
  );
}
