import Chip from '@mui/material/Chip';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { Onboarding } from '../../../shared/schemas/customer';

/** "2 · Tidsinställningar", or "Klar" when all five steps are done. */
export function OnboardingChip({ onboarding }: { onboarding: Onboarding }) {
  const { t } = useTranslation();
  const { next } = onboarding;
  if (next === null) {
    return <Chip size="small" color="success" variant="outlined" label={t('onboarding.done')} />;
  }
  return (
    <Chip
      size="small"
      color={next <= 2 ? 'default' : 'primary'}
      variant="outlined"
      label={onboardingLabel(t, next)}
      title={t(`onboarding.steps.${next}`)}
    />
  );
}

export function onboardingLabel(t: TFunction, next: number | null): string {
  if (next === null) return t('onboarding.done');
  return t('onboarding.chip', { step: next, label: t(`onboarding.short.${next}`) });
}
