// Each staff member connects to the team database as their own role, and the audit log records
// the role that wrote each entry (issue 16 item 3): two roles in the throwaway cluster, two cores.
import { dirname } from 'node:path';
import pg from 'pg';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fileKeyStore, keyFileFor } from '../../electron/core/crypto/key-file';
import { openCore, type OpenedCore } from '../../electron/core/open';
import { confStore } from '../../electron/core/preferences/preference-service';
import { BUREAU, collaboration, openTestCore, tempDir, value } from '../integration/support';
import { testDatabase } from '../support/test-database';

let dir: ReturnType<typeof tempDir>;
let cores: OpenedCore[];
let url: URL;
const suffix = crypto.randomUUID().slice(0, 8);
const ROLES = [`anna_${suffix}`, `bo_${suffix}`];

beforeEach(async () => {
  dir = tempDir();
  const file = `${dir.dir}/kundstart.db`;
  url = new URL(await testDatabase(file));
  // Made by the cluster's owner (the test's superuser), as the bureau's administrator would.
  const owner = await openTestCore(file);
  await value(owner, 'bureau:save', BUREAU);
  await owner.close();
  const admin = new pg.Client({ connectionString: url.toString() });
  await admin.connect();
  try {
    for (const role of ROLES) {
      await admin.query(`CREATE ROLE ${role} LOGIN`);
      await admin.query(`GRANT ALL ON ALL TABLES IN SCHEMA public TO ${role}`);
      await admin.query(`GRANT ALL ON ALL SEQUENCES IN SCHEMA public TO ${role}`);
    }
  } finally {
    await admin.end();
  }
  cores = [];
  for (const role of ROLES) cores.push(await openAs(role, file));
});
afterEach(async () => {
  for (const core of cores) await core.close();
  dir.cleanup();
});

/** A core connected as `role`, sharing the test's data key, as a colleague's desktop would. */
async function openAs(role: string, file: string): Promise<OpenedCore> {
  const asRole = new URL(url);
  asRole.username = role;
  return openCore({
    dbFile: asRole.toString(),
    mode: 'cli',
    now: () => new Date('2026-11-28T10:00:00Z'),
    version: '0.0.0-test',
    keyStore: fileKeyStore(keyFileFor(file)),
    preferences: await confStore(dirname(file)),
  });
}

describe('the audit log on a team database', () => {
  it('records the database role of the staff member who made each change', async () => {
    const [anna, bo] = cores as [OpenedCore, OpenedCore];
    const first = await value(anna, 'customers:create', collaboration());
    const second = await value(
      bo,
      'customers:create',
      collaboration({
        customer: { ...collaboration().customer, name: 'Bo Ask Bygg AB', orgnr: '556677-8899' },
      }),
    );
    const rows: { customerId: string; dbRole: string }[] = await anna.context.ds.query(
      `SELECT DISTINCT customer_id AS "customerId", db_role AS "dbRole" FROM audit_log
       WHERE customer_id IS NOT NULL ORDER BY db_role`,
    );
    expect(rows).toEqual([
      { customerId: first.id, dbRole: ROLES[0] },
      { customerId: second.id, dbRole: ROLES[1] },
    ]);
    // The audit view reads it too: each entry names the role that wrote it ("Databasroll").
    const [entry] = await value(anna, 'audit:list', { customerId: second.id });
    expect(entry?.dbRole).toBe(ROLES[1]);
  });
});
