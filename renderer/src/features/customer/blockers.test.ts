import { describe, expect, it } from 'vitest';
import { blockerLink } from './blockers';

describe('a blocker of the onboarding checklist', () => {
  it('links to the settings section that is not reviewed', () => {
    expect(blockerLink('c1', 'settings.workTime.notReviewed')).toBe(
      '/customers/c1/settings/workTime',
    );
    expect(blockerLink('c1', 'settings.payrollExport.notReviewed')).toBe(
      '/customers/c1/settings/payrollExport',
    );
    expect(blockerLink('c1', 'profiles.notReviewed')).toBe('/customers/c1/settings/profiles');
  });

  it('sends a missing primary contact to the edit form', () => {
    expect(blockerLink('c1', 'contact.missing')).toBe('/customers/c1/edit');
  });

  it('sends missing or incomplete users to the users page', () => {
    expect(blockerLink('c1', 'users.none')).toBe('/customers/c1/users');
    expect(blockerLink('c1', 'users.incomplete')).toBe('/customers/c1/users?incomplete=1');
  });

  it('sends users not invited to the users page, filtered to them, and step 4 to its card', () => {
    expect(blockerLink('c1', 'users.notInvited')).toBe('/customers/c1/users?notInvited=1');
    expect(blockerLink('c1', 'contact.notInformed')).toBe('/customers/c1#contact-messaging');
  });

  it('has no link for an unknown blocker, nor for an unknown section', () => {
    expect(blockerLink('c1', 'blikk.unknown')).toBeNull();
    expect(blockerLink('c1', 'settings.nonsense.notReviewed')).toBeNull();
  });
});
