import type { EntityManager } from 'typeorm';
import type {
  BureauInput,
  BureauProfile,
  CollectiveCustomers,
} from '../../../shared/schemas/bureau';
import { validateBureau } from '../../../shared/domain/collaboration';
import {
  formatOrganisationsnummer,
  parseOrganisationsnummer,
} from '../../../shared/domain/organisationsnummer';
import { writeAudit } from '../audit/audit-service';
import { BureauEntity, CollaborationEntity, CustomerEntity, type BureauRow } from '../db/entities';
import { isoNow, type ServiceContext } from '../context';
import { assertNoErrors } from '../validation';
import { isStale, staleError, versionMissing } from '../conflicts/stale';
import { dialectOf } from '../db/dialect';

export async function getBureau(ctx: ServiceContext): Promise<BureauProfile | null> {
  const row = await ctx.ds.getRepository(BureauEntity).findOne({ where: { id: 1 } });
  return row ? toProfile(row) : null;
}

export async function saveBureau(
  ctx: ServiceContext,
  input: BureauInput,
  options: { requireVersion?: boolean } = {},
): Promise<BureauProfile> {
  assertNoErrors(validateBureau(input));
  const orgnr = parseOrganisationsnummer(input.orgnr);
  if (!orgnr.ok) throw new Error('unreachable: validated above');
  const now = isoNow(ctx);
  const saved = await ctx.ds.transaction(async (m) => {
    await dialectOf(m.connection).lockRecord(m, 'bureau', '1');
    const before = await m.findOne(BureauEntity, { where: { id: 1 } });
    if (before) await checkVersion(m, before, input.recordVersion, options);
    const row: BureauRow = {
      id: 1,
      name: input.name.trim(),
      orgnr: orgnr.digits,
      resellerAgreement: input.resellerAgreement,
      agreementNumber: input.resellerAgreement ? (input.agreementNumber?.trim() ?? null) : null,
      agreementValidFrom: input.resellerAgreement ? (input.agreementValidFrom ?? null) : null,
      staffName: input.staffName.trim(),
      // Its own setting (privacy/retention.ts): the profile form leaves it as it is.
      retentionDays: before?.retentionDays ?? null,
      createdAt: before?.createdAt ?? now,
      updatedAt: now,
      recordVersion: before ? Number(before.recordVersion) + 1 : 1,
    };
    await m.save(BureauEntity, row);
    await writeAudit(ctx, m, {
      entity: 'bureau',
      entityId: '1',
      customerId: null,
      action: before ? 'update' : 'create',
      before: before ? auditView(before) : null,
      after: auditView(row),
    });
    return row;
  });
  ctx.emit('bureau:changed', {});
  return toProfile(saved);
}

/** Saving over a profile names the version read; a colleague's save since is conflict.stale. */
async function checkVersion(
  m: EntityManager,
  before: BureauRow,
  readAt: number | undefined,
  options: { requireVersion?: boolean },
): Promise<void> {
  if (readAt === undefined && options.requireVersion) throw versionMissing();
  if (readAt === undefined || !isStale(before, readAt)) return;
  throw await staleError(
    m,
    { entity: 'bureau', auditEntities: ['bureau'], id: '1' },
    Number(before.recordVersion),
    readAt,
    toProfile(before) as unknown as Record<string, unknown>,
  );
}

/** Names in Swedish order (å, ä, ö after z), as the portfolio lists them. */
const SWEDISH = new Intl.Collator('sv');

/** Who is on samlingsfaktura today (the collaboration holds the invoicing in force). */
export async function collectiveCustomers(ctx: ServiceContext): Promise<CollectiveCustomers> {
  const customers = await ctx.ds
    .getRepository(CustomerEntity)
    .createQueryBuilder('c')
    .innerJoin(CollaborationEntity.options.name, 'k', 'k.customer_id = c.id')
    .select(['c.id AS id', 'c.name AS name'])
    .where("k.method = 'collective'")
    .getRawMany<{ id: string; name: string }>();
  customers.sort((a, b) => SWEDISH.compare(a.name, b.name));
  const bureau = await getBureau(ctx);
  const agreementMissing = customers.length > 0 && bureau?.resellerAgreement !== true;
  return { customers, agreementMissing };
}

function toProfile(row: BureauRow): BureauProfile {
  return {
    name: row.name,
    orgnr: formatOrganisationsnummer(row.orgnr),
    resellerAgreement: Boolean(row.resellerAgreement),
    agreementNumber: row.agreementNumber,
    agreementValidFrom: row.agreementValidFrom,
    staffName: row.staffName,
    updatedAt: row.updatedAt,
    recordVersion: Number(row.recordVersion),
  };
}

function auditView(row: BureauRow): Record<string, unknown> {
  const { updatedAt: _updatedAt, recordVersion: _version, ...rest } = toProfile(row);
  return rest;
}
