import type { TFunction } from 'i18next';
import type { ReportingProfile } from '../../../../shared/settings/profiles';
import type { UserFields, UserRow } from '../../../../shared/schemas/users';
import type { StaleField } from '../../components/staleChanges';
import { fullName, type UserIndex } from './userRules';

/**
 * What the form would save, as a stored user reads: the base it was opened on with the form's
 * fields over it, so that the stale dialog shows "yours" beside the colleague's version.
 */
export function asStored(
  base: UserRow,
  fields: UserFields,
  index: UserIndex,
  profiles: readonly ReportingProfile[],
): UserRow {
  const approver = fields.approverId ? index.byId.get(fields.approverId) : undefined;
  const self = fields.approverId === base.id;
  return {
    ...base,
    ...fields,
    email: fields.email ?? '',
    mobile: fields.mobile ?? '',
    employeeNumber: fields.employeeNumber ?? '',
    // Absent keeps the stored number; a new one is shown as typed, it is the reader's own.
    personnummerMasked:
      fields.personnummer === undefined ? base.personnummerMasked : fields.personnummer || null,
    approverName: self ? fullName({ ...base, ...fields }) : approver ? fullName(approver) : null,
    profileName: profiles.find((p) => p.id === fields.profileId)?.name ?? null,
  };
}

/** The user form's fields, as the stale dialog lists them. */
export function userStaleFields(t: TFunction): StaleField<UserRow>[] {
  const text = (field: keyof UserRow & string) => ({
    field,
    label: t(`users.dialog.${field}`),
    show: (u: UserRow) => String(u[field] ?? ''),
  });
  return [
    text('firstName'),
    text('lastName'),
    text('email'),
    {
      field: 'personnummer',
      label: t('users.dialog.personnummer'),
      show: (u) => u.personnummerMasked ?? '',
    },
    text('mobile'),
    text('employeeNumber'),
    {
      field: 'salaryForm',
      label: t('users.dialog.salaryForm'),
      show: (u) => (u.salaryForm ? t(`users.salaryForms.${u.salaryForm}`) : ''),
    },
    { field: 'role', label: t('users.dialog.role'), show: (u) => t(`common.roles.${u.role}`) },
    {
      field: 'approverId',
      label: t('users.dialog.approver'),
      show: (u) => u.approverName ?? '',
    },
    { field: 'profileId', label: t('users.dialog.profile'), show: (u) => u.profileName ?? '' },
  ];
}
