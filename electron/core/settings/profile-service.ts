import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { AppError } from '../../../shared/errors';
import {
  defaultProfile,
  type ProfileFields,
  type ReportingProfile,
} from '../../../shared/settings/profiles';
import { writeAudit } from '../audit/audit-service';
import { CustomerEntity, ProfileEntity, UserEntity, type ProfileRow } from '../db/entities';
import { isoNow, type ServiceContext } from '../context';
import { isStale, staleError, versionMissing } from '../conflicts/stale';
import { dialectOf } from '../db/dialect';

/** Every customer is born with the Grundprofil, in the same transaction as the customer. */
export async function insertDefaultProfile(m: EntityManager, customerId: string, now: string) {
  await m.insert(ProfileEntity, toRow(customerId, randomUUID(), defaultProfile(), true, now));
}

export async function listProfiles(
  m: EntityManager,
  customerId: string,
): Promise<ReportingProfile[]> {
  const rows = await m.find(ProfileEntity, { where: { customerId } });
  const counts: { profileId: string; n: string | number }[] = await m
    .createQueryBuilder(UserEntity, 'u')
    .select('u.profile_id', 'profileId')
    .addSelect('COUNT(*)', 'n')
    .where('u.customer_id = :customerId', { customerId })
    .groupBy('u.profile_id')
    .getRawMany();
  const usersOn = new Map(counts.map((c) => [c.profileId, Number(c.n)]));
  return rows
    .sort((a, b) => Number(b.isDefault) - Number(a.isDefault) || a.name.localeCompare(b.name, 'sv'))
    .map((row) => toProfile(row, usersOn.get(row.id) ?? 0));
}

export async function saveProfile(
  ctx: ServiceContext,
  input: {
    customerId: string;
    id?: string | undefined;
    fields: ProfileFields;
    recordVersion?: number | undefined;
  },
  options: { requireVersion?: boolean } = {},
): Promise<ReportingProfile> {
  const name = input.fields.name.trim();
  if (!name) throw new AppError('name.missing', 'Profilen behöver ett namn', { field: 'name' });
  const saved = await ctx.ds.transaction(async (m) => {
    if (!(await m.exists(CustomerEntity, { where: { id: input.customerId } }))) {
      throw new AppError('customer.notFound');
    }
    if (input.id) await dialectOf(m.connection).lockRecord(m, 'reporting_profiles', input.id);
    const existing = input.id ? await findOwned(m, input.id, input.customerId) : null;
    if (existing) await checkVersion(m, existing, input.recordVersion, options);
    await assertUniqueName(m, input.customerId, name, existing?.id ?? null);
    const now = isoNow(ctx);
    const row = toRow(
      input.customerId,
      existing?.id ?? randomUUID(),
      { ...input.fields, name },
      existing?.isDefault ?? false,
      now,
    );
    row.createdAt = existing?.createdAt ?? now;
    row.recordVersion = existing ? Number(existing.recordVersion) + 1 : 1;
    await m.save(ProfileEntity, row);
    await writeAudit(ctx, m, {
      entity: 'profile',
      entityId: row.id,
      customerId: input.customerId,
      action: existing ? 'update' : 'create',
      before: existing ? auditView(existing) : null,
      after: auditView(row),
    });
    return row;
  });
  ctx.emit('settings:changed', { customerId: input.customerId });
  return toProfile(saved, await usersOf(ctx.ds.manager, saved.id));
}

/** An update names the version its form read; a colleague's save since is conflict.stale. */
async function checkVersion(
  m: EntityManager,
  existing: ProfileRow,
  readAt: number | undefined,
  options: { requireVersion?: boolean },
): Promise<void> {
  if (readAt === undefined && options.requireVersion) throw versionMissing();
  if (readAt === undefined || !isStale(existing, readAt)) return;
  throw await staleError(
    m,
    { entity: 'profile', auditEntities: ['profile'], id: existing.id },
    Number(existing.recordVersion),
    readAt,
    toProfile(existing, await usersOf(m, existing.id)) as unknown as Record<string, unknown>,
  );
}

/**
 * The Grundprofil stays; a profile that users are linked to goes only when they are moved to
 * another profile of the same customer (`moveUsersTo`).
 */
export async function deleteProfile(
  ctx: ServiceContext,
  input: { id: string; moveUsersTo?: string | undefined },
): Promise<null> {
  const customerId = await ctx.ds.transaction(async (m) => {
    const row = await m.findOne(ProfileEntity, { where: { id: input.id } });
    if (!row) throw new AppError('profile.notFound');
    if (row.isDefault) {
      throw new AppError('profile.defaultUndeletable', 'Grundprofilen kan inte tas bort');
    }
    const users = await usersOf(m, row.id);
    if (users > 0 && !input.moveUsersTo) {
      throw new AppError('profile.inUse', 'Profilen används', { users });
    }
    if (input.moveUsersTo) {
      const target = await findOwned(m, input.moveUsersTo, row.customerId);
      await m.update(
        UserEntity,
        { profileId: row.id },
        { profileId: target.id, recordVersion: () => 'record_version + 1' },
      );
    }
    await m.delete(ProfileEntity, { id: row.id });
    await writeAudit(ctx, m, {
      entity: 'profile',
      entityId: row.id,
      customerId: row.customerId,
      action: 'delete',
      before: auditView(row),
      after: null,
    });
    return row.customerId;
  });
  ctx.emit('settings:changed', { customerId });
  return null;
}

async function usersOf(m: EntityManager, profileId: string): Promise<number> {
  return m.count(UserEntity, { where: { profileId } });
}

async function findOwned(m: EntityManager, id: string, customerId: string): Promise<ProfileRow> {
  const row = await m.findOne(ProfileEntity, { where: { id, customerId } });
  if (!row) throw new AppError('profile.notFound', 'Profilen finns inte hos kunden', { id });
  return row;
}

async function assertUniqueName(
  m: EntityManager,
  customerId: string,
  name: string,
  selfId: string | null,
) {
  const others = await m.find(ProfileEntity, { where: { customerId } });
  const clash = others.find((p) => p.id !== selfId && p.name.toLowerCase() === name.toLowerCase());
  if (clash)
    throw new AppError('profile.nameDuplicate', 'Det finns redan en profil med det namnet', {
      field: 'name',
    });
}

export function toRow(
  customerId: string,
  id: string,
  fields: ProfileFields,
  isDefault: boolean,
  now: string,
): ProfileRow {
  return { id, customerId, isDefault, ...fields, createdAt: now, updatedAt: now, recordVersion: 1 };
}

export function toProfile(row: ProfileRow, userCount: number): ReportingProfile {
  return {
    id: row.id,
    customerId: row.customerId,
    isDefault: Boolean(row.isDefault),
    userCount,
    updatedAt: row.updatedAt,
    recordVersion: Number(row.recordVersion),
    ...fieldsOf(row),
  };
}

export function fieldsOf(row: ProfileRow): ProfileFields {
  return {
    name: row.name,
    clockTimesRequired: Boolean(row.clockTimesRequired),
    projectRequired: Boolean(row.projectRequired),
    activityRequired: Boolean(row.activityRequired),
    timeArticleRequired: Boolean(row.timeArticleRequired),
    closeBelowSchedule: Boolean(row.closeBelowSchedule),
    roundingMinutes: row.roundingMinutes as ProfileFields['roundingMinutes'],
  };
}

function auditView(row: ProfileRow): Record<string, unknown> {
  return { ...fieldsOf(row), isDefault: Boolean(row.isDefault) };
}
