import { z } from 'zod';
import type { BlikkSyncStatus } from './blikk';
import { id, optionalSingleLine, singleLine } from './common';

export const VERSIONS = ['easy', 'pro', 'enterprise'] as const;
/** Only Easy can be created yet; the others are shown but not offered. */
export const OFFERED_VERSIONS = ['easy'] as const;
export const PAYERS = ['bureau', 'customer'] as const;
export const METHODS = ['collective', 'email', 'e-invoice', 'paper'] as const;
export const EINVOICE_SCHEMES = ['peppol', 'gln'] as const;

export type Version = (typeof VERSIONS)[number];
export type Payer = (typeof PAYERS)[number];
export type InvoiceMethod = (typeof METHODS)[number];
export type EInvoiceScheme = (typeof EINVOICE_SCHEMES)[number];

export const addressSchema = z
  .object({
    street: optionalSingleLine(200),
    postalCode: optionalSingleLine(20),
    city: optionalSingleLine(100),
  })
  .strict();
export type Address = z.infer<typeof addressSchema>;

export const collaborationInputSchema = z
  .object({
    version: z.enum(OFFERED_VERSIONS),
    licences: z.number().int().min(-1_000_000).max(1_000_000),
    customer: z
      .object({
        name: singleLine(200),
        orgnr: singleLine(20),
        address: addressSchema.optional(),
        phone: optionalSingleLine(40),
        invoiceEmail: optionalSingleLine(254),
      })
      .strict(),
    contact: z
      .object({
        name: singleLine(200),
        email: singleLine(254),
        phone: optionalSingleLine(40),
        /** Absent: keep what is stored; empty string: remove it. */
        personnummer: optionalSingleLine(20),
        alsoFirstAdmin: z.boolean(),
      })
      .strict()
      .nullable()
      .optional(),
    invoicing: z
      .object({
        payer: z.enum(PAYERS),
        method: z.enum(METHODS),
        eInvoice: z
          .object({ scheme: z.enum(EINVOICE_SCHEMES), id: singleLine(60) })
          .strict()
          .optional(),
        paperAddress: addressSchema.optional(),
      })
      .strict(),
  })
  .strict();

export type CollaborationInput = z.infer<typeof collaborationInputSchema>;

export const customerUpdateSchema = collaborationInputSchema
  .extend({
    id,
    /** The version customers:get gave (`recordVersion`); an older one is conflict.stale. */
    recordVersion: z.number().int().min(1).max(2_147_483_647).optional(),
  })
  .strict();
export type CustomerUpdateInput = z.infer<typeof customerUpdateSchema>;

export const customerListSchema = z.object({ search: optionalSingleLine(100) }).strict();

export interface Onboarding {
  /** The first of the five steps not yet done (1-5), null when all are. */
  next: number | null;
  /** Why the next step is not done yet: codes the UI translates. */
  blockers: string[];
}

export interface CustomerRow {
  id: string;
  name: string;
  /** Printed form NNNNNN-NNNN. */
  orgnr: string;
  version: Version;
  licences: number;
  payer: Payer;
  method: InvoiceMethod;
  onboarding: Onboarding;
  /** Reconciliation with Blikk: connected, last reconciled, open differences. */
  blikk: BlikkSyncStatus;
  updatedAt: string;
}

export interface ContactDetail {
  name: string;
  email: string;
  phone: string;
  /** YYYYMMDD-**** or null: the full number only through customers:revealContactPersonnummer. */
  personnummerMasked: string | null;
  alsoFirstAdmin: boolean;
}

export interface CustomerDetail {
  id: string;
  version: Version;
  licences: number;
  customer: {
    name: string;
    orgnr: string;
    orgType: string;
    address: Address;
    phone: string;
    invoiceEmail: string;
  };
  contact: ContactDetail | null;
  invoicing: {
    payer: Payer;
    method: InvoiceMethod;
    eInvoice: { scheme: EInvoiceScheme; id: string } | null;
    paperAddress: Address;
  };
  onboarding: Onboarding;
  createdAt: string;
  updatedAt: string;
  /** The customer's record version (not the Blikk `version`): what customers:update sends back. */
  recordVersion: number;
}

export interface ExistingCustomerRef {
  id: string;
  name: string;
  orgnr: string;
}
