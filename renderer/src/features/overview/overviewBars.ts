import type { OnboardingOverview } from '../../../../shared/schemas/settings';

/** The six bars in order, 1-5 then done, with 0 for a step the answer leaves out. */
export const BAR_STEPS = [1, 2, 3, 4, 5, null] as const;

export function barCounts(overview: OnboardingOverview): number[] {
  return BAR_STEPS.map(
    (step) => overview.byStep.find((entry) => entry.step === step)?.customers ?? 0,
  );
}
