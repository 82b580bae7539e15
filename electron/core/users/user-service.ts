import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { AppError } from '../../../shared/errors';
import { tallyCompleteness, validateUser } from '../../../shared/domain/users';
import { formatPersonnummer } from '../../../shared/domain/personnummer';
import type {
  CompletenessSummary,
  Role,
  UserFields,
  UserRow,
  UserSaveResult,
} from '../../../shared/schemas/users';
import { writeAudit, writeAuditMany } from '../audit/audit-service';
import { ProfileEntity, UserEntity, type UserEntityRow } from '../db/entities';
import { isoNow, type ServiceContext } from '../context';
import { assertCustomer } from '../settings/settings-service';
import { assertNoErrors } from '../validation';
import { assertCapacity } from './licence-service';
import {
  auditViewOf,
  fieldsOf,
  inListOrder,
  missingFor,
  rulesOfStored,
  toUserRow,
} from './user-mapper';
import { buildRow } from './user-row';
import { assertNoApprovees, losesApproval, profileFor, rulesContext } from './user-rules';
import { forgetContactUser, syncContactFromUser } from './primary-contact';
import { UserInvitationEntity } from '../db/mail-entities';
import { invitationsOf } from '../mail/invitation-store';
import { cancelUserMessages } from '../mail/user-messages';
import { dialectOf } from '../db/dialect';
import { isStale, nextVersion, staleError, versionMissing } from '../conflicts/stale';

export async function listUsers(ctx: ServiceContext, customerId: string): Promise<UserRow[]> {
  await assertCustomer(ctx.ds.manager, customerId);
  const rows = await ctx.ds.getRepository(UserEntity).find({ where: { customerId } });
  const byId = new Map(rows.map((u) => [u.id, u]));
  const profiles = await ctx.ds.getRepository(ProfileEntity).find({ where: { customerId } });
  const names = new Map(profiles.map((p) => [p.id, p.name]));
  const invitations = await invitationsOf(ctx.ds.manager, customerId);
  return inListOrder(rows).map((u) => toUserRow(u, byId, names, ctx.cipher, invitations.get(u.id)));
}

/**
 * Creates or updates one user under every rule of DESIGN.md section 4: errors refuse the save
 * (with field and code), warnings save and mark the user incomplete. A new user may carry an
 * id of the client's making, so that it can name itself as its own approver.
 */
export async function saveUser(
  ctx: ServiceContext,
  input: UserSaveInput,
  options: { requireVersion?: boolean } = {},
): Promise<UserSaveResult> {
  const result = await ctx.ds.transaction(async (m) => {
    await assertCustomer(m, input.customerId);
    const stored = input.id ? await lockedUser(m, input.id) : null;
    if (stored && stored.customerId !== input.customerId) throw new AppError('user.notFound');
    if (stored) await assertFreshUser(ctx, m, stored, input.recordVersion, options);
    if (!stored) await assertCapacity(m, input.customerId, 1);
    const id = stored?.id ?? input.id ?? randomUUID();
    const context = await rulesContext(
      m,
      ctx.cipher,
      input.customerId,
      { id, stored },
      input.fields,
      ctx.now(),
    );
    const issues = validateUser(input.fields, context);
    assertNoErrors(issues);
    if (stored && losesApproval(stored.role as Role, input.fields.role)) {
      await assertNoApprovees(m, [stored.id], new Set([stored.id]));
    }
    const row = buildRow(ctx, input.customerId, id, input.fields, stored);
    row.profileId = await profileFor(m, input.customerId, input.fields.profileId);
    await m.save(UserEntity, row);
    if (row.isPrimaryContact) await syncContactFromUser(ctx, m, row);
    await writeAudit(ctx, m, {
      entity: 'user',
      entityId: id,
      customerId: input.customerId,
      action: stored ? 'update' : 'create',
      before: stored ? auditViewOf(stored, ctx.cipher) : null,
      after: auditViewOf(row, ctx.cipher),
    });
    return { row, warnings: issues.filter((i) => i.severity === 'warning') };
  });
  announce(ctx, input.customerId);
  return { user: await rowFor(ctx, result.row), warnings: result.warnings };
}

