import type { Draft } from '../../../shared/schemas/app';
import { DraftEntity } from '../db/entities';
import { isoNow, type ServiceContext } from '../context';

/** Unfinished wizards: kept encrypted, since a half-typed contact may hold a personnummer. */
export async function getDraft(ctx: ServiceContext, key: string): Promise<Draft | null> {
  const row = await ctx.ds.getRepository(DraftEntity).findOne({ where: { key } });
  if (!row) return null;
  const payload = JSON.parse(ctx.cipher.decrypt(row.payloadEnc)) as Record<string, unknown>;
  return { key, payload, updatedAt: row.updatedAt };
}

export async function saveDraft(
  ctx: ServiceContext,
  key: string,
  payload: Record<string, unknown>,
): Promise<Draft> {
  const updatedAt = isoNow(ctx);
  const payloadEnc = ctx.cipher.encrypt(JSON.stringify(payload));
  // Through the queued transaction: a bare save opens its own, which collides with a write
  // already under way on the one SQLite connection.
  await ctx.ds.transaction((m) => m.save(DraftEntity, { key, payloadEnc, updatedAt }));
  return { key, payload, updatedAt };
}

export async function discardDraft(ctx: ServiceContext, key: string): Promise<null> {
  await ctx.ds.transaction((m) => m.delete(DraftEntity, { key }));
  return null;
}
