import { spawn } from 'node:child_process';
import sqlite3 from 'sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parsePersonnummer } from '../../shared/domain/personnummer';
import { CLI_BIN, kundstartOn, openTestCore, tempDir } from './support';

/** Every call starts the real CLI through tsx (1.5 s, more on a busy machine). */
const SLOW = { timeout: 300_000 };
let dir: { dir: string; cleanup: () => void };

/** A read-only look at the file while (or after) another process writes it. */
async function query<T>(db: string, sql: string): Promise<T[]> {
  return new Promise<T[]>((ok, fail) => {
    const conn = new sqlite3.Database(db, sqlite3.OPEN_READONLY, (openErr) => {
      if (openErr) return fail(openErr);
      conn.all(sql, (err, rows) => {
        conn.close();
        return err ? fail(err) : ok(rows as T[]);
      });
    });
  });
}

/** Users per customer, every customer present (a customer without users counts 0). */
async function usersPerCustomer(db: string): Promise<number[]> {
  const rows = await query<{ n: number }>(
    db,
    `SELECT COUNT(u.id) AS n FROM customers c LEFT JOIN users u ON u.customer_id = c.id
     GROUP BY c.id`,
  );
  return rows.map((r) => r.n);
}

beforeAll(() => {
  dir = tempDir();
});
afterAll(() => dir.cleanup());

describe('kundstart demo', SLOW, () => {
  it('--users-per-customer is the total: the primary contact is one of them', async () => {
    const db = `${dir.dir}/total.db`;
    const r = kundstartOn(db, 'demo', '--customers', '12', '--users-per-customer', '5', '--json');
    expect(r.code, r.stderr).toBe(0);
    expect(await usersPerCustomer(db)).toEqual(Array.from({ length: 12 }, () => 5));
    const contactUsers = await query(db, 'SELECT id FROM users WHERE is_primary_contact = 1');
    expect(contactUsers.length).toBeGreaterThan(0);
  });

  it('--users-per-customer 0 gives customers without users', async () => {
    const db = `${dir.dir}/none.db`;
    expect(kundstartOn(db, 'demo', '--customers', '8', '--users-per-customer', '0').code).toBe(0);
    expect(await usersPerCustomer(db)).toEqual(Array.from({ length: 8 }, () => 0));
  });

  it('spreads the customers over the checklist, the same way for the same seed', () => {
    const run = (name: string, seed: string) => {
      const db = `${dir.dir}/${name}.db`;
      kundstartOn(db, 'demo', '--customers', '12', '--users-per-customer', '4', '--seed', seed);
      const list = kundstartOn(db, 'customer', 'list', '--json').json() as {
        orgnr: string;
        onboarding: { next: number | null };
      }[];
      return new Map(list.map((c) => [c.orgnr, c.onboarding.next]));
    };
    const first = run('steps-a', '5');
    // Step 1 (the collaboration) is done for every stored customer; the others all occur, and
    // some customers are done (contact informed and every user invited, null).
    expect(new Set(first.values())).toEqual(new Set([2, 3, 4, 5, null]));
    expect(run('steps-b', '5')).toEqual(first);
  });

  it("makes its people adults of working age, with Skatteverket's valid test numbers", async () => {
    const db = `${dir.dir}/adults.db`;
    kundstartOn(db, 'demo', '--customers', '30', '--users-per-customer', '6');
    const core = await openTestCore(db, () => new Date());
    try {
      const rows: { enc: string }[] = await core.context.ds.query(
        `SELECT personnummer_enc AS enc FROM users WHERE personnummer_enc IS NOT NULL
         UNION ALL SELECT personnummer_enc FROM primary_contacts WHERE personnummer_enc IS NOT NULL`,
      );
      expect(rows.length).toBeGreaterThan(100);
      const today = new Date();
      const eighteen = `${today.getFullYear() - 18}${today.toISOString().slice(5, 10).replace('-', '')}`;
      for (const { enc } of rows) {
        const digits = core.context.cipher.decrypt(enc);
        expect(parsePersonnummer(digits).ok, digits).toBe(true);
        expect(digits.slice(0, 8) <= eighteen, digits).toBe(true);
        expect(Number(digits.slice(0, 4)), digits).toBeGreaterThan(today.getFullYear() - 70);
      }
    } finally {
      await core.close();
    }
  });

  it('killed mid-run, never leaves a customer without all its users', async () => {
    const db = `${dir.dir}/killed.db`;
    const args = ['demo', '--customers', '400', '--users-per-customer', '5', '--seed', '9'];
    let before = 0;
    for (const extra of [3, 11, 7, 19]) {
      const child = spawn(process.execPath, [CLI_BIN, '--db', db, ...args], { stdio: 'ignore' });
      let running = true;
      const exited = new Promise((ok) => child.on('exit', ok)).then(() => (running = false));
      // Killed a few customers after it resumed, at a point that varies from round to round.
      while (running && (await count(db)) < before + extra) {
        await new Promise((ok) => setTimeout(ok, 25));
      }
      child.kill('SIGKILL');
      await exited;
      const counts = await usersPerCustomer(db);
      expect(counts.length).toBeGreaterThanOrEqual(before + extra);
      expect(counts.filter((n) => n !== 5)).toEqual([]);
      before = counts.length;
    }
  });
});

async function count(db: string): Promise<number> {
  try {
    const [row] = await query<{ n: number }>(db, 'SELECT COUNT(*) AS n FROM customers');
    return row?.n ?? 0;
  } catch {
    return 0; // not created yet, or its tables not yet made
  }
}
