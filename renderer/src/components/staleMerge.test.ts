import { describe, expect, it } from 'vitest';
import { mergeMine } from './staleMerge';

// Anna opened the user at `read`; a colleague saved `theirs`; Anna's form holds `mine`.
const read = {
  firstName: 'Anna',
  email: 'anna@akesson.example',
  mobile: '070-111 22 33',
  role: 'reporter',
  address: { street: 'Storgatan 1', city: 'Umeå' },
  reducedDays: [{ date: '2026-04-30', hours: 4 }],
};

describe('"Använd mina ändringar" writes only the fields the user changed', () => {
  it("keeps the colleague's change to another field", () => {
    const theirs = { ...read, email: 'anna.ek@akesson.example' };
    const mine = { ...read, mobile: '070-999 99 99' };
    expect(mergeMine(read, mine, theirs)).toEqual({
      ...read,
      email: 'anna.ek@akesson.example',
      mobile: '070-999 99 99',
    });
  });

  it("puts the user's value over the colleague's where both changed the same field", () => {
    const theirs = { ...read, role: 'approver' };
    const mine = { ...read, role: 'admin' };
    expect(mergeMine(read, mine, theirs).role).toBe('admin');
  });

  it('merges a nested address field by field', () => {
    const theirs = { ...read, address: { street: 'Storgatan 1', city: 'Luleå' } };
    const mine = { ...read, address: { street: 'Kungsgatan 2', city: 'Umeå' } };
    expect(mergeMine(read, mine, theirs).address).toEqual({
      street: 'Kungsgatan 2',
      city: 'Luleå',
    });
  });

  it("takes a list whole: the user's when they changed it, else the colleague's", () => {
    const theirs = { ...read, reducedDays: [] };
    expect(mergeMine(read, { ...read }, theirs).reducedDays).toEqual([]);
    const mine = { ...read, reducedDays: [...read.reducedDays, { date: '2026-12-24', hours: 0 }] };
    expect(mergeMine(read, mine, theirs).reducedDays).toEqual(mine.reducedDays);
  });

  it("is the colleague's version when the user changed nothing", () => {
    const theirs = { ...read, firstName: 'Annie', mobile: '' };
    expect(mergeMine(read, { ...read }, theirs)).toEqual(theirs);
  });
});
