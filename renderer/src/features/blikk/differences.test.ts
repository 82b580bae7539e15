import { describe, expect, it } from 'vitest';
import type { BlikkDifference, BlikkField } from '../../../../shared/schemas/blikk';
import type { TFunction } from 'i18next';
import { differenceValue, groupByUser } from './differences';

function difference(userId: string, user: string, field: BlikkField): BlikkDifference {
  return {
    id: `${userId}:${field}`,
    userId,
    user,
    blikkId: `b-${userId}`,
    field,
    prepared: 'Kundstart',
    blikk: 'Blikk',
    acceptable: true,
    kept: null,
  };
}

describe('differences grouped per user', () => {
  it("puts each user's differences together, users in Swedish order, fields in form order", () => {
    const groups = groupByUser([
      difference('u2', 'Örjan Ek', 'email'),
      difference('u1', 'Åsa Berg', 'profile'),
      difference('u3', 'Anna Al', 'approver'),
      difference('u1', 'Åsa Berg', 'name'),
      difference('u3', 'Anna Al', 'salaryForm'),
    ]);
    expect(groups.map((g) => g.user)).toEqual(['Anna Al', 'Åsa Berg', 'Örjan Ek']);
    expect(groups[0]?.differences.map((d) => d.field)).toEqual(['salaryForm', 'approver']);
    expect(groups[1]?.differences.map((d) => d.field)).toEqual(['name', 'profile']);
  });

  it('keeps two users of the same name apart', () => {
    const groups = groupByUser([
      difference('u1', 'Anna Al', 'email'),
      difference('u2', 'Anna Al', 'email'),
    ]);
    expect(groups).toHaveLength(2);
  });

  it('has no groups when there are no differences', () => {
    expect(groupByUser([])).toEqual([]);
  });
});

describe('a value of a difference, as staff read it', () => {
  /** Echoes the key, so the test reads which wording was chosen. */
  const t = ((key: string) => `«${key}»`) as unknown as TFunction;

  it('says a salary form or role in words, and shows a value Kundstart cannot map raw', () => {
    expect(differenceValue(t, 'salaryForm', 'monthly')).toBe('«users.salaryForms.monthly»');
    expect(differenceValue(t, 'role', 'admin')).toBe('«common.roles.admin»');
    expect(differenceValue(t, 'role', 'Projektledare')).toBe('Projektledare');
    expect(differenceValue(t, 'salaryForm', '7')).toBe('7');
  });

  it('shows other fields as they are, and nothing as empty', () => {
    expect(differenceValue(t, 'name', 'monthly')).toBe('monthly');
    expect(differenceValue(t, 'email', null)).toBe('«blikk.result.empty»');
  });
});
