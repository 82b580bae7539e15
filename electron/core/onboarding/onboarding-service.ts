import type { EntityManager } from 'typeorm';
import { IsNull, Not } from 'typeorm';
import { deriveOnboarding } from '../../../shared/domain/onboarding';
import type { Onboarding } from '../../../shared/schemas/customer';
import { REVIEWABLE, type OnboardingOverview } from '../../../shared/schemas/settings';
import { CustomerEntity, PrimaryContactEntity, SettingsEntity } from '../db/entities';
import type { ServiceContext } from '../context';
import { CustomerMessagingEntity } from '../db/mail-entities';
import { userCounts } from './user-counts';

/** What the checklist is derived from, per customer: never typed by hand. */
export interface CustomerFacts {
  hasContact: boolean;
  reviewed: ReadonlySet<string>;
  users: number;
  incompleteUsers: number;
  contactInformed: boolean;
  /** Users invited by e-mail, BankID letter or Blikk's own welcome e-mail. */
  invitedUsers: number;
}

export function onboardingOf(facts: CustomerFacts): Onboarding {
  return deriveOnboarding({
    collaborationCreated: true,
    unreviewed: REVIEWABLE.filter((part) => !facts.reviewed.has(part)),
    userCount: facts.users,
    usersComplete: facts.incompleteUsers === 0,
    contactInformed: facts.contactInformed,
    usersInvited: facts.users > 0 && facts.invitedUsers >= facts.users,
    hasContact: facts.hasContact,
  });
}

/** The facts of many customers in a few queries: the portfolio asks for thousands at once. */
export async function factsOf(m: EntityManager, customerIds?: string[]) {
  const where = customerIds ? customerIds.map((customerId) => ({ customerId })) : {};
  const reviewed = await m.find(SettingsEntity, {
    select: { customerId: true, section: true },
    where: customerIds
      ? customerIds.map((customerId) => ({ customerId, reviewedAt: Not(IsNull()) }))
      : { reviewedAt: Not(IsNull()) },
  });
  const contacts = await m.find(PrimaryContactEntity, { select: { customerId: true }, where });
  const withContact = new Set(contacts.map((c) => c.customerId));
  const users = await userCounts(m, customerIds);
  const informed = await informedCustomers(m, customerIds);
  const facts = new Map<string, CustomerFacts>();
  const factOf = (id: string) => {
    const known = facts.get(id) ?? {
      hasContact: withContact.has(id),
      reviewed: new Set<string>(),
      users: users.get(id)?.users ?? 0,
      incompleteUsers: users.get(id)?.incomplete ?? 0,
      contactInformed: informed.has(id),
      invitedUsers: users.get(id)?.invited ?? 0,
    };
    facts.set(id, known);
    return known;
  };
  for (const row of reviewed) (factOf(row.customerId).reviewed as Set<string>).add(row.section);
  return (id: string): CustomerFacts => factOf(id);
}

/** Step 4: the customers whose primary contact has been informed, by e-mail or otherwise. */
async function informedCustomers(m: EntityManager, customerIds?: string[]): Promise<Set<string>> {
  const where = customerIds
    ? customerIds.map((customerId) => ({ customerId, contactInformedAt: Not(IsNull()) }))
    : { contactInformedAt: Not(IsNull()) };
  const rows = await m.find(CustomerMessagingEntity, { select: { customerId: true }, where });
  return new Set(rows.map((r) => r.customerId));
}

export async function onboardingOverview(ctx: ServiceContext): Promise<OnboardingOverview> {
  const ids = (await ctx.ds.getRepository(CustomerEntity).find({ select: { id: true } })).map(
    (c) => c.id,
  );
  const facts = await factsOf(ctx.ds.manager);
  const counts = new Map<number | null, number>();
  for (const id of ids) {
    const { next } = onboardingOf(facts(id));
    counts.set(next, (counts.get(next) ?? 0) + 1);
  }
  const steps: (number | null)[] = [1, 2, 3, 4, 5, null];
  return {
    byStep: steps.map((step) => ({ step, customers: counts.get(step) ?? 0 })),
    total: ids.length,
  };
}