export interface UserSaveInput {
  customerId: string;
  id?: string | undefined;
  fields: UserFields;
  /** The version the form read the user at; checked when given (required from the contract). */
  recordVersion?: number | undefined;
}

/** The stored user, locked until the transaction ends (PostgreSQL): check and write are one. */
async function lockedUser(m: EntityManager, id: string): Promise<UserEntityRow | null> {
  await dialectOf(m.connection).lockRecord(m, 'users', id);
  return m.findOne(UserEntity, { where: { id } });
}

/** Refuses an update made from an older version than the stored one (conflict.stale). */
async function assertFreshUser(
  ctx: ServiceContext,
  m: EntityManager,
  stored: UserEntityRow,
  readAt: number | undefined,
  options: { requireVersion?: boolean },
): Promise<void> {
  if (readAt === undefined && options.requireVersion) throw versionMissing();
  if (!isStale(stored, readAt) || readAt === undefined) return;
  const current = await rowIn(ctx, m, stored);
  throw await staleError(
    m,
    { entity: 'user', auditEntities: ['user'], id: stored.id },
    Number(stored.recordVersion),
    readAt,
    current as unknown as Record<string, unknown>,
  );
}

/** Sets one field on many users at once, all or nothing. */
export async function bulkUpdate(
  ctx: ServiceContext,
  input: {
    customerId: string;
    ids: string[];
    patch: Partial<Pick<UserFields, 'approverId' | 'salaryForm' | 'role' | 'profileId'>>;
  },
): Promise<{ updated: number }> {
  const updated = await ctx.ds.transaction(async (m) => {
    const rows = await usersOf(m, input.customerId, input.ids);
    const all = new Map(
      (await m.find(UserEntity, { where: { customerId: input.customerId } })).map((u) => [u.id, u]),
    );
    const profileId =
      input.patch.profileId === undefined
        ? undefined
        : await profileFor(m, input.customerId, input.patch.profileId);
    const changed = rows.map((row) => ({
      before: row,
      after: patched(ctx, row, input.patch, profileId),
    }));
    for (const { after } of changed) all.set(after.id, after);
    checkBulk(
      changed.map((c) => c.after),
      all,
    );
    const demoted = changed.filter((c) =>
      losesApproval(c.before.role as Role, c.after.role as Role),
    );
    await assertNoApprovees(
      m,
      demoted.map((c) => c.before.id),
      new Set(input.ids),
    );
    for (let i = 0; i < changed.length; i += 300) {
      await m.save(
        UserEntity,
        changed.slice(i, i + 300).map((c) => c.after),
      );
    }
    await writeAuditMany(
      ctx,
      m,
      changed.map(({ before, after }) => ({
        entity: 'user',
        entityId: after.id,
        customerId: input.customerId,
        action: 'update' as const,
        before: fieldsOf(before) as unknown as Record<string, unknown>,
        after: fieldsOf(after) as unknown as Record<string, unknown>,
      })),
    );
    return changed.length;
  });
  announce(ctx, input.customerId);
  return { updated };
}

function patched(
  ctx: ServiceContext,
  row: UserEntityRow,
  patch: Partial<Pick<UserFields, 'approverId' | 'salaryForm' | 'role'>>,
  profileId: string | null | undefined,
): UserEntityRow {
  return {
    ...row,
    ...(patch.approverId !== undefined ? { approverId: patch.approverId } : {}),
    ...(patch.salaryForm !== undefined ? { salaryForm: patch.salaryForm } : {}),
    ...(patch.role !== undefined ? { role: patch.role } : {}),
    ...(profileId !== undefined ? { profileId } : {}),
    updatedAt: isoNow(ctx),
    recordVersion: nextVersion(row),
  };
}

/** The approver rules for every patched user; the rest of the rules are untouched by a patch. */
function checkBulk(rows: UserEntityRow[], all: Map<string, UserEntityRow>): void {
  for (const row of rows) {
    const issues = rulesOfStored(row, all);
    const error = issues.find((i) => i.severity === 'error');
    if (error) {
      throw new AppError(error.code, `${row.firstName} ${row.lastName}: ${error.code}`, {
        issues: [error],
        user: `${row.firstName} ${row.lastName}`.trim(),
      });
    }
  }
}

