import { z } from 'zod';
import type { AuditEntry } from './app';
import { optionalSingleLine } from './common';

/**
 * A person asking what is held about them (GDPR art. 15) or to be erased (art. 17): found by
 * personnummer (any written form) or by e-mail, across every customer. Exactly one of the two.
 */
export const personQuerySchema = z
  .object({ personnummer: optionalSingleLine(20), email: optionalSingleLine(254) })
  .strict();
export type PersonQuery = z.infer<typeof personQuerySchema>;

export const personExportSchema = z
  .object({ query: personQuerySchema, format: z.enum(['json', 'pdf']) })
  .strict();

export interface PersonUser {
  customerId: string;
  customerName: string;
  userId: string;
  firstName: string;
  lastName: string;
  email: string;
  /** In full (YYYYMMDD-NNNN): the person has the right to see it. */
  personnummer: string | null;
  mobile: string;
  employeeNumber: string;
  role: string;
  salaryForm: string | null;
  isPrimaryContact: boolean;
  invitedAt: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface PersonContact {
  customerId: string;
  customerName: string;
  name: string;
  email: string;
  phone: string;
  personnummer: string | null;
  alsoFirstAdmin: boolean;
  updatedAt: string;
}

export interface PersonInvitation {
  customerId: string;
  userId: string;
  emailState: string;
  emailStateAt: string | null;
  letterAt: string | null;
  blikkWelcomeAt: string | null;
  loggedInAt: string | null;
  remindedAt: string | null;
}

export interface PersonMessage {
  id: string;
  customerId: string | null;
  kind: string;
  state: string;
  to: string;
  subject: string;
  text: string;
  createdAt: string;
  sentAt: string | null;
}

/** The parts of a customer's last Blikk reconciliation that name the person. */
export interface PersonBlikk {
  customerId: string;
  customerName: string;
  reconciledAt: string | null;
  entries: Record<string, unknown>[];
}

/** A customer whose invoices go to one of the person's addresses. */
export interface PersonInvoiceEmail {
  customerId: string;
  customerName: string;
  invoiceEmail: string;
}

/** A note staff wrote on informing a customer's contact, naming the person or their address. */
export interface PersonNote {
  customerId: string;
  customerName: string;
  note: string;
}

/** Everything Kundstart holds about one person: what `person export` writes as JSON. */
export interface PersonRecord {
  exportedAt: string;
  exportedBy: string;
  query: { personnummer: string | null; email: string | null };
  users: PersonUser[];
  contacts: PersonContact[];
  invitations: PersonInvitation[];
  messages: PersonMessage[];
  blikk: PersonBlikk[];
  invoiceEmails: PersonInvoiceEmail[];
  notes: PersonNote[];
  audit: AuditEntry[];
}

/** Where a person is held, for the search page: no personnummer in it. */
export interface PersonOverview {
  name: string;
  places: { customerId: string; customerName: string; asUser: boolean; asContact: boolean }[];
  counts: PersonCounts;
}

export interface PersonCounts {
  users: number;
  contacts: number;
  invitations: number;
  messages: number;
  blikk: number;
  audit: number;
}

export interface ErasureResult {
  /** The erasure's own audit entry. */
  auditId: number;
  counts: PersonCounts & { drafts: number };
}

/** The bureau's retention of sent messages and drafts, in days; null keeps them. */
export const retentionSchema = z
  .object({ days: z.number().int().min(1).max(3650).nullable() })
  .strict();
export type Retention = z.infer<typeof retentionSchema>;
