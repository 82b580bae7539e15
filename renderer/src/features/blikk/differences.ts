import {
  BLIKK_FIELDS,
  type BlikkDifference,
  type Reconciliation,
} from '../../../../shared/schemas/blikk';

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
