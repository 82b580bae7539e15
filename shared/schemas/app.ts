import { z } from 'zod';
import { id, text } from './common';

export const LANGUAGES = ['sv', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

export const preferencesPatchSchema = z.object({ language: z.enum(LANGUAGES).optional() }).strict();
export interface Preferences {
  language: Language;
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

export const auditListSchema = z
  .object({ customerId: id.optional(), limit: z.number().int().min(1).max(1000).optional() })
  .strict();
export interface AuditEntry {
  id: number;
  at: string;
  actor: string;
  entity: string;
  entityId: string;
  customerId: string | null;
  action: 'create' | 'update' | 'delete' | 'reveal' | 'restore' | 'export' | 'erase' | 'retention';
  /** Who or what the entry is about, by name, as it was at the time ("Bo Ask"); may be ''. */
  subject: string;
  /** Personnummer appear masked here, always. */
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
}
