import { z } from 'zod';
import { id, optionalSingleLine, singleLine, text } from './common';
import type { ExportFile } from './import';

/* Steps 4 and 5: the bureau's mail server, message templates, the outbox and invitations. */

export const MAIL_SECURITY = ['starttls', 'tls', 'none'] as const;
export type MailSecurity = (typeof MAIL_SECURITY)[number];

export const MESSAGE_LANGUAGES = ['sv', 'en'] as const;
export type MessageLanguage = (typeof MESSAGE_LANGUAGES)[number];

/** The four texts the bureau sends; the BankID letter is printed (PDF), the others e-mailed. */
export const MAIL_TEMPLATE_KINDS = [
  'contactSummary',
  'welcome',
  'reminder',
  'bankidLetter',
] as const;
export type MailTemplateKind = (typeof MAIL_TEMPLATE_KINDS)[number];

/** What the outbox holds: the template kinds sent by e-mail, and the settings' test message. */
export const OUTBOX_KINDS = ['contactSummary', 'welcome', 'reminder', 'test'] as const;
export type OutboxKind = (typeof OUTBOX_KINDS)[number];

export const OUTBOX_STATES = [
  'queued',
  'sending',
  'sent',
  'failed',
  'interrupted',
  'cancelled',
] as const;
export type OutboxState = (typeof OUTBOX_STATES)[number];

// ---------------------------------------------------------------- mail settings

export const mailSettingsInputSchema = z
  .object({
    host: singleLine(253),
    port: z.number().int().min(1).max(65535),
    security: z.enum(MAIL_SECURITY),
    username: singleLine(254),
    /** Absent: keep the stored password; empty: remove it. */
    password: z.string().max(500).optional(),
    senderName: singleLine(200),
    senderAddress: singleLine(254),
    replyTo: optionalSingleLine(254),
    /** Sent messages are pruned after this many days (they hold personal data). */
    retentionDays: z.number().int().min(1).max(3650).optional(),
  })
  .strict();
export type MailSettingsInput = z.infer<typeof mailSettingsInputSchema>;

/** The settings as the UI sees them: the password never leaves the core, only whether one is set. */
export interface MailSettings {
  host: string;
  port: number;
  security: MailSecurity;
  username: string;
  hasPassword: boolean;
  senderName: string;
  senderAddress: string;
  replyTo: string;
  retentionDays: number;
  updatedAt: string;
}

export const mailTestSchema = z.object({ to: optionalSingleLine(254) }).strict();

export interface MailTestResult {
  to: string;
  /** The server's answer to the message, e.g. "250 OK: queued". */
  response: string;
}

// ---------------------------------------------------------------- templates

const kind = z.enum(MAIL_TEMPLATE_KINDS);
const language = z.enum(MESSAGE_LANGUAGES);

export interface MailTemplate {
  kind: MailTemplateKind;
  language: MessageLanguage;
  subject: string;
  body: string;
  /** True while the bureau has not edited it (a reset returns to this). */
  isDefault: boolean;
  /** The placeholders this kind offers, e.g. ["user.firstName", "customer.name"]. */
  placeholders: string[];
  updatedAt: string | null;
}

export const mailTemplateSaveSchema = z
  .object({ kind, language, subject: text(300), body: text(20_000) })
  .strict();
export const mailTemplateKeySchema = z.object({ kind, language }).strict();
/** Renders unsaved text with a customer's data, or with sample data when none is given. */
export const mailTemplatePreviewSchema = z
  .object({ kind, language, subject: text(300), body: text(20_000), customerId: id.optional() })
  .strict();

export interface MessagePreview {
  subject: string;
  text: string;
  html: string;
  /** Placeholder and syntax problems (mailTemplate.placeholder, mailTemplate.syntax). */
  problems: { code: 'mailTemplate.placeholder' | 'mailTemplate.syntax'; detail: string }[];
}

// ---------------------------------------------------------------- customers: language, contact

export const customerLanguageSchema = z.object({ customerId: id, language }).strict();

export interface ContactInformed {
  at: string;
  how: 'email' | 'other';
  note: string | null;
  by: string;
}

