import { z } from 'zod';
import { id, singleLine } from './common';

/** Blikk's own public API; a setting may replace it, KUNDSTART_BLIKK_API_URL overrides both. */
export const DEFAULT_BLIKK_API_URL = 'https://publicapi.blikk.com';

/** The fields compared between a prepared user and Blikk's, in the order they are shown. */
export const BLIKK_FIELDS = [
  'name',
  'email',
  'employeeNumber',
  'salaryForm',
  'role',
  'approver',
  'profile',
] as const;
export type BlikkField = (typeof BLIKK_FIELDS)[number];

// ---- inputs ---------------------------------------------------------------------------------

export const blikkCustomerSchema = z.object({ customerId: id }).strict();

export const blikkConnectSchema = z
  .object({ customerId: id, appId: singleLine(200), appSecret: singleLine(500) })
  .strict();
export type BlikkConnectInput = z.infer<typeof blikkConnectSchema>;

/** Tests the stored connection, or the typed credentials before they are saved. */
export const blikkTestSchema = z
  .object({
    customerId: id,
    appId: singleLine(200).optional(),
    appSecret: singleLine(500).optional(),
  })
  .strict();
export type BlikkTestInput = z.infer<typeof blikkTestSchema>;

/** '' returns to Blikk's own address. */
export const blikkSettingsSchema = z.object({ apiUrl: singleLine(500) }).strict();
export type BlikkSettingsInput = z.infer<typeof blikkSettingsSchema>;

/** Absent: every connected customer. */
export const blikkReconcileAllSchema = z
  .object({ customerIds: z.array(id).min(1).max(100_000).optional() })
  .strict();
export type BlikkReconcileAllInput = z.infer<typeof blikkReconcileAllSchema>;

export const blikkResolveSchema = z
  .object({
    customerId: id,
    /** BlikkDifference.id of the last reconciliation. */
    differenceId: z.string().min(1).max(200),
    /** accept: the prepared user takes Blikk's value; keep: the prepared value stays (fix Blikk). */
    choice: z.enum(['accept', 'keep']),
  })
  .strict();
export type BlikkResolveInput = z.infer<typeof blikkResolveSchema>;

// ---- outputs --------------------------------------------------------------------------------

export interface BlikkSettings {
  /** The address in use. */
  apiUrl: string;
  /** Where it comes from: the environment variable wins over the setting, the setting over Blikk's. */
  source: 'env' | 'setting' | 'default';
  /** The stored setting ('' when none). */
  storedUrl: string;
}

export interface BlikkConnection {
  customerId: string;
  appId: string;
  /** Never the secret itself: it stays sealed in the services. */
  hasSecret: boolean;
  connectedAt: string;
  lastTest: { at: string; code: string | null } | null;
}

export interface BlikkTestResult {
  /** totalItemCount of Blikk's first users page. */
  users: number;
  testedAt: string;
}

/** One of Blikk's users as Kundstart reads it (tolerant mapping of Blikk's answer). */
export interface BlikkUser {
  blikkId: string;
  firstName: string;
  lastName: string;
  email: string;
  /** YYYYMMDD-NNNN when Blikk's value parses as a personnummer; the raw value otherwise. */
  personnummer: string | null;
  employeeNumber: string;
  /** 'monthly' | 'hourly' when mapped; otherwise Blikk's raw value in salaryTypeRaw. */
  salaryForm: 'monthly' | 'hourly' | null;
  salaryTypeRaw: string | null;
  /** reporter | approver | admin when mapped; otherwise Blikk's raw value in licenseRaw. */
  role: 'reporter' | 'approver' | 'admin' | null;
  licenseRaw: string | null;
  /** Whether the user holds a licence (counts against the licences invoiced). */
  licensed: boolean;
  manager: { id: string; name: string } | null;
  profile: { id: string; name: string } | null;
}

/** A prepared user named in a result. */
export interface PreparedUserRef {
  userId: string;
  name: string;
  email: string;
  employeeNumber: string;
}

/** A Blikk user named in a result; personnummer masked (YYYYMMDD-****). */
export interface BlikkUserRef {
  blikkId: string;
  name: string;
  email: string;
  employeeNumber: string;
  personnummerMasked: string | null;
}

export interface BlikkDifference {
  /** Stable across reconciliations: `${userId}:${field}`. */
  id: string;
  userId: string;
  /** The prepared user's name, as the CLI's `user`. */
  user: string;
  blikkId: string;
  field: BlikkField;
  /** Display values; null when absent on that side. */
  prepared: string | null;
  blikk: string | null;
  /** Whether Blikk's value maps to a Kundstart value, so that "accept" is possible. */
  acceptable: boolean;
  /** Staff chose to keep the prepared value (Blikk is to be corrected): when and by whom. */
  kept: { at: string; by: string } | null;
}

export interface Reconciliation {
  customerId: string;
  reconciledAt: string;
  /** Users read from Blikk. */
  blikkUsers: number;
  missingInBlikk: PreparedUserRef[];
  notPrepared: BlikkUserRef[];
  differences: BlikkDifference[];
  licences: { inUse: number; invoiced: number };
  /** Every prepared user found in Blikk with no difference, and none unprepared there. */
  verified: boolean;
}

/** What the portfolio shows per customer. */
export interface BlikkSyncStatus {
  connected: boolean;
  /** The last successful reconciliation (null: never); stays readable offline. */
  reconciledAt: string | null;
  /** Missing + not prepared + differences not kept, at reconciledAt. */
  open: number | null;
  verified: boolean;
  /** The last attempt failed: its code and when (the earlier result stays shown). */
  lastError: { code: string; at: string } | null;
}

export interface BlikkReconcileAllResult {
  total: number;
  reconciled: number;
  failed: { customerId: string; code: string }[];
  cancelled: boolean;
}

/** A customer with no Blikk connection. */
export const NOT_CONNECTED: BlikkSyncStatus = {
  connected: false,
  reconciledAt: null,
  open: null,
  verified: false,
  lastError: null,
};
