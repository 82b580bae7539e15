// The assistant under Inställningar → Databas (issue 16 item 5): the file the app runs on is
// moved to a team database through the contract's channels, while that core keeps running.
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it, inject } from 'vitest';
import { fileKeyStore, keyFileFor } from '../../electron/core/crypto/key-file';
import { seedDemo } from '../../electron/core/demo/demo-service';
import { openCore, type OpenedCore } from '../../electron/core/open';
import { localFileFor } from '../../electron/core/paths';
import type { EventPayload } from '../../shared/contract';
import { collaboration, invoke, snapshot, tempDir, value } from '../integration/support';

const CUSTOMERS = 40;
const USERS_PER_CUSTOMER = 3;

let dir: ReturnType<typeof tempDir>;
let app: OpenedCore;
let databases = 0;
const previousConfig = process.env.XDG_CONFIG_HOME;

/** A database of the throwaway cluster with nothing in it, as a bureau's new team database. */
async function emptyDatabase(): Promise<string> {
  const url = new URL(inject('pgUrl'));
  const name = `copy_ui_${process.pid}_${++databases}`;
  const admin = new pg.Client({ connectionString: url.toString() });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  url.pathname = `/${name}`;
  return url.toString();
}

/** Rows per table of a database, read with plain pg (no core opened on it). */
async function countsIn(url: string): Promise<Record<string, number>> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ name: string }>(
      `SELECT table_name AS name FROM information_schema.tables
       WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' AND table_name <> 'migrations'`,
    );
    const counts: Record<string, number> = {};
    for (const { name } of rows) {
      const [row] = (await client.query<{ n: string }>(`SELECT count(*) AS n FROM "${name}"`)).rows;
      counts[name] = Number(row?.n);
    }
    return counts;
  } finally {
    await client.end();
  }
}

/** A core on the team database with the key this desktop keeps for it (as the assistant uses). */
function openTeam(url: string): Promise<OpenedCore> {
  const key = keyFileFor(localFileFor(url));
  return openCore({ dbFile: url, mode: 'cli', keyStore: fileKeyStore(key), version: '0.0.0-test' });
}

/** The progress events a run of `during` makes the app emit. */
async function progressOf<T>(during: () => Promise<T>) {
  const events: EventPayload<'database:copyProgress'>[] = [];
  const off = app.subscribe((event, payload) => {
    if (event === 'database:copyProgress') events.push(payload as (typeof events)[number]);
  });
  try {
    return { result: await during(), events };
  } finally {
    off();
  }
}

beforeAll(async () => {
  dir = tempDir();
  // The team database's key file goes under this folder (paths.ts), as on a desktop.
  process.env.XDG_CONFIG_HOME = join(dir.dir, 'config');
  app = await openCore({
    dbFile: join(dir.dir, 'portfolio.db'),
    mode: 'cli',
    version: '0.0.0-test',
  });
  await seedDemo(app.context, {
    customers: CUSTOMERS,
    usersPerCustomer: USERS_PER_CUSTOMER,
    historyMonths: 2,
  });
}, 120_000);
afterAll(async () => {
  await app?.close();
  dir?.cleanup();
  process.env.XDG_CONFIG_HOME = previousConfig;
});