/** What step 4 knows about a customer. */
export interface CustomerMessaging {
  customerId: string;
  language: MessageLanguage;
  contactInformed: ContactInformed | null;
  /** The summary e-mail in the outbox, not yet sent (queued, sending, failed, interrupted). */
  pendingSummaryId: string | null;
}

export const contactPreviewSchema = z.object({ customerId: id }).strict();

export interface ContactPreview extends MessagePreview {
  to: { name: string; address: string } | null;
}

export const contactInformSchema = z.object({ customerId: id }).strict();
export const contactMarkSchema = z
  .object({ customerId: id, note: singleLine(500), informed: z.boolean().default(true) })
  .strict();

// ---------------------------------------------------------------- invitations

export type WelcomeEmailState = 'none' | OutboxState;

export interface UserInvitation {
  emailState: WelcomeEmailState;
  emailStateAt: string | null;
  /** Why the last welcome e-mail failed, in the sender's words. */
  emailError: string | null;
  letterAt: string | null;
  blikkWelcomeAt: string | null;
  loggedInAt: string | null;
  remindedAt: string | null;
  /** Invited by one of the ways that count for step 5: e-mail sent, letter made, Blikk's e-mail. */
  invited: boolean;
}

export const inviteSchema = z
  .object({
    customerId: id,
    /** The users to invite; absent with allComplete: every complete user not yet invited. */
    userIds: z.array(id).min(1).max(100_000).optional(),
    allComplete: z.boolean().optional(),
    /** Staff have seen what the incomplete users lack and invite them anyway. */
    confirmIncomplete: z.boolean().default(false),
    dryRun: z.boolean().default(false),
  })
  .strict()
  .refine((v) => (v.userIds ? !v.allComplete : v.allComplete === true), {
    message: 'Ange antingen användare eller alla kompletta',
  });

export type InviteOutcomeKind = 'queued' | 'sent' | 'letter' | 'skipped' | 'failed';

export interface InviteOutcome {
  userId: string;
  name: string;
  outcome: InviteOutcomeKind;
  /** Why skipped or failed (a code: invite.alreadyInvited, invite.noEmail, mail.auth, ...). */
  reason: string | null;
  /** What the user lacks (warning codes), when incomplete. */
  missing: string[];
}

export interface InviteResult {
  batchId: string | null;
  outcomes: InviteOutcome[];
}

export const userIdsSchema = z
  .object({ customerId: id, userIds: z.array(id).min(1).max(100_000) })
  .strict();
export const userMarkSchema = z
  .object({ customerId: id, userIds: z.array(id).min(1).max(100_000), value: z.boolean() })
  .strict();
export const lettersSchema = z
  .object({ customerId: id, userIds: z.array(id).min(1).max(100_000).optional() })
  .strict();

/** The BankID letters' PDF, and how many letters it holds (what the CLI reports). */
export interface LettersFile extends ExportFile {
  letters: number;
}

// ---------------------------------------------------------------- outbox

export const outboxListSchema = z
  .object({
    customerId: id.optional(),
    states: z.array(z.enum(OUTBOX_STATES)).max(OUTBOX_STATES.length).optional(),
    limit: z.number().int().min(1).max(100_000).default(5000),
  })
  .strict();

export interface OutboxItem {
  id: string;
  customerId: string | null;
  customerName: string | null;
  userId: string | null;
  kind: OutboxKind;
  state: OutboxState;
  recipient: string;
  subject: string;
  attempts: number;
  nextAttemptAt: string | null;
  errorCode: string | null;
  errorText: string | null;
  createdAt: string;
  sentAt: string | null;
}

export interface OutboxStatus {
  counts: Record<OutboxState, number>;
  /** A batch being sent now: how far it has come. */
  sending: { done: number; total: number } | null;
}

export const outboxIdsSchema = z.object({ ids: z.array(id).min(1).max(100_000) }).strict();
/** An interrupted message: staff say it was delivered after all, or that it must be sent again. */
export const outboxConfirmSchema = z
  .object({ ids: z.array(id).min(1).max(100_000), outcome: z.enum(['sent', 'resend']) })
  .strict();
