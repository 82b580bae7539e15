import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { z } from 'zod';
import { AppError } from '../../../shared/errors';
import { SECTION_KEYS, type SectionData } from '../../../shared/settings/sections';
import { profileFieldsSchema, type ProfileFields } from '../../../shared/settings/profiles';
import type { CustomerSettings, SettingsTemplate } from '../../../shared/schemas/settings';
import { writeAudit } from '../audit/audit-service';
import { ProfileEntity, SettingsEntity, TemplateEntity, type TemplateRow } from '../db/entities';
import { isoNow, type ServiceContext } from '../context';
import { toRow } from './profile-service';
import { announce, readSettings } from './settings-service';

interface Source {
  sections: SectionData;
  /** The default profile first. */
  profiles: { fields: ProfileFields; isDefault: boolean }[];
}

/**
 * Replaces a customer's five sections and profiles with another customer's or a template's.
 * The review marks are cleared: staff confirm the copy for this customer.
 */
export async function copySettings(
  ctx: ServiceContext,
  input: { toCustomerId: string; from: { customerId: string } | { templateId: string } },
): Promise<CustomerSettings> {
  const result = await ctx.ds.transaction(async (m) => {
    const source =
      'customerId' in input.from
        ? fromSettings(await readSettings(m, input.from.customerId))
        : fromTemplate(await findTemplate(m, input.from.templateId));
    await readSettings(m, input.toCustomerId); // refuses an unknown customer
    await replaceSettings(ctx, m, input.toCustomerId, source);
    await writeAudit(ctx, m, {
      entity: 'settings',
      entityId: input.toCustomerId,
      customerId: input.toCustomerId,
      action: 'update',
      before: null,
      after: { copiedFrom: input.from },
    });
    return readSettings(m, input.toCustomerId);
  });
  announce(ctx, input.toCustomerId);
  return result;
}

async function replaceSettings(
  ctx: ServiceContext,
  m: EntityManager,
  customerId: string,
  source: Source,
) {
  const now = isoNow(ctx);
  // Replaced, not new: each section's version goes on from the one it replaces.
  const versions = new Map(
    (await m.find(SettingsEntity, { where: { customerId } })).map((row) => [
      row.section,
      Number(row.recordVersion),
    ]),
  );
  await m.delete(SettingsEntity, { customerId });
  for (const key of SECTION_KEYS) {
    await m.insert(SettingsEntity, {
      customerId,
      section: key,
      dataJson: JSON.stringify(source.sections[key]),
      reviewedAt: null,
      reviewedBy: null,
      updatedAt: now,
      recordVersion: (versions.get(key) ?? 0) + 1,
    });
  }
  const current = await m.find(ProfileEntity, { where: { customerId } });
  const keptDefault = current.find((p) => p.isDefault);
  await m.delete(ProfileEntity, { customerId, isDefault: false });
  for (const profile of source.profiles) {
    if (profile.isDefault && keptDefault) {
      // The default keeps its id: users linked to it stay linked.
      await m.update(
        ProfileEntity,
        { id: keptDefault.id },
        { ...profile.fields, updatedAt: now, recordVersion: () => 'record_version + 1' },
      );
    } else {
      await m.insert(
        ProfileEntity,
        toRow(customerId, randomUUID(), profile.fields, profile.isDefault, now),
      );
    }
  }
}

function fromSettings(settings: CustomerSettings): Source {
  const sections = Object.fromEntries(
    SECTION_KEYS.map((k) => [k, settings.sections[k].data]),
  ) as SectionData;
  const profiles = settings.profiles.map(({ isDefault, ...p }) => ({
    isDefault,
    fields: profileFieldsSchema.parse({
      name: p.name,
      clockTimesRequired: p.clockTimesRequired,
      projectRequired: p.projectRequired,
      activityRequired: p.activityRequired,
      timeArticleRequired: p.timeArticleRequired,
      closeBelowSchedule: p.closeBelowSchedule,
      roundingMinutes: p.roundingMinutes,
    }),
  }));
  return { sections, profiles };
}

const storedProfiles = z.array(z.object({ isDefault: z.boolean(), fields: profileFieldsSchema }));

function fromTemplate(row: TemplateRow): Source {
  return {
    sections: JSON.parse(row.sectionsJson) as SectionData,
    profiles: storedProfiles.parse(JSON.parse(row.profilesJson)),
  };
}

async function findTemplate(m: EntityManager, id: string): Promise<TemplateRow> {
  const row = await m.findOne(TemplateEntity, { where: { id } });
  if (!row) throw new AppError('template.notFound', 'Mallen finns inte', { id });
  return row;
}

export async function listTemplates(ctx: ServiceContext): Promise<SettingsTemplate[]> {
  const rows = await ctx.ds.getRepository(TemplateEntity).find();
  return rows.sort((a, b) => a.name.localeCompare(b.name, 'sv')).map(toTemplate);
}

export async function createTemplateFromCustomer(
  ctx: ServiceContext,
  input: { customerId: string; name: string },
): Promise<SettingsTemplate> {
  const name = input.name.trim();
  if (!name) throw new AppError('name.missing', 'Mallen behöver ett namn', { field: 'name' });
  return ctx.ds.transaction(async (m) => {
    const source = fromSettings(await readSettings(m, input.customerId));
    const row: TemplateRow = {
      id: randomUUID(),
      name,
      sectionsJson: JSON.stringify(source.sections),
      profilesJson: JSON.stringify(source.profiles),
      createdAt: isoNow(ctx),
    };
    await m.insert(TemplateEntity, row);
    await writeAudit(ctx, m, {
      entity: 'template',
      entityId: row.id,
      customerId: null,
      action: 'create',
      before: null,
      after: { name, fromCustomer: input.customerId },
    });
    return toTemplate(row);
  });
}

export async function deleteTemplate(ctx: ServiceContext, id: string): Promise<null> {
  await ctx.ds.transaction(async (m) => {
    const row = await findTemplate(m, id);
    await m.delete(TemplateEntity, { id });
    await writeAudit(ctx, m, {
      entity: 'template',
      entityId: id,
      customerId: null,
      action: 'delete',
      before: { name: row.name },
      after: null,
    });
  });
  return null;
}

function toTemplate(row: TemplateRow): SettingsTemplate {
  return {
    id: row.id,
    name: row.name,
    createdAt: row.createdAt,
    profileNames: storedProfiles.parse(JSON.parse(row.profilesJson)).map((p) => p.fields.name),
  };
}