describe('Flytta portföljen till teamdatabasen', () => {
  it('previews an empty team database: the file’s customers and users, no conflicts, nothing written', async () => {
    const url = await emptyDatabase();
    const preview = await value(app, 'database:copyPreview', { url });
    expect(preview).toMatchObject({
      customers: CUSTOMERS,
      users: CUSTOMERS * USERS_PER_CUSTOMER,
      conflicts: [],
    });
    expect(preview.database).toBe(url);
    expect(await countsIn(url)).toEqual({});
    const tested = await value(app, 'database:test', { url });
    expect(tested.state).toBe('empty');
  });

  it('copies through the channel with progress per table, counts verified, the file untouched', async () => {
    const url = await emptyDatabase();
    const before = await snapshot(app);
    const { result, events } = await progressOf(() => value(app, 'database:copy', { url }));
    // One event as the plan is made, then one per table, in order, up to all of them.
    const total = result.tables.length;
    expect(events[0]).toEqual({ table: '', done: 0, total });
    expect(events.slice(1).map((e) => e.done)).toEqual(result.tables.map((_, i) => i + 1));
    expect(events.slice(1).map((e) => e.table)).toEqual(result.tables.map((t) => t.name));
    // Every table's count in the answer is what the team database now holds, and the file's.
    const team = await countsIn(url);
    const file = Object.fromEntries(Object.entries(before).map(([t, rows]) => [t, rows.length]));
    for (const table of result.tables) {
      expect(team[table.name], table.name).toBe(table.rows);
      expect(file[table.name], table.name).toBe(table.rows);
    }
    expect(result.tables.find((t) => t.name === 'customers')?.rows).toBe(CUSTOMERS);
    expect(await snapshot(app)).toEqual(before);
    // The team database reads the personnummer back with this desktop's key for it.
    const team2 = await openTeam(url);
    try {
      const [user]: { id: string }[] = await app.context.ds.query(
        'SELECT id FROM users WHERE personnummer_enc IS NOT NULL LIMIT 1',
      );
      const own = await value(app, 'users:revealPersonnummer', { id: user!.id });
      const copied = await value(team2, 'users:revealPersonnummer', { id: user!.id });
      expect(own.personnummer).toMatch(/\d{8}-?\d{4}/);
      expect(copied.personnummer).toBe(own.personnummer);
    } finally {
      await team2.close();
    }
  }, 120_000);

  it('lists the customers the team database already has, and refuses the copy writing nothing', async () => {
    const url = await emptyDatabase();
    const [first] = await value(app, 'customers:list', {});
    const team = await openTeam(url);
    try {
      // A colleague onboarded one of the file's companies under its own id.
      await value(
        team,
        'customers:create',
        collaboration({
          customer: { ...collaboration().customer, name: 'Kollegans kund AB', orgnr: first!.orgnr },
        }),
      );
      const before = await snapshot(team);
      const preview = await value(app, 'database:copyPreview', { url });
      expect(preview.conflicts).toEqual([
        { id: expect.any(String), name: 'Kollegans kund AB', orgnr: first!.orgnr.replace('-', '') },
      ]);
      expect(preview.conflicts[0]?.id).not.toBe(first!.id);
      const refused = await invoke(app, 'database:copy', { url });
      expect(refused.ok).toBe(false);
      if (refused.ok) return;
      expect(refused.error.code).toBe('copy.customersExist');
      expect(refused.error.message).toMatch(/Teamdatabasen har redan 1 av filens kunder/);
      expect(refused.error.details).toEqual({ customers: preview.conflicts });
      expect(await snapshot(team)).toEqual(before);
    } finally {
      await team.close();
    }
  }, 120_000);

  it('a cancel rolls the copy back: the team database keeps no customer', async () => {
    const url = await emptyDatabase();
    const off = app.subscribe((event, payload) => {
      const p = payload as EventPayload<'database:copyProgress'>;
      if (event === 'database:copyProgress' && p.done === 1) {
        void invoke(app, 'database:copyCancel', {});
      }
    });
    try {
      const cancelled = await invoke(app, 'database:copy', { url });
      expect(cancelled.ok).toBe(false);
      if (!cancelled.ok) expect(cancelled.error.code).toBe('copy.cancelled');
    } finally {
      off();
    }
    const counts = await countsIn(url);
    // The schema was made before the copy's transaction; not one row of the file is there.
    expect(counts.customers).toBe(0);
    expect(counts.users).toBe(0);
    // Nothing is left running: the next copy goes through.
    const copied = await value(app, 'database:copy', { url });
    expect(copied.tables.find((t) => t.name === 'customers')?.rows).toBe(CUSTOMERS);
  }, 120_000);

  it('copies the portfolio as it was when the copy began while the app goes on saving', async () => {
    const url = await emptyDatabase();
    let saved: Promise<unknown> | null = null;
    const order: string[] = [];
    const off = app.subscribe((event, payload) => {
      if (event !== 'database:copyProgress') return;
      order.push((payload as EventPayload<'database:copyProgress'>).table);
      if (!saved) {
        saved = value(
          app,
          'customers:create',
          collaboration({
            customer: { ...collaboration().customer, name: 'Under kopieringen AB' },
          }),
        ).then(() => order.push('saved'));
      }
    });
    let result;
    try {
      result = await value(app, 'database:copy', { url });
    } finally {
      off();
    }
    await saved;
    // The save was committed while the copy ran, before it reached the customers table.
    expect(order.indexOf('saved')).toBeGreaterThan(0);
    expect(order.indexOf('saved')).toBeLessThan(order.indexOf('customers'));
    expect(result.tables.find((t) => t.name === 'customers')?.rows).toBe(CUSTOMERS);
    expect((await countsIn(url)).customers).toBe(CUSTOMERS);
    expect(await value(app, 'customers:list', {})).toHaveLength(CUSTOMERS + 1);
  }, 120_000);

  it('names an unreachable team database in Swedish, as the connection test does', async () => {
    const url = new URL(await emptyDatabase());
    url.pathname = '/finns_inte';
    const refused = await invoke(app, 'database:copyPreview', { url: url.toString() });
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.error.code).toBe('db.noDatabase');
  });
});
