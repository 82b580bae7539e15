// A team database whose server certificate this desktop does not trust (issue 16 item 1): with
// sslmode=verify-full the connection test refuses it as db.tls, never connecting in the clear.
// The server is a cluster of its own with ssl=on and a self-signed certificate made here.
import { spawnSync } from 'node:child_process';
import { chownSync, chmodSync, statSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabaseConnection } from '../../electron/core/db/connection-test';
import type { AppError } from '../../shared/errors';
import { startTestCluster, type TestCluster } from '../support/postgres';

const HAS_OPENSSL = !spawnSync('openssl', ['version']).error;

let cluster: TestCluster;
/** The self-signed certificate the server presents: trusted only where named as the root. */
let certificate: string;

beforeAll(async () => {
  if (!HAS_OPENSSL) return;
  cluster = await startTestCluster();
  const data = await query<{ data_directory: string }>('SHOW data_directory');
  certificate = join(data[0]!.data_directory, 'server.crt');
  const key = join(data[0]!.data_directory, 'server.key');
  // For 127.0.0.1, so that only the trust fails, not the name.
  const made = spawnSync('openssl', [
    ...['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '1'],
    ...['-keyout', key, '-out', certificate, '-subj', '/CN=127.0.0.1'],
    ...['-addext', 'subjectAltName=IP:127.0.0.1'],
  ]);
  if (made.status !== 0) throw new Error(`openssl failed: ${made.stderr.toString()}`);
  // The server reads its key only if it owns it and nobody else may (as root: the postgres user).
  const { uid, gid } = statSync(data[0]!.data_directory);
  for (const file of [key, certificate]) chownSync(file, uid, gid);
  chmodSync(key, 0o600);
  await query('ALTER SYSTEM SET ssl = on');
  await query('SELECT pg_reload_conf()');
  await waitFor(async () => (await query<{ ssl: string }>('SHOW ssl'))[0]?.ssl === 'on');
}, 60_000);
afterAll(() => cluster?.stop());

async function query<T = unknown>(sql: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: cluster.url });
  await client.connect();
  try {
    return (await client.query(sql)).rows as T[];
  } finally {
    await client.end();
  }
}

async function waitFor(check: () => Promise<boolean>) {
  for (let i = 0; i < 50; i++) {
    if (await check()) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('the server did not turn TLS on');
}

async function codeOf(url: string): Promise<string> {
  try {
    await testDatabaseConnection(url);
  } catch (err) {
    return (err as AppError).code;
  }
  return 'connected';
}

describe.skipIf(!HAS_OPENSSL)('a team database behind a certificate not trusted here', () => {
  it('is refused as db.tls with sslmode=verify-full', async () => {
    expect(await codeOf(`${cluster.url}?sslmode=verify-full`)).toBe('db.tls');
  });

  it('connects once the certificate is trusted, over TLS', async () => {
    const trusted = `${cluster.url}?sslmode=verify-full&sslrootcert=${encodeURIComponent(certificate)}`;
    // An empty database is a new team database: the test passes.
    expect(await codeOf(trusted)).toBe('connected');
    const client = new pg.Client({ connectionString: trusted });
    await client.connect();
    try {
      const { rows } = await client.query(
        'SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()',
      );
      expect(rows).toEqual([{ ssl: true }]);
    } finally {
      await client.end();
    }
  });
});
