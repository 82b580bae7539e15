import { describe, expect, it } from 'vitest';
import {
  cellError,
  checkUser,
  fieldsOf,
  indexUsers,
  approverChoices,
  checkSave,
  summarizeUsers,
} from './userRules';
import { userRow } from './testRows';

const anna = userRow({ id: 'u1', firstName: 'Anna', lastName: 'Ek', role: 'approver' });
const bo = userRow({ id: 'u2', firstName: 'Bo', lastName: 'Ask', email: 'bo@akesson.example' });
const cilla = userRow({ id: 'u3', firstName: 'Cilla', lastName: 'Öst', role: 'admin' });
const index = indexUsers([anna, bo, cilla]);
const codes = (issues: { code: string; severity: string }[]) =>
  issues.filter((i) => i.severity === 'error').map((i) => i.code);

describe('checking a user against the loaded list', () => {
  it("refuses an e-mail another user has, in any case, but not the user's own", () => {
    const fields = { ...fieldsOf(bo), email: 'U1@Akesson.example' };
    expect(codes(checkUser(index, bo.id, fields, false))).toContain('email.duplicate');
    expect(codes(checkUser(index, anna.id, fieldsOf(anna), false))).not.toContain(
      'email.duplicate',
    );
  });

  it("refuses another user's employee number, also for a user not yet stored", () => {
    const fields = { ...fieldsOf(bo), email: 'ny@akesson.example', employeeNumber: ' u1 ' };
    expect(codes(checkUser(index, 'new-id', fields, false))).toEqual(['employeeNumber.duplicate']);
  });

  it('lets an approver approve themself, never a reporter', () => {
    const self = { ...fieldsOf(anna), approverId: anna.id };
    expect(codes(checkUser(index, anna.id, self, false))).toEqual([]);
    expect(codes(checkUser(index, anna.id, { ...self, role: 'reporter' }, false))).toEqual([
      'approver.notApprover',
    ]);
    const newSelf = { ...fieldsOf(anna), email: 'ny@x.example', employeeNumber: '9' };
    expect(codes(checkUser(index, 'new-id', { ...newSelf, approverId: 'new-id' }, false))).toEqual(
      [],
    );
  });

  it('refuses a reporter as approver, and an approver who is not in the list', () => {
    expect(
      codes(checkUser(index, cilla.id, { ...fieldsOf(cilla), approverId: bo.id }, false)),
    ).toEqual(['approver.notApprover']);
    expect(codes(checkUser(index, bo.id, { ...fieldsOf(bo), approverId: 'gone' }, false))).toEqual([
      'approver.unknown',
    ]);
  });

  it('leaves a personnummer duplicate to the services (the list holds masked numbers)', () => {
    const fields = { ...fieldsOf(bo), personnummer: '18900101-9802' };
    expect(codes(checkUser(index, bo.id, fields, false))).toEqual([]);
  });
});

describe('the error of an edited cell', () => {
  it("is the cell's own error first", () => {
    const issue = cellError(index, bo, 'email', { ...fieldsOf(bo), email: 'inte en adress' });
    expect(issue?.code).toBe('email.invalid');
  });

  it('is an error the edit caused elsewhere, when the cell itself is fine', () => {
    const selfApproving = { ...anna, approverId: anna.id };
    const issue = cellError(index, selfApproving, 'role', {
      ...fieldsOf(selfApproving),
      role: 'reporter',
    });
    expect(issue).toEqual({ field: 'approverId', code: 'approver.notApprover', severity: 'error' });
  });

  it('is none for a warning: a missing employee number is saved, and marks the user', () => {
    expect(cellError(index, bo, 'employeeNumber', { ...fieldsOf(bo), employeeNumber: '' })).toBe(
      null,
    );
  });
});

describe('the approvers a user may get', () => {
  it('are the approving users in Swedish order, and the user themself only when allowed', () => {
    const names = (rows: { firstName: string }[]) => rows.map((r) => r.firstName);
    expect(names(approverChoices(index, bo.id, 'reporter'))).toEqual(['Anna', 'Cilla']);
    expect(names(approverChoices(index, bo.id, 'approver'))).toEqual(['Bo', 'Anna', 'Cilla']);
    expect(names(approverChoices(index, anna.id, 'reporter'))).toEqual(['Cilla']);
  });
});

describe('taking the approving role from an approver', () => {
  const dan = userRow({ id: 'u4', firstName: 'Dan', lastName: 'Berg', approverId: 'u1' });
  const withDan = indexUsers([anna, bo, cilla, dan]);
  const asReporter = { ...fieldsOf(anna), role: 'reporter' as const };

  it('is refused while others have them as approver, as the services refuse it', () => {
    expect(codes(checkSave(withDan, anna, anna.id, asReporter))).toEqual(['approver.hasApprovees']);
  });

  it('is allowed when those others change in the same go, or when nobody depends on them', () => {
    expect(codes(checkSave(withDan, anna, anna.id, asReporter, new Set(['u4'])))).toEqual([]);
    expect(codes(checkSave(index, anna, anna.id, asReporter))).toEqual([]);
  });
});

describe('the completeness summary, counted from the loaded list', () => {
  it('counts complete users and, per warning, the users who lack it', () => {
    const rows = [
      anna,
      userRow({ id: 'u4', missing: ['employeeNumber.missing', 'salaryForm.missing'] }),
      userRow({ id: 'u5', missing: ['employeeNumber.missing'] }),
    ];
    expect(summarizeUsers(rows)).toEqual({
      total: 3,
      complete: 1,
      missing: { 'employeeNumber.missing': 2, 'salaryForm.missing': 1 },
    });
  });

  it('says nothing is missing for a customer without users', () => {
    expect(summarizeUsers([])).toEqual({ total: 0, complete: 0, missing: {} });
  });
});
