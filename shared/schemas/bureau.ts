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
}
