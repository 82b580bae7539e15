import { EntitySchema } from 'typeorm';

/* The Blikk tables of migration Blikk1764900000000. */

const at = (name: string, nullable = false) => ({
  name,
  type: 'varchar' as const,
  length: 32,
  nullable,
});

export interface BlikkSettingsRow {
  id: number;
  /** '' means Blikk's own address; KUNDSTART_BLIKK_API_URL overrides both. */
  apiUrl: string;
  updatedAt: string;
}

export const BlikkSettingsEntity = new EntitySchema<BlikkSettingsRow>({
  name: 'BlikkSettings',
  tableName: 'blikk_settings',
  columns: {
    id: { type: 'integer', primary: true },
    apiUrl: { name: 'api_url', type: 'varchar', length: 500 },
    updatedAt: at('updated_at'),
  },
});

export interface BlikkConnectionRow {
  customerId: string;
  appId: string;
  /** The API application's secret, encrypted with the data key; never in clear. */
  secretEnc: string;
  createdAt: string;
  updatedAt: string;
  testedAt: string | null;
  /** null: the last test succeeded; else its error code. */
  testCode: string | null;
}

export const BlikkConnectionEntity = new EntitySchema<BlikkConnectionRow>({
  name: 'BlikkConnection',
  tableName: 'blikk_connections',
  columns: {
    customerId: { name: 'customer_id', type: 'varchar', length: 36, primary: true },
    appId: { name: 'app_id', type: 'varchar', length: 200 },
    secretEnc: { name: 'secret_enc', type: 'text' },
    createdAt: at('created_at'),
    updatedAt: at('updated_at'),
    testedAt: at('tested_at', true),
    testCode: { name: 'test_code', type: 'varchar', length: 40, nullable: true },
  },
});

export interface BlikkReconciliationRow {
  customerId: string;
  attemptedAt: string;
  /** matched | differences | failed */
  status: string;
  errorCode: string | null;
  /** The last successful reading (kept when a later attempt fails: usable offline). */
  reconciledAt: string | null;
  openCount: number | null;
  /** JSON of the Reconciliation (shared/schemas/blikk.ts), encrypted: it holds personal data. */
  resultEnc: string | null;
}

export const BlikkReconciliationEntity = new EntitySchema<BlikkReconciliationRow>({
  name: 'BlikkReconciliation',
  tableName: 'blikk_reconciliations',
  columns: {
    customerId: { name: 'customer_id', type: 'varchar', length: 36, primary: true },
    attemptedAt: at('attempted_at'),
    status: { type: 'varchar', length: 12 },
    errorCode: { name: 'error_code', type: 'varchar', length: 40, nullable: true },
    reconciledAt: at('reconciled_at', true),
    openCount: { name: 'open_count', type: 'integer', nullable: true },
    resultEnc: { name: 'result_enc', type: 'text', nullable: true },
  },
});

export const BLIKK_ENTITIES = [
  BlikkSettingsEntity,
  BlikkConnectionEntity,
  BlikkReconciliationEntity,
];
