import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import type { AuditEntry } from '../../../../shared/schemas/app';
import { sv } from '../../i18n/sv';
import { usersSv } from '../../i18n/users.sv';
import { formatsFor } from '../../i18n/useFormat';
import { auditAction } from './auditAction';
import { auditNames, changeLines } from './auditValues';

const i18n = i18next.createInstance();
beforeAll(async () => {
  await i18n.init({
    lng: 'sv',
    resources: { sv: { translation: { ...sv, users: usersSv } } },
    interpolation: { escapeValue: false },
  });
});
const format = formatsFor('sv');

let nextId = 1;
const entry = (over: Partial<AuditEntry>): AuditEntry => ({
  id: nextId++,
  at: '2026-11-28T12:00:00.000Z',
  actor: 'Anna Ek',
  entity: 'user',
  entityId: 'u-bo',
  customerId: 'c1',
  action: 'update',
  subject: 'Bo Ask',
  before: null,
  after: null,
  ...over,
});

const users = [{ id: 'u-anna', firstName: 'Anna', lastName: 'Ek' }];
const profiles = [{ id: 'p-1', name: 'Timanställda' }];

describe('a change in the history, in Swedish words', () => {
  it("names a user's fields and values in words, and the approver and profile by name", () => {
    const change = entry({
      before: { employeeNumber: '', salaryForm: 'monthly', approverId: null, role: 'reporter' },
      after: {
        employeeNumber: '1008',
        salaryForm: 'hourly',
        approverId: 'u-anna',
        role: 'approver',
        profileId: 'p-1',
      },
    });
    const names = auditNames([change], users, profiles);
    expect(changeLines(i18n.t, format, names, change)).toEqual([
      'Anställningsnr: – → 1008',
      'Löneform: Månadslön → Timlön',
      'Attestansvarig: – → Anna Ek',
      'Behörighet: Rapportör → Attestansvarig',
      'Rapporteringsprofil: – → Timanställda',
    ]);
  });

  it('names a deleted approver from the history itself, never by id', () => {
    const gone = entry({ entityId: 'u-cilla', action: 'delete', subject: 'Cilla Öst' });
    const change = entry({ before: { approverId: 'u-cilla' }, after: { approverId: 'u-gone' } });
    const names = auditNames([gone, change], [], []);
    const [line] = changeLines(i18n.t, format, names, change);
    expect(line).toBe('Attestansvarig: Cilla Öst → en borttagen användare');
  });

  it('says which user an entry is about, whatever the action', () => {
    const text = (over: Partial<AuditEntry>) => auditAction(i18n.t, format, entry(over)).text;
    expect(text({ action: 'create' })).toBe('Lade till användaren Bo Ask');
    expect(text({ action: 'create', after: { source: 'import' } })).toBe(
      'Lade till användaren Bo Ask (import från fil)',
    );
    expect(text({ action: 'update' })).toBe('Ändrade användaren Bo Ask');
    expect(text({ action: 'delete' })).toBe('Tog bort användaren Bo Ask');
    expect(text({ entity: 'user.personnummer', action: 'reveal' })).toBe(
      'Visade personnumret för Bo Ask',
    );
  });

  it('says what a licence change and an export were, dates in Swedish', () => {
    const licences = auditAction(
      i18n.t,
      format,
      entry({
        entity: 'licences',
        subject: '',
        before: { licences: 5 },
        after: { licences: 8, from: '2026-10-01' },
      }),
    );
    expect(licences).toEqual({
      text: 'Ändrade antalet licenser från 5 till 8, från och med 1 okt. 2026',
      details: false,
    });
    const exported = auditAction(
      i18n.t,
      format,
      entry({
        entity: 'users.export',
        action: 'reveal',
        subject: '',
        after: { format: 'csv', users: 12 },
      }),
    );
    expect(exported.text).toBe('Exporterade 12 användare till CSV, med hela personnummer');
  });

  it('keeps "Skapade samarbetet" for the collaboration only', () => {
    const created = auditAction(
      i18n.t,
      format,
      entry({ entity: 'customer', action: 'create', subject: '' }),
    );
    expect(created.text).toBe('Skapade samarbetet');
    const changed = auditAction(
      i18n.t,
      format,
      entry({ entity: 'customer', action: 'update', subject: '' }),
    );
    expect(changed).toEqual({ text: 'Ändrade samarbetet', details: true });
  });
});
