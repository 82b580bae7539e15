import { describe, expect, it } from 'vitest';
import { filterUsers, filtersFromParams, filtersToParams, NO_FILTERS } from './filterUsers';
import { userRow } from './testRows';

const rows = [
  userRow({ id: 'u1', firstName: 'Anna', lastName: 'Ek', employeeNumber: '112', role: 'approver' }),
  userRow({ id: 'u2', firstName: 'Åsa', lastName: 'Öberg', email: '', missing: ['email.missing'] }),
  userRow({
    id: 'u3',
    firstName: 'Bo',
    lastName: 'Ask',
    invitation: { ...userRow({ id: 'x' }).invitation, emailState: 'sent', invited: true },
  }),
];
const ids = (list: { id: string }[]) => list.map((r) => r.id);

describe('the users filters', () => {
  it('search every word in name, e-mail and employee number, in any case', () => {
    expect(ids(filterUsers(rows, { ...NO_FILTERS, query: 'anna ek' }))).toEqual(['u1']);
    expect(ids(filterUsers(rows, { ...NO_FILTERS, query: 'ÅSA' }))).toEqual(['u2']);
    expect(ids(filterUsers(rows, { ...NO_FILTERS, query: '12' }))).toEqual(['u1']);
    expect(ids(filterUsers(rows, { ...NO_FILTERS, query: 'u3@akesson' }))).toEqual(['u3']);
  });

  it('narrow to a role, the incomplete, those without e-mail and those not invited', () => {
    expect(ids(filterUsers(rows, { ...NO_FILTERS, role: 'approver' }))).toEqual(['u1']);
    expect(ids(filterUsers(rows, { ...NO_FILTERS, incomplete: true }))).toEqual(['u2']);
    expect(ids(filterUsers(rows, { ...NO_FILTERS, noEmail: true }))).toEqual(['u2']);
    expect(ids(filterUsers(rows, { ...NO_FILTERS, notInvited: true }))).toEqual(['u1', 'u2']);
  });

  it('live in the address, so that the checklist can link to the incomplete users', () => {
    const params = new URLSearchParams('incomplete=1&role=admin&noEmail=0');
    const filters = filtersFromParams(params);
    expect(filters).toEqual({
      role: 'admin',
      incomplete: true,
      noEmail: false,
      notInvited: false,
      invitation: null,
    });
    expect(filtersToParams(filters)).toEqual({ role: 'admin', incomplete: '1' });
    expect(filtersFromParams(new URLSearchParams('role=boss')).role).toBeNull();
  });

  it('narrow to one invitation state, kept in the address as ?invitation=failed', () => {
    const failed = userRow({
      id: 'u4',
      invitation: { ...userRow({ id: 'x' }).invitation, emailState: 'failed', emailError: '550' },
    });
    const all = [...rows, failed];
    expect(ids(filterUsers(all, { ...NO_FILTERS, invitation: 'failed' }))).toEqual(['u4']);
    expect(ids(filterUsers(all, { ...NO_FILTERS, invitation: 'sent' }))).toEqual(['u3']);
    expect(ids(filterUsers(all, { ...NO_FILTERS, invitation: 'notInvited' }))).toEqual([
      'u1',
      'u2',
    ]);
    const params = new URLSearchParams('invitation=failed');
    expect(filtersFromParams(params).invitation).toBe('failed');
    expect(filtersToParams({ ...filtersFromParams(params) })).toEqual({ invitation: 'failed' });
    expect(filtersFromParams(new URLSearchParams('invitation=lost')).invitation).toBeNull();
  });
});