export async function deleteUsers(
  ctx: ServiceContext,
  input: { customerId: string; ids: string[] },
): Promise<{ deleted: number }> {
  const deleted = await ctx.ds.transaction(async (m) => {
    const rows = await usersOf(m, input.customerId, input.ids);
    await assertNoApprovees(
      m,
      rows.map((r) => r.id),
      new Set(input.ids),
    );
    for (let i = 0; i < rows.length; i += 300) {
      await m.delete(
        UserEntity,
        rows.slice(i, i + 300).map((r) => r.id),
      );
    }
    if (rows.some((row) => row.isPrimaryContact)) await forgetContactUser(m, input.customerId);
    await cancelUserMessages(m, input.ids, isoNow(ctx));
    await writeAuditMany(
      ctx,
      m,
      rows.map((row) => ({
        entity: 'user',
        entityId: row.id,
        customerId: input.customerId,
        action: 'delete' as const,
        before: auditViewOf(row, ctx.cipher),
        after: null,
      })),
    );
    return rows.length;
  });
  announce(ctx, input.customerId);
  ctx.emit('outbox:changed', { customerIds: [input.customerId] });
  return { deleted };
}

export async function revealUserPersonnummer(ctx: ServiceContext, id: string) {
  return ctx.ds.transaction(async (m) => {
    const row = await m.findOne(UserEntity, { where: { id } });
    if (!row) throw new AppError('user.notFound');
    if (!row.personnummerEnc) return { personnummer: null };
    await writeAudit(ctx, m, {
      entity: 'user.personnummer',
      entityId: id,
      customerId: row.customerId,
      action: 'reveal',
      before: null,
      after: null,
      subject: `${row.firstName} ${row.lastName}`.trim(),
    });
    return { personnummer: formatPersonnummer(ctx.cipher.decrypt(row.personnummerEnc)) };
  });
}

/** "12 of 15 complete; 3 lack an employee number": for the checklist and the contact's message. */
export async function usersSummary(
  ctx: ServiceContext,
  customerId: string,
): Promise<CompletenessSummary> {
  await assertCustomer(ctx.ds.manager, customerId);
  const rows = await ctx.ds.getRepository(UserEntity).find({ where: { customerId } });
  const byId = new Map(rows.map((u) => [u.id, u]));
  return tallyCompleteness(rows.map((row) => missingFor(row, byId)));
}

async function usersOf(
  m: EntityManager,
  customerId: string,
  ids: string[],
): Promise<UserEntityRow[]> {
  const rows: UserEntityRow[] = [];
  for (let i = 0; i < ids.length; i += 500) {
    rows.push(
      ...(await m.find(UserEntity, {
        where: ids.slice(i, i + 500).map((id) => ({ id, customerId })),
      })),
    );
  }
  if (rows.length !== new Set(ids).size)
    throw new AppError('user.notFound', 'Någon av användarna finns inte');
  return rows;
}

/** One user as the list shows it, without loading the whole customer (a save must be quick). */
async function rowFor(ctx: ServiceContext, row: UserEntityRow): Promise<UserRow> {
  return rowIn(ctx, ctx.ds.manager, row);
}

/** rowFor on a given manager: inside a transaction, as its reader sees the user. */
async function rowIn(ctx: ServiceContext, m: EntityManager, row: UserEntityRow): Promise<UserRow> {
  const byId = new Map([[row.id, row]]);
  const approver = row.approverId
    ? await m.findOne(UserEntity, { where: { id: row.approverId } })
    : null;
  if (approver) byId.set(approver.id, approver);
  const profile = row.profileId
    ? await m.findOne(ProfileEntity, { where: { id: row.profileId } })
    : null;
  const names = new Map(profile ? [[profile.id, profile.name]] : []);
  const invitation = await m.findOne(UserInvitationEntity, { where: { userId: row.id } });
  return toUserRow(row, byId, names, ctx.cipher, invitation ?? undefined);
}

function announce(ctx: ServiceContext, customerId: string): void {
  ctx.emit('users:changed', { customerId });
  ctx.emit('customers:changed', { ids: [customerId] });
}
