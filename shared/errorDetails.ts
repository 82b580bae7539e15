import { z } from 'zod';
import type { ErrorCode } from './errors';

/**
 * What a refusal carries besides its code, per code: the services build it, the UI and the CLI
 * read it. A code missing here carries no details of its own; any refusal of input may still
 * name its field or fields (`FieldDetails`), so a form can mark them.
 */
const id = z.string();
const ids = z.object({ ids: z.array(id) });
const byId = z.object({ id });
const month = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/);
const inMonth = z.object({ month });
/** What Blikk answered (status, a redacted excerpt) or why no answer came. */
const blikkAnswer = z.object({
  status: z.number().int().optional(),
  excerpt: z.string().optional(),
  cause: z.string().optional(),
  expected: z.string().optional(),
  totalPages: z.number().optional(),
  item: z.number().int().optional(),
  reason: z.string().optional(),
});
/** The mail server's own words, for whoever sets the connection up. */
const mailServer = z.object({ server: z.string() });
const templateProblems = z.object({
  problems: z.array(
    z.object({
      code: z.enum(['mailTemplate.placeholder', 'mailTemplate.syntax']),
      detail: z.string(),
    }),
  ),
});

export const ERROR_DETAILS = {
  'input.invalid': z.object({
    issues: z.array(z.object({ path: z.string(), message: z.string() })),
  }),
  'db.newerVersion': z.object({ unknownMigrations: z.array(z.string()) }),
  'copy.customersExist': z.object({
    customers: z.array(z.object({ id, name: z.string(), orgnr: z.string() })),
  }),
  'copy.failed': z.object({ table: z.string(), reason: z.string() }),
  'copy.verifyFailed': z.object({ table: z.string() }),
  /** The server's or the network's own code (28P01, ECONNREFUSED…), for whoever runs the server. */
  'db.connectionFailed': z.object({ cause: z.string() }),
  /** When the last-read copy that refused the write was read (ISO time). */
  'db.readOnly': z.object({ readAt: z.string().nullable() }),
  'export.folderMissing': z.object({ folder: z.string() }),
  'customer.notFound': byId,
  'orgnr.duplicate': z.object({ existing: z.object({ id, name: z.string(), orgnr: z.string() }) }),
  'user.notFound': ids,
  /**
   * A save from an older version than the stored one: the record as the reader sees it now
   * (personnummer masked), its version, the fields written since the save's version (from the
   * audit log), and who wrote last and when, where the audit log knows.
   */
  'conflict.stale': z.object({
    entity: z.enum(['user', 'customer', 'settings', 'profile', 'bureau']),
    id,
    version: z.number().int(),
    current: z.record(z.string(), z.unknown()),
    changedFields: z.array(z.string()),
    changedBy: z.string().nullable(),
    changedAt: z.string().nullable(),
  }),
  'approver.hasApprovees': z.object({ users: z.array(z.string()) }),
  'licences.exceeded': z.object({ licences: z.number().int(), needed: z.number().int() }),
  'licences.belowUsers': z.object({ licences: z.number().int(), users: z.number().int() }),
  'import.file': z.object({ code: z.string() }),
  'profile.notFound': byId,
  'profile.inUse': z.object({ users: z.number().int() }),
  'template.notFound': byId,
  'prices.notFound': byId,
  'prices.duplicateCode': z.object({ code: z.string() }),
  'prices.none': inMonth,
  'addon.unknown': z.object({ code: z.string() }),
  'addon.notFound': byId,
  'addon.dates': z.object({ from: z.string(), to: z.string() }),
  'audit.dateRange': z.object({ from: z.string(), to: z.string() }),
  'month.closed': inMonth,
  'month.notEnded': z.object({ month, today: z.string() }),
  'month.notClosed': inMonth,
  'mailTemplate.placeholder': templateProblems,
  'mailTemplate.syntax': templateProblems,
  'mail.dns': mailServer,
  'mail.refused': mailServer,
  'mail.timeout': mailServer,
  'mail.tls': mailServer,
  'mail.auth': mailServer,
  'mail.senderRefused': mailServer,
  'mail.recipientRefused': mailServer,
  'mail.connectionLost': mailServer,
  'mail.failed': mailServer,
  'outbox.notFound': ids,
  'outbox.wrongState': z.object({
    ids: z.array(id),
    states: z.array(z.string()),
    allowed: z.array(z.string()),
  }),
  'invite.incomplete': z.object({
    users: z.array(z.object({ userId: id, name: z.string(), missing: z.array(z.string()) })),
  }),
  'blikk.auth': blikkAnswer,
  'blikk.forbidden': blikkAnswer,
  'blikk.offline': blikkAnswer,
  'blikk.timeout': blikkAnswer,
  'blikk.unavailable': blikkAnswer,
  'blikk.notBlikk': blikkAnswer,
  'blikk.malformed': blikkAnswer,
  'blikk.notConnected': z.object({ customerId: id }),
  /** Where the address came from (the setting or KUNDSTART_BLIKK_API_URL). */
  'blikk.urlInvalid': z.object({ source: z.string(), field: z.string().optional() }),
} satisfies Partial<Record<ErrorCode, z.ZodType>>;

type DetailedCode = keyof typeof ERROR_DETAILS;

/** The field (or every field's issue, and whose) a refusal of input is about. */
export const fieldDetailsSchema = z.union([
  z.object({ field: z.string() }),
  z.object({
    issues: z.array(
      // A code for a form to translate, or (the CLI's own refusals) a message in words.
      z.object({
        field: z.string(),
        code: z.string().optional(),
        severity: z.enum(['error', 'warning']).optional(),
        message: z.string().optional(),
      }),
    ),
    user: z.string().optional(),
  }),
]);
export type FieldDetails = z.infer<typeof fieldDetailsSchema>;

/** The details a code may be thrown with: its own shape, or the fields it refuses. */
export type DetailsOf<C extends ErrorCode> =
  (C extends DetailedCode ? z.infer<(typeof ERROR_DETAILS)[C]> : never) | FieldDetails;

/** The fields a refusal of input names, checked: undefined when it names none. */
export function fieldDetailsOf(
  error: { details?: unknown } | null | undefined,
): FieldDetails | undefined {
  const parsed = fieldDetailsSchema.safeParse(error?.details);
  return parsed.success ? parsed.data : undefined;
}

/** A code's own details, checked: undefined when the error has another code or another shape. */
export function detailsOf<C extends DetailedCode>(
  error: { code: string; details?: unknown } | null | undefined,
  code: C,
): z.infer<(typeof ERROR_DETAILS)[C]> | undefined {
  if (error?.code !== code) return undefined;
  const parsed = ERROR_DETAILS[code].safeParse(error.details);
  return parsed.success ? (parsed.data as z.infer<(typeof ERROR_DETAILS)[C]>) : undefined;
}
