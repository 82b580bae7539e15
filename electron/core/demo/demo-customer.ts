import type { EntityManager } from 'typeorm';
import { defaultSections } from '../../../shared/settings/sections';
import { REVIEWABLE, type Reviewable } from '../../../shared/schemas/settings';
import type { CollaborationInput } from '../../../shared/schemas/customer';
import { actorName } from '../audit/audit-service';
import { insertCustomer } from '../customers/customer-service';
import { SettingsEntity } from '../db/entities';
import { isoNow, type ServiceContext } from '../context';
import { insertDemoUsers } from './demo-users';
import { insertDemoInvitations } from './demo-invitations';
import { generateDemoUsers, hasCompleteUsers, mulberry32, type DemoStage } from './generate';

export interface DemoCustomerPlan {
  input: CollaborationInput;
  /** Users in all, the primary contact included when they are the first administrator. */
  users: number | undefined;
  stage: DemoStage;
  seed: number;
  identities: readonly string[];
}

/**
 * One demo customer, whole, in the caller's transaction: the customer, its users, the
 * settings it has reviewed and, past step 4, who has been informed and invited. A run killed midway leaves each customer complete or absent.
 */
export async function insertDemoCustomer(
  ctx: ServiceContext,
  m: EntityManager,
  plan: DemoCustomerPlan,
): Promise<string> {
  const input = withContactRole(plan);
  const created = await insertCustomer(ctx, m, input);
  const contactIsUser = Boolean(input.contact?.alsoFirstAdmin);
  const users = generateDemoUsers(Math.max(0, (plan.users ?? 0) - (contactIsUser ? 1 : 0)), {
    seed: plan.seed,
    identities: plan.identities,
    domain: `${created.customer.orgnr.replace('-', '')}.example`,
    complete: hasCompleteUsers(plan.stage),
    incomplete: plan.stage === 'users' && !contactIsUser,
  });
  await insertDemoUsers(ctx, m, created.id, users);
  await markReviewed(ctx, m, created.id, reviewedParts(plan));
  await insertDemoInvitations(ctx, m, created.id, plan.stage);
  return created.id;
}

/**
 * The contact counts among the users asked for: with none asked for, they are no user; a
 * customer meant to have complete users gets them all from the list (the contact's user would
 * lack an employee number and a salary form, as one made by the wizard does).
 */
function withContactRole(plan: DemoCustomerPlan): CollaborationInput {
  const { contact } = plan.input;
  if (!contact) return plan.input;
  const noUser = plan.users === 0 || hasCompleteUsers(plan.stage);
  return noUser ? { ...plan.input, contact: { ...contact, alsoFirstAdmin: false } } : plan.input;
}

/** Step 2 half done (a prefix of the parts, in the recommended order), or all of it. */
function reviewedParts(plan: DemoCustomerPlan): readonly Reviewable[] {
  if (plan.stage !== 'settings') return REVIEWABLE;
  const rng = mulberry32(plan.seed);
  return REVIEWABLE.slice(0, Math.floor(rng() * REVIEWABLE.length));
}

async function markReviewed(
  ctx: ServiceContext,
  m: EntityManager,
  customerId: string,
  parts: readonly Reviewable[],
) {
  if (parts.length === 0) return;
  const now = isoNow(ctx);
  const by = await actorName(m);
  const sections = defaultSections();
  await m.insert(
    SettingsEntity,
    parts.map((section) => ({
      customerId,
      section,
      dataJson: JSON.stringify(section === 'profiles' ? {} : sections[section]),
      reviewedAt: now,
      reviewedBy: by,
      updatedAt: now,
    })),
  );
}
