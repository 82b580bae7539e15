import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  deriveOnboarding,
  ONBOARDING_STEPS,
  type OnboardingFacts,
} from '../../../shared/domain/onboarding';

const ALL_PARTS = ['workTime', 'timeCodes', 'overtime', 'approval', 'payrollExport', 'profiles'];

const nothingDone: OnboardingFacts = {
  collaborationCreated: false,
  unreviewed: ALL_PARTS,
  userCount: 0,
  usersComplete: false,
  contactInformed: false,
  usersInvited: false,
  hasContact: true,
};
const allDone: OnboardingFacts = {
  collaborationCreated: true,
  unreviewed: [],
  userCount: 3,
  usersComplete: true,
  contactInformed: true,
  usersInvited: true,
  hasContact: true,
};
/** Facts with the steps before `step` done and the rest not. */
const doneUntil = (step: number, over: Partial<OnboardingFacts> = {}): OnboardingFacts => ({
  collaborationCreated: step > 1,
  unreviewed: step > 2 ? [] : ['overtime'],
  userCount: 3,
  usersComplete: step > 3,
  contactInformed: step > 4,
  usersInvited: step > 5,
  hasContact: true,
  ...over,
});

describe('a bureau follows the onboarding checklist of a customer', () => {
  it('has five steps', () => {
    expect(ONBOARDING_STEPS).toEqual([1, 2, 3, 4, 5]);
  });

  it('starts at step 1 when nothing is done', () => {
    expect(deriveOnboarding(nothingDone)).toEqual({
      next: 1,
      blockers: ['collaboration.notCreated'],
    });
  });

  it.each([
    [2, 'settings.overtime.notReviewed'],
    [3, 'users.incomplete'],
    [4, 'contact.notInformed'],
    [5, 'users.notInvited'],
  ])('points at step %i and says why: %s', (step, blocker) => {
    expect(deriveOnboarding(doneUntil(step))).toEqual({ next: step, blockers: [blocker] });
  });

  it('asks for a primary contact before one can be informed', () => {
    expect(deriveOnboarding(doneUntil(4, { hasContact: false }))).toEqual({
      next: 4,
      blockers: ['contact.missing'],
    });
  });

  it('is finished when all five steps are done', () => {
    expect(deriveOnboarding(allDone)).toEqual({ next: null, blockers: [] });
    expect(deriveOnboarding({ ...allDone, hasContact: false })).toEqual({
      next: null,
      blockers: [],
    });
  });

  it('shows the earliest gap even when later steps were done out of order', () => {
    const facts = { ...allDone, unreviewed: ['approval'] };
    expect(deriveOnboarding(facts)).toEqual({
      next: 2,
      blockers: ['settings.approval.notReviewed'],
    });
  });

  it('names every part of step 2 still to review, sections first, then the profiles', () => {
    expect(deriveOnboarding({ ...doneUntil(2), unreviewed: ALL_PARTS }).blockers).toEqual([
      'settings.workTime.notReviewed',
      'settings.timeCodes.notReviewed',
      'settings.overtime.notReviewed',
      'settings.approval.notReviewed',
      'settings.payrollExport.notReviewed',
      'profiles.notReviewed',
    ]);
  });

  it('asks for users before they can be complete', () => {
    expect(deriveOnboarding(doneUntil(3, { userCount: 0, usersComplete: true }))).toEqual({
      next: 3,
      blockers: ['users.none'],
    });
  });

  it('always names the first step whose fact is false, with exactly one blocker', () => {
    const facts = fc.record({
      collaborationCreated: fc.boolean(),
      unreviewed: fc.subarray(['overtime']),
      userCount: fc.constant(1),
      usersComplete: fc.boolean(),
      contactInformed: fc.boolean(),
      usersInvited: fc.boolean(),
      hasContact: fc.boolean(),
    });
    fc.assert(
      fc.property(facts, (f) => {
        const done = [
          f.collaborationCreated,
          f.unreviewed.length === 0,
          f.usersComplete,
          f.contactInformed,
          f.usersInvited,
        ];
        const first = done.indexOf(false);
        const r = deriveOnboarding(f);
        expect(r.next).toBe(first === -1 ? null : first + 1);
        expect(r.blockers).toHaveLength(first === -1 ? 0 : 1);
      }),
    );
  });
});
