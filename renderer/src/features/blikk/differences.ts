import type { TFunction } from 'i18next';
import {
  BLIKK_FIELDS,
  type BlikkDifference,
  type BlikkField,
  type Reconciliation,
} from '../../../../shared/schemas/blikk';
import { ROLES, SALARY_FORMS } from '../../../../shared/schemas/users';

/** One prepared user's differences, shown together under the user's name. */
export interface UserDifferences {
  userId: string;
  user: string;
  differences: BlikkDifference[];
}

const swedish = new Intl.Collator('sv');

/** Users in Swedish name order; each user's fields in the order the preparation shows them. */
export function groupByUser(differences: readonly BlikkDifference[]): UserDifferences[] {
  const groups = new Map<string, UserDifferences>();
  for (const difference of differences) {
    const group = groups.get(difference.userId) ?? {
      userId: difference.userId,
      user: difference.user,
      differences: [],
    };
    group.differences.push(difference);
    groups.set(difference.userId, group);
  }
  const order = (d: BlikkDifference) => BLIKK_FIELDS.indexOf(d.field);
  return [...groups.values()]
    .map((group) => ({
      ...group,
      differences: group.differences.sort((a, b) => order(a) - order(b)),
    }))
    .sort((a, b) => swedish.compare(a.user, b.user) || a.userId.localeCompare(b.userId));
}

/** More licences used in Blikk than the customer is invoiced for: money the bureau loses. */
export function licencesShort(result: Reconciliation): boolean {
  return result.licences.inUse > result.licences.invoiced;
}

const isOneOf = <T extends string>(list: readonly T[], value: string): value is T =>
  (list as readonly string[]).includes(value);

/**
 * One side of a difference as staff read it: a salary form or role in words (the services
 * compare their codes), a value Kundstart cannot map as Blikk wrote it, nothing as a dash.
 */
export function differenceValue(t: TFunction, field: BlikkField, value: string | null): string {
  if (value === null) return t('blikk.result.empty');
  if (field === 'salaryForm' && isOneOf(SALARY_FORMS, value)) {
    return t(`users.salaryForms.${value}`);
  }
  if (field === 'role' && isOneOf(ROLES, value)) return t(`common.roles.${value}`);
  return value;
}
