import { z } from 'zod';
import { isoDate, singleLine } from './common';

export const bureauInputSchema = z
  .object({
    name: singleLine(200),
    orgnr: singleLine(20),
    resellerAgreement: z.boolean(),
    agreementNumber: singleLine(60).nullable().optional(),
    agreementValidFrom: isoDate.nullable().optional(),
    staffName: singleLine(120),
    /** Required to update a saved profile (bureau:get gives it); an older one is conflict.stale. */
    recordVersion: z.number().int().min(1).max(2_147_483_647).optional(),
  })
  .strict();

export type BureauInput = z.infer<typeof bureauInputSchema>;

export interface BureauProfile {
  name: string;
  /** Printed form, NNNNNN-NNNN. */
  orgnr: string;
  resellerAgreement: boolean;
  agreementNumber: string | null;
  agreementValidFrom: string | null;
  /** Who is working: written to the audit log as the actor. */
  staffName: string;
  updatedAt: string;
  /** What bureau:save sends back; a colleague's save since makes it stale. */
  recordVersion: number;
}

/**
 * The customers whose invoicing in force today is the bureau's samlingsfaktura: what removing
 * the reseller agreement would affect, and, once it is gone, who must be moved to another method.
 */
export interface CollectiveCustomers {
  customers: { id: string; name: string }[];
  /** No agreement, yet customers on samlingsfaktura: they are invoiced at reseller prices. */
  agreementMissing: boolean;
}
