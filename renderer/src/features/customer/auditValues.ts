import type { TFunction } from 'i18next';
import type { AuditEntry } from '../../../../shared/schemas/app';
import { isIsoDay } from '../../../../shared/domain/months';
import type { Formats } from '../../i18n/useFormat';
import { changesOf, type FieldChange } from './auditChanges';

/** Ids the history may hold, with the names to show instead. */
export interface AuditNames {
  users: ReadonlyMap<string, string>;
  profiles: ReadonlyMap<string, string>;
}

/**
 * The customer's users and profiles by id, and every user the history names (a deleted
 * approver's name stands in its own entries), so that no change shows an id.
 */
export function auditNames(
  entries: readonly AuditEntry[],
  users: readonly { id: string; firstName: string; lastName: string }[],
  profiles: readonly { id: string; name: string }[],
): AuditNames {
  const byUser = new Map<string, string>();
  for (const entry of entries) {
    if (entry.entity === 'user' && entry.subject) byUser.set(entry.entityId, entry.subject);
  }
  for (const user of users) byUser.set(user.id, `${user.firstName} ${user.lastName}`.trim());
  return { users: byUser, profiles: new Map(profiles.map((p) => [p.id, p.name])) };
}

/** Enum values of the collaboration, the settings and the users, in words. */
const ENUMS: Record<string, string> = {
  payer: 'common.payers',
  method: 'common.methodNames',
  version: 'common.versions',
  scheme: 'common.schemes',
  period: 'timeSettings.approval.periods',
  levels: 'timeSettings.approval.levelOptions',
  system: 'timeSettings.payrollExport.systems',
  format: 'timeSettings.payrollExport.formats',
  kind: 'timeSettings.timeCodes.kinds',
  salaryForm: 'users.salaryForms',
  role: 'common.roles',
};

/** A user's fields as the users page names its columns. */
const USER_FIELDS: Record<string, string> = {
  firstName: 'users.columns.firstName',
  lastName: 'users.columns.lastName',
  email: 'users.columns.email',
  personnummer: 'users.columns.personnummer',
  mobile: 'users.columns.mobile',
  employeeNumber: 'users.columns.employeeNumber',
  salaryForm: 'users.columns.salaryForm',
  role: 'users.columns.role',
  approverId: 'users.columns.approver',
  profileId: 'users.columns.profile',
};

export function fieldLabel(t: TFunction, entity: string, field: string): string {
  const userField = entity === 'user' ? USER_FIELDS[field] : undefined;
  if (userField) return t(userField);
  const last = field.split('.').pop() ?? field;
  return t([`fields.${field}`, `fields.${last}`], { defaultValue: field });
}

/** An id the history holds, as a name: a user (approver) or a reporting profile. */
function idText(t: TFunction, names: AuditNames, last: string, value: string): string | null {
  if (last === 'approverId') return names.users.get(value) ?? t('audit.unknownUser');
  if (last === 'profileId') return names.profiles.get(value) ?? t('audit.unknownProfile');
  return null;
}

export function valueText(
  t: TFunction,
  format: Formats,
  names: AuditNames,
  field: string,
  value: unknown,
): string {
  if (value === null || value === undefined || value === '') return t('customer.empty');
  if (typeof value === 'boolean') return t(value ? 'app.yes' : 'app.no');
  if (typeof value === 'number') return format.number(value);
  if (Array.isArray(value))
    return value.map((v) => valueText(t, format, names, field, v)).join(', ');
  // A row of a list (a reduced day, a custom code): its values side by side.
  if (typeof value === 'object')
    return Object.values(value)
      .map((v) => valueText(t, format, names, field, v))
      .join(' ');
  if (typeof value !== 'string') return JSON.stringify(value);
  const last = field.split('.').pop() ?? field;
  const named = idText(t, names, last, value);
  if (named !== null) return named;
  const enumKey = ENUMS[last];
  if (enumKey) return t(`${enumKey}.${value}`, { defaultValue: value });
  return isIsoDay(value) ? format.date(value) : value;
}

/** "Anställningsnr: – → 1008": one line per changed field. */
export function changeLine(
  t: TFunction,
  format: Formats,
  names: AuditNames,
  entity: string,
  change: FieldChange,
): { label: string; before: string; after: string } {
  return {
    label: fieldLabel(t, entity, change.field),
    before: valueText(t, format, names, change.field, change.before),
    after: valueText(t, format, names, change.field, change.after),
  };
}

export function changeLines(
  t: TFunction,
  format: Formats,
  names: AuditNames,
  entry: AuditEntry,
): string[] {
  return changesOf(entry).map((change) => {
    const line = changeLine(t, format, names, entry.entity, change);
    return `${line.label}: ${line.before} → ${line.after}`;
  });
}
