import type { EntityManager } from 'typeorm';
import { actorName } from '../audit/audit-service';
import { bulkInsert } from '../db/bulk-insert';
import { UserEntity } from '../db/entities';
import { UserInvitationEntity, type UserInvitationRow } from '../db/mail-entities';
import { isoNow, type ServiceContext } from '../context';
import { patchMessaging } from '../mail/messaging-store';
import type { DemoStage } from './generate';

/**
 * Steps 4 and 5 of a demo customer, written as rows: no message is sent or queued. The contact
 * was informed at a meeting; at step 5 the first half of the users are invited, when done all
 * of them, most by Kundstart's welcome e-mail, some by Blikk's own, those without e-mail by the
 * BankID letter, and two in three have logged in.
 */
export async function insertDemoInvitations(
  ctx: ServiceContext,
  m: EntityManager,
  customerId: string,
  stage: DemoStage,
): Promise<void> {
  if (stage !== 'invite' && stage !== 'done') return;
  const at = isoNow(ctx);
  await patchMessaging(m, customerId, at, {
    contactInformedAt: at,
    contactInformedHow: 'other',
    contactInformedNote: 'Genomgång på uppstartsmötet (demodata)',
    contactInformedBy: await actorName(m),
  });
  const swedish = new Intl.Collator('sv');
  const users = (await m.find(UserEntity, { where: { customerId } })).sort((a, b) =>
    swedish.compare(
      `${a.lastName} ${a.firstName} ${a.employeeNumber}`,
      `${b.lastName} ${b.firstName} ${b.employeeNumber}`,
    ),
  );
  const invited = stage === 'done' ? users : users.slice(0, Math.floor(users.length / 2));
  const rows: UserInvitationRow[] = invited.map((user, i) => {
    const byBlikk = Boolean(user.email) && i % 6 === 5;
    const byEmail = Boolean(user.email) && !byBlikk;
    return {
      userId: user.id,
      customerId,
      emailState: byEmail ? 'sent' : 'none',
      emailStateAt: byEmail ? at : null,
      emailError: null,
      letterAt: user.email ? null : at,
      blikkWelcomeAt: byBlikk ? at : null,
      loggedInAt: stage === 'done' && i % 3 !== 2 ? at : null,
      remindedAt: null,
      updatedAt: at,
    };
  });
  await bulkInsert(m, UserInvitationEntity, rows);
}
