/**
 * The onboarding checklist of a customer: five steps done in order. The bureau works through them
 * from top to bottom; the list and the CLI show the first one not yet done and why.
 *
 *   1 collaboration created
 *   2 time settings and profiles reviewed
 *   3 users added and complete
 *   4 primary contact informed
 *   5 users invited
 */
import type { Onboarding } from '../schemas/customer';

export const ONBOARDING_STEPS = [1, 2, 3, 4, 5] as const;
export type OnboardingStep = (typeof ONBOARDING_STEPS)[number];

/** What is known about a customer; each step's fact says whether it is done. */
export interface OnboardingFacts {
  collaborationCreated: boolean;
  /** The time-settings sections and 'profiles' not yet reviewed, in the recommended order. */
  unreviewed: readonly string[];
  userCount: number;
  usersComplete: boolean;
  contactInformed: boolean;
  usersInvited: boolean;
  /** Step 4 cannot be done without a primary contact: tells which blocker to show. */
  hasContact: boolean;
}

/** Blocker codes (the UI translates them), one set per step. */
function blockersOf(step: OnboardingStep, facts: OnboardingFacts): string[] {
  switch (step) {
    case 1:
      return ['collaboration.notCreated'];
    case 2:
      return facts.unreviewed.map((part) =>
        part === 'profiles' ? 'profiles.notReviewed' : `settings.${part}.notReviewed`,
      );
    case 3:
      return [facts.userCount === 0 ? 'users.none' : 'users.incomplete'];
    case 4:
      return [facts.hasContact ? 'contact.notInformed' : 'contact.missing'];
    case 5:
      return ['users.notInvited'];
  }
}

function isDone(step: OnboardingStep, facts: OnboardingFacts): boolean {
  const done: Record<OnboardingStep, boolean> = {
    1: facts.collaborationCreated,
    2: facts.unreviewed.length === 0,
    3: facts.userCount > 0 && facts.usersComplete,
    4: facts.contactInformed,
    5: facts.usersInvited,
  };
  return done[step];
}

/**
 * `next` is the first step not done (null when all five are), `blockers` why it is not done.
 * Later steps done out of order (e.g. users invited before the settings review) do not skip an
 * earlier step: the earliest gap is what the bureau must see.
 */
export function deriveOnboarding(facts: OnboardingFacts): Onboarding {
  const next = ONBOARDING_STEPS.find((step) => !isDone(step, facts));
  return next === undefined
    ? { next: null, blockers: [] }
    : { next, blockers: blockersOf(next, facts) };
}
