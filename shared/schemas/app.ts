import { z } from 'zod';
import { id, isoDate, text } from './common';

export const LANGUAGES = ['sv', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

/** An update feed: a generic HTTPS folder holding latest*.yml and the installers. */
const updateFeed = z.union([z.literal(''), z.url({ protocol: /^https$/ }).max(500)]);

/** Automatic updates of the desktop app: off until staff turn them on and name a feed. */
export const updatePreferencesSchema = z
  .object({ enabled: z.boolean(), feedUrl: updateFeed })
  .strict()
  .refine((u) => !u.enabled || u.feedUrl !== '', {
    path: ['feedUrl'],
    message: 'Ange adressen som uppdateringarna hämtas från',
  });
export type UpdatePreferences = z.infer<typeof updatePreferencesSchema>;

export const preferencesPatchSchema = z
  .object({ language: z.enum(LANGUAGES).optional(), updates: updatePreferencesSchema.optional() })
  .strict();
export interface Preferences {
  language: Language;
  updates: UpdatePreferences;
}

export interface AppInfo {
  version: string;
  mode: 'electron' | 'browser' | 'cli';
  dataFile: string;
  schemaVersion: string;
}

export const draftKeySchema = z.object({ key: text(100).min(1) }).strict();
export const draftSaveSchema = z
  .object({ key: text(100).min(1), payload: z.record(z.string(), z.unknown()) })
  .strict();
export interface Draft {
  key: string;
  payload: Record<string, unknown>;
  updatedAt: string;
}

export const AUDIT_ACTIONS = [
  'create',
  'update',
  'delete',
  'reveal',
  'restore',
  'export',
  'erase',
  'retention',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

/**
 * Which entries of the log: every filter optional, all of them together (AND). `from` and `to`
 * are Swedish calendar days, both included; `entity` ending in `.*` takes every entity under it
 * (`settings.*` is every section of the time settings).
 */
export const auditFilterSchema = z.object({
  customerId: id.optional(),
  /** Entries about one user: the user's id (entity_id), whatever was done to them. */
  userId: id.optional(),
  /** The staff member who did it, as the entry names them. */
  actor: text(120).min(1).optional(),
  entity: text(41).min(1).optional(),
  action: z.enum(AUDIT_ACTIONS).optional(),
  from: isoDate.optional(),
  to: isoDate.optional(),
  /** Part of the subject ("Ask" finds "Bo Ask"), any case. */
  text: text(200).optional(),
});
export type AuditFilter = z.infer<typeof auditFilterSchema>;

/** One page of the log, newest first: the entries older than `before` (an entry's id). */
export const auditListSchema = auditFilterSchema
  .extend({
    before: z.number().int().min(1).optional(),
    limit: z.number().int().min(1).max(1000).optional(),
  })
  .strict();
export const auditCountSchema = auditFilterSchema.strict();
export const AUDIT_EXPORT_FORMATS = ['csv', 'xlsx'] as const;
export const auditExportSchema = auditFilterSchema
  .extend({ format: z.enum(AUDIT_EXPORT_FORMATS) })
  .strict();
export interface AuditEntry {
  id: number;
  at: string;
  actor: string;
  entity: string;
  entityId: string;
  customerId: string | null;
  action: AuditAction;
  /** The customer's name today; null for entries about no customer (or one since removed). */
  customerName?: string | null;
  /** Who or what the entry is about, by name, as it was at the time ("Bo Ask"); may be ''. */
  subject: string;
  /** Personnummer appear masked here, always. */
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
  /** The PostgreSQL role that wrote it (team database); absent on the own file (SQLite). */
  dbRole?: string;
}
