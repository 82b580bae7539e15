import { zodResolver } from '@hookform/resolvers/zod';
import type { Resolver } from 'react-hook-form';
import { z } from 'zod';
import {
  userFieldsSchema,
  type Role,
  type SalaryForm,
  type UserFields,
  type UserRow,
} from '../../../../shared/schemas/users';
import { normalizePersonnummer } from '../../components/form/normalize';
import { checkSave, errorsOf, type UserIndex } from './userRules';

/**
 * keep: the stored number stays (left out of the save); change: a new one is typed; remove:
 * saved as '' (the contract's "remove"). A user without a stored number is always "change".
 */
export type PersonnummerMode = 'keep' | 'change' | 'remove';

export interface UserFormValues {
  firstName: string;
  lastName: string;
  email: string;
  personnummer: string;
  personnummerMode: PersonnummerMode;
  mobile: string;
  employeeNumber: string;
  salaryForm: SalaryForm | '';
  role: Role;
  /** '' for none. */
  approverId: string;
  /** '' for none. */
  profileId: string;
}

export interface UserFormContext {
  index: UserIndex;
  /** The stored user; null for a new one. */
  stored: UserRow | null;
  /** The stored user's id, or the id a new one will be saved under. */
  selfId: string;
}

export function userValues(row: UserRow | null, defaultProfileId: string | null): UserFormValues {
  return {
    firstName: row?.firstName ?? '',
    lastName: row?.lastName ?? '',
    email: row?.email ?? '',
    personnummer: '',
    personnummerMode: row?.personnummerMasked ? 'keep' : 'change',
    mobile: row?.mobile ?? '',
    employeeNumber: row?.employeeNumber ?? '',
    salaryForm: row?.salaryForm ?? '',
    role: row?.role ?? 'reporter',
    approverId: row?.approverId ?? '',
    profileId: row ? (row.profileId ?? '') : (defaultProfileId ?? ''),
  };
}

/** What users:save is sent. An empty "new number" keeps the stored one. */
export function toFields(values: UserFormValues): UserFields {
  const typed = values.personnummer.trim();
  const personnummer =
    values.personnummerMode === 'remove'
      ? ''
      : values.personnummerMode === 'change' && typed
        ? normalizePersonnummer(typed)
        : undefined;
  return {
    firstName: values.firstName.trim(),
    lastName: values.lastName.trim(),
    email: values.email.trim(),
    ...(personnummer === undefined ? {} : { personnummer }),
    mobile: values.mobile.trim(),
    employeeNumber: values.employeeNumber.trim(),
    salaryForm: values.salaryForm === '' ? null : values.salaryForm,
    role: values.role,
    approverId: values.approverId === '' ? null : values.approverId,
    profileId: values.profileId === '' ? null : values.profileId,
  };
}

const pathOf = (path: readonly PropertyKey[]) =>
  path.filter((p): p is string | number => typeof p !== 'symbol');

/** The contract's shape and the services' rules over what would be sent; messages are codes. */
export function userSchema(ctx: UserFormContext) {
  return z
    .custom<UserFormValues>()
    .transform(toFields)
    .superRefine((fields, refine) => {
      const shape = userFieldsSchema.safeParse(fields);
      if (!shape.success) {
        for (const issue of shape.error.issues) {
          refine.addIssue({ code: 'custom', path: pathOf(issue.path), message: 'input.invalid' });
        }
      }
      const issues = checkSave(ctx.index, ctx.stored, ctx.selfId, fields);
      for (const issue of errorsOf(issues)) {
        refine.addIssue({ code: 'custom', path: [issue.field], message: issue.code });
      }
    });
}

/** Built per call, so that it always checks against the list as it is now. */
export const userResolver: Resolver<UserFormValues, UserFormContext, UserFields> = (
  values,
  context,
  options,
) => {
  if (!context) throw new Error('userResolver needs its context');
  return zodResolver(userSchema(context))(values, context, options);
};
