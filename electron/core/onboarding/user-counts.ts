import type { EntityManager } from 'typeorm';
import { UserEntity } from '../db/entities';
import { UserInvitationEntity } from '../db/mail-entities';

/**
 * Incomplete is what INCOMPLETE_CODES say: no e-mail, employee number, salary form or approver
 * (a missing personnummer only rules out BankID). Word for word the WHERE of the partial index
 * idx_users_incomplete (migration 1765450000000): SQLite uses it only for the same expression.
 */
const INCOMPLETE =
  "(email = '' OR employee_number = '' OR salary_form IS NULL OR approver_id IS NULL)";
/**
 * Invited by any of step 5's three ways (see isInvited in mail/invitation-store.ts); the WHERE of
 * idx_invitations_invited. An invitation row is its user's (deleted with it), at their customer.
 */
const INVITED = "(email_state = 'sent' OR letter_at IS NOT NULL OR blikk_welcome_at IS NOT NULL)";

export interface UserCounts {
  users: number;
  incomplete: number;
  invited: number;
}

/**
 * Users, incomplete users and invited users per customer: three grouped counts, each read
 * from an index alone (a customer may have 100,000 users; the portfolio asks for thousands).
 */
export async function userCounts(
  m: EntityManager,
  customerIds?: string[],
): Promise<Map<string, UserCounts>> {
  // One after another: `m` may be a transaction's single connection (see user-rules.ts).
  const users = await countPerCustomer(m, 'users', null, customerIds);
  const incomplete = await countPerCustomer(m, 'users', INCOMPLETE, customerIds);
  const invited = await countPerCustomer(m, 'invitations', INVITED, customerIds);
  return new Map(
    [...users].map(([id, count]) => [
      id,
      { users: count, incomplete: incomplete.get(id) ?? 0, invited: invited.get(id) ?? 0 },
    ]),
  );
}

async function countPerCustomer(
  m: EntityManager,
  table: 'users' | 'invitations',
  where: string | null,
  customerIds?: string[],
): Promise<Map<string, number>> {
  const qb = m
    .createQueryBuilder(table === 'users' ? UserEntity : UserInvitationEntity, 't')
    .select('t.customer_id', 'customerId')
    .addSelect('COUNT(*)', 'count')
    .where(where ?? '1 = 1')
    .groupBy('t.customer_id');
  if (customerIds) qb.andWhere('t.customer_id IN (:...ids)', { ids: customerIds });
  const rows: { customerId: string; count: string }[] = await qb.getRawMany();
  return new Map(rows.map((r) => [r.customerId, Number(r.count)]));
}
