import type { EntityManager } from 'typeorm';
import { isStale, nextVersion, staleError, versionMissing } from '../conflicts/stale';
import { dialectOf } from '../db/dialect';
import { AppError } from '../../../shared/errors';
import {
  defaultSections,
  SECTION_KEYS,
  SECTION_SCHEMAS,
  validateSection,
  type SectionData,
  type SectionKey,
} from '../../../shared/settings/sections';
import {
  REVIEWABLE,
  type CustomerSettings,
  type Reviewable,
  type ReviewResult,
  type SectionState,
} from '../../../shared/schemas/settings';
import { actorName, writeAudit } from '../audit/audit-service';
import { CustomerEntity, SettingsEntity, type SettingsRow } from '../db/entities';
import { isoNow, type ServiceContext } from '../context';
import { listProfiles } from './profile-service';

export async function getSettings(
  ctx: ServiceContext,
  customerId: string,
): Promise<CustomerSettings> {
  return readSettings(ctx.ds.manager, customerId);
}

/** Stored sections, and the defaults for those never saved: a new customer has all defaults. */
export async function readSettings(
  m: EntityManager,
  customerId: string,
): Promise<CustomerSettings> {
  await assertCustomer(m, customerId);
  const rows = new Map(
    (await m.find(SettingsEntity, { where: { customerId } })).map((r) => [r.section, r]),
  );
  const defaults = defaultSections();
  const sections = Object.fromEntries(
    SECTION_KEYS.map((key) => [key, sectionState(key, rows.get(key), defaults)]),
  ) as CustomerSettings['sections'];
  const profilesRow = rows.get('profiles');
  return {
    customerId,
    sections,
    profiles: await listProfiles(m, customerId),
    profilesReviewedAt: profilesRow?.reviewedAt ?? null,
    profilesReviewedBy: profilesRow?.reviewedBy ?? null,
  };
}

function sectionState(key: SectionKey, row: SettingsRow | undefined, defaults: SectionData) {
  // A stored section is parsed again: what the file holds is only trusted once it fits.
  const parsed = row ? SECTION_SCHEMAS[key].safeParse(JSON.parse(row.dataJson)) : null;
  return {
    key,
    data: parsed?.success ? parsed.data : defaults[key],
    reviewedAt: row?.reviewedAt ?? null,
    reviewedBy: row?.reviewedBy ?? null,
    updatedAt: row?.updatedAt ?? '',
    recordVersion: row ? Number(row.recordVersion) : 0,
  } as SectionState;
}

export async function saveSection(
  ctx: ServiceContext,
  input: {
    customerId: string;
    section: SectionKey;
    data: SectionData[SectionKey];
    recordVersion?: number | undefined;
  },
  options: { requireVersion?: boolean } = {},
): Promise<CustomerSettings> {
  const issues = validateSection(input.section, input.data);
  const first = issues[0];
  if (first) throw new AppError(first.code, `${input.section}.${first.field}`, { issues });
  const result = await ctx.ds.transaction(async (m) => {
    // The section may have no row yet: the customer is locked, so two first saves queue too.
    await assertCustomer(m, input.customerId);
    await dialectOf(m.connection).lockRecord(m, 'customers', input.customerId);
    const before = await readSettings(m, input.customerId);
    const previous = before.sections[input.section];
    await checkSectionVersion(m, input, previous, options);
    const stored = await m.findOne(SettingsEntity, {
      where: { customerId: input.customerId, section: input.section },
    });
    await m.save(SettingsEntity, {
      customerId: input.customerId,
      section: input.section,
      dataJson: JSON.stringify(input.data),
      reviewedAt: previous.reviewedAt,
      reviewedBy: previous.reviewedBy,
      updatedAt: isoNow(ctx),
      recordVersion: nextVersion(stored),
    });
    await writeAudit(ctx, m, {
      entity: `settings.${input.section}`,
      entityId: input.customerId,
      customerId: input.customerId,
      action: 'update',
      before: previous.data as Record<string, unknown>,
      after: input.data as Record<string, unknown>,
    });
    return readSettings(m, input.customerId);
  });
  announce(ctx, input.customerId);
  return result;
}

/**
 * A section's save names the version its form read (0: never saved, the defaults). Like any
 * record, only a section never stored may be saved without one.
 */
async function checkSectionVersion(
  m: EntityManager,
  input: { customerId: string; section: SectionKey; recordVersion?: number | undefined },
  previous: SectionState,
  options: { requireVersion?: boolean },
): Promise<void> {
  const readAt = input.recordVersion;
  if (readAt === undefined && options.requireVersion && previous.recordVersion > 0) {
    throw versionMissing();
  }
  if (readAt === undefined || !isStale(previous, readAt)) return;
  throw await staleError(
    m,
    { entity: 'settings', auditEntities: [`settings.${input.section}`], id: input.customerId },
    previous.recordVersion,
    readAt,
    previous as unknown as Record<string, unknown>,
  );
}

/** Marks a part reviewed (or not), and says which earlier parts are still unreviewed. */
export async function reviewPart(
  ctx: ServiceContext,
  input: { customerId: string; section: Reviewable; reviewed: boolean },
): Promise<ReviewResult> {
  const settings = await ctx.ds.transaction(async (m) => {
    await assertCustomer(m, input.customerId);
    const row = await m.findOne(SettingsEntity, {
      where: { customerId: input.customerId, section: input.section },
    });
    const now = isoNow(ctx);
    const reviewedAt = input.reviewed ? now : null;
    await m.save(SettingsEntity, {
      customerId: input.customerId,
      section: input.section,
      dataJson: row?.dataJson ?? dataOf(input.section),
      reviewedAt,
      reviewedBy: input.reviewed ? await actorName(m) : null,
      updatedAt: row?.updatedAt ?? now,
      recordVersion: nextVersion(row),
    });
    await writeAudit(ctx, m, {
      entity: `settings.${input.section}`,
      entityId: input.customerId,
      customerId: input.customerId,
      action: 'update',
      before: { reviewed: Boolean(row?.reviewedAt) },
      after: { reviewed: input.reviewed },
    });
    return readSettings(m, input.customerId);
  });
  announce(ctx, input.customerId);
  return { settings, outOfOrder: input.reviewed ? earlierUnreviewed(settings, input.section) : [] };
}

function dataOf(part: Reviewable): string {
  return JSON.stringify(part === 'profiles' ? {} : defaultSections()[part]);
}

function reviewedParts(settings: CustomerSettings): Set<Reviewable> {
  const done = new Set<Reviewable>(SECTION_KEYS.filter((k) => settings.sections[k].reviewedAt));
  if (settings.profilesReviewedAt) done.add('profiles');
  return done;
}

function earlierUnreviewed(settings: CustomerSettings, part: Reviewable): Reviewable[] {
  const done = reviewedParts(settings);
  return REVIEWABLE.slice(0, REVIEWABLE.indexOf(part)).filter((p) => !done.has(p));
}

export async function assertCustomer(m: EntityManager, customerId: string): Promise<void> {
  if (!(await m.exists(CustomerEntity, { where: { id: customerId } }))) {
    throw new AppError('customer.notFound', 'Kunden finns inte', { id: customerId });
  }
}

/** The checklist and the portfolio derive from settings: both are told. */
export function announce(ctx: ServiceContext, customerId: string): void {
  ctx.emit('settings:changed', { customerId });
  ctx.emit('customers:changed', { ids: [customerId] });
}
