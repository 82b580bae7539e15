import { z } from 'zod';
import { id, text } from './common';
import {
  SECTION_KEYS,
  SECTION_SCHEMAS,
  type SectionData,
  type SectionKey,
} from '../settings/sections';
import { profileFieldsSchema, type ReportingProfile } from '../settings/profiles';

/** The five sections, then the reporting profiles: what "reviewed" can be said of. */
export const REVIEWABLE = [...SECTION_KEYS, 'profiles'] as const;
export type Reviewable = (typeof REVIEWABLE)[number];

export interface SectionState<K extends SectionKey = SectionKey> {
  key: K;
  data: SectionData[K];
  reviewedAt: string | null;
  reviewedBy: string | null;
  updatedAt: string;
  /** What settings:save sends back; 0 for a section never saved (it shows the defaults). */
  recordVersion: number;
}

export interface CustomerSettings {
  customerId: string;
  sections: { [K in SectionKey]: SectionState<K> };
  profiles: ReportingProfile[];
  profilesReviewedAt: string | null;
  profilesReviewedBy: string | null;
}

/** The version a form read a section or profile at; an older one is conflict.stale. */
const readVersion = z.number().int().min(0).max(2_147_483_647).optional();

export const settingsSaveSchema = z.discriminatedUnion('section', [
  z
    .object({
      customerId: id,
      section: z.literal('workTime'),
      data: SECTION_SCHEMAS.workTime,
      recordVersion: readVersion,
    })
    .strict(),
  z
    .object({
      customerId: id,
      section: z.literal('timeCodes'),
      data: SECTION_SCHEMAS.timeCodes,
      recordVersion: readVersion,
    })
    .strict(),
  z
    .object({
      customerId: id,
      section: z.literal('overtime'),
      data: SECTION_SCHEMAS.overtime,
      recordVersion: readVersion,
    })
    .strict(),
  z
    .object({
      customerId: id,
      section: z.literal('approval'),
      data: SECTION_SCHEMAS.approval,
      recordVersion: readVersion,
    })
    .strict(),
  z
    .object({
      customerId: id,
      section: z.literal('payrollExport'),
      data: SECTION_SCHEMAS.payrollExport,
      recordVersion: readVersion,
    })
    .strict(),
]);

export const settingsReviewSchema = z
  .object({ customerId: id, section: z.enum(REVIEWABLE), reviewed: z.boolean() })
  .strict();

export interface ReviewResult {
  settings: CustomerSettings;
  /** Earlier parts not yet reviewed: the UI warns ("settings.outOfOrder"), it does not refuse. */
  outOfOrder: Reviewable[];
}

export const settingsCopySchema = z
  .object({
    toCustomerId: id,
    from: z.union([z.object({ customerId: id }).strict(), z.object({ templateId: id }).strict()]),
  })
  .strict();

export interface SettingsTemplate {
  id: string;
  name: string;
  createdAt: string;
  profileNames: string[];
}

export const templateFromCustomerSchema = z.object({ customerId: id, name: text(80) }).strict();

export const profileSaveSchema = z
  .object({
    customerId: id,
    id: id.optional(),
    fields: profileFieldsSchema,
    /** Required to update a stored profile (its recordVersion); absent for a new one. */
    recordVersion: readVersion,
  })
  .strict();

export const profileDeleteSchema = z.object({ id, moveUsersTo: id.optional() }).strict();

export const holidaysSchema = z.object({ year: z.number().int().min(1900).max(2200) }).strict();

export interface Holiday {
  date: string;
  name: string;
  /** public: röd dag; deFacto: midsommar-, jul- and nyårsafton; halfDay: a common reduced day. */
  kind: 'public' | 'deFacto' | 'halfDay';
}

export interface OnboardingOverview {
  /** Customers whose next step is 1-5; `done` when all five are. */
  byStep: { step: number | null; customers: number }[];
  total: number;
}

export interface SetupSheetFile {
  fileName: string;
  /** The PDF, base64: the renderer saves it (download or save dialog). */
  base64: string;
}
