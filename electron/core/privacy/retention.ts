import { LessThan } from 'typeorm';
import { AppError } from '../../../shared/errors';
import type { Retention } from '../../../shared/schemas/privacy';
import { writeAudit } from '../audit/audit-service';
import { BureauEntity, DraftEntity } from '../db/entities';
import { OutboxEntity } from '../db/mail-entities';
import type { ServiceContext } from '../context';
import { dialectOf } from '../db/dialect';

const DAY_MS = 24 * 60 * 60_000;

export async function getRetention(ctx: ServiceContext): Promise<Retention> {
  const bureau = await ctx.ds.getRepository(BureauEntity).findOne({ where: { id: 1 } });
  return { days: bureau?.retentionDays ?? null };
}

/** The bureau's retention: sent messages and drafts are removed after `days` (null keeps them). */
export async function setRetention(ctx: ServiceContext, input: Retention): Promise<Retention> {
  await ctx.ds.transaction(async (m) => {
    const bureau = await m.findOne(BureauEntity, { where: { id: 1 } });
    if (!bureau) throw new AppError('bureau.missing', 'Byråprofilen är inte ifylld.');
    if (bureau.retentionDays === input.days) return;
    await m.update(BureauEntity, { id: 1 }, { retentionDays: input.days });
    await writeAudit(ctx, m, {
      entity: 'bureau',
      entityId: '1',
      customerId: null,
      action: 'update',
      before: { retentionDays: bureau.retentionDays },
      after: { retentionDays: input.days },
      subject: '',
    });
  });
  ctx.emit('bureau:changed', {});
  return input;
}

/**
 * Removes what the retention says is old enough at `at`: sent and cancelled messages, and
 * drafts, last changed more than the bureau's days before. Run at the core's start and daily
 * (mail/worker.ts); a run that removes something is one audit entry with its counts, a run
 * that removes nothing writes nothing (the CLI starts the core many times a day).
 */
export async function applyRetention(
  ctx: ServiceContext,
  at: Date,
): Promise<{ messages: number; drafts: number } | null> {
  const { days } = await getRetention(ctx);
  if (days === null) return null;
  const before = new Date(at.getTime() - days * DAY_MS).toISOString();
  // Removed messages hold personal data: their bytes are zeroed, not left in free pages.
  await dialectOf(ctx.ds).zeroFreedSpace(ctx.ds);
  const counts = await ctx.ds.transaction(async (m) => {
    const messages = await m
      .createQueryBuilder()
      .delete()
      .from(OutboxEntity)
      .where('state IN (:...states) AND updated_at < :before', {
        states: ['sent', 'cancelled'],
        before,
      })
      .execute();
    const drafts = await m.delete(DraftEntity, { updatedAt: LessThan(before) });
    const counts = { messages: messages.affected ?? 0, drafts: drafts.affected ?? 0 };
    if (counts.messages + counts.drafts === 0) return counts;
    await writeAudit(ctx, m, {
      entity: 'retention',
      entityId: at.toISOString().slice(0, 10),
      customerId: null,
      action: 'retention',
      before: null,
      after: { days, ...counts },
      subject: '',
    });
    return counts;
  });
  if (counts.messages > 0) ctx.emit('outbox:changed', { customerIds: [] });
  return counts;
}
