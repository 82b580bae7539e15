import { existsSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import type { EntitySubscriberInterface } from 'typeorm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { readConnectionOf } from '../../electron/core/db/data-source';
import { DraftEntity } from '../../electron/core/db/entities';
import type { OpenedCore } from '../../electron/core/open';
import type { ImportTable } from '../../shared/schemas/import';
import { BUREAU, collaboration, invoke, openTestCore, tempDir, value } from './support';

let dir: { dir: string; cleanup: () => void };
let dbFile: string;
let core: OpenedCore;
let customerId: string;

beforeEach(async () => {
  dir = tempDir();
  dbFile = `${dir.dir}/kundstart.db`;
  core = await openTestCore(dbFile);
  await value(core, 'bureau:save', BUREAU);
  customerId = (
    await value(core, 'customers:create', collaboration({ licences: 10, contact: null }))
  ).id;
});
afterEach(async () => {
  if (core.context.ds.isInitialized) await core.close();
  dir.cleanup();
});

const STAFF: ImportTable = {
  format: 'csv',
  encoding: 'utf-8',
  delimiter: ';',
  headers: ['Förnamn', 'Efternamn', 'E-post'],
  rows: [
    { line: 2, cells: ['Åsa', 'Öberg', 'asa@akesson.example'] },
    { line: 3, cells: ['Märta', 'Müller', 'marta@akesson.example'] },
    { line: 4, cells: ['Örjan', 'Ek', 'orjan@akesson.example'] },
  ],
  notes: [],
};
const MAPPING = { firstName: 0, lastName: 1, email: 2 };

/**
 * Holds the next transaction at its COMMIT until the test lets it go (or fails it, which rolls the
 * transaction back): the moment an import has written all its rows but nobody should see them.
 */
function holdAtCommit(c: OpenedCore) {
  let reached!: () => void;
  const atCommit = new Promise<void>((resolve) => (reached = resolve));
  let release!: (failure?: Error) => void;
  const gate = new Promise<void>((resolve, reject) => {
    release = (failure) => (failure ? reject(failure) : resolve());
  });
  gate.catch(() => undefined);
  let held = false;
  const subscriber: EntitySubscriberInterface = {
    beforeQuery: (event) => {
      if (event.query !== 'COMMIT' || held) return;
      held = true;
      reached();
      return gate;
    },
  };
  c.context.ds.subscribers.push(subscriber);
  return {
    atCommit,
    commit: () => release(),
    fail: () => release(new Error('the disk is full (simulated)')),
  };
}

/** Starts the import of STAFF and returns once it waits at its COMMIT (or fails if it never gets there). */
async function importUntilCommit(hold: ReturnType<typeof holdAtCommit>) {
  const importing = invoke(core, 'users:importCommit', {
    customerId,
    table: STAFF,
    mapping: MAPPING,
  });
  const ended = importing.then((r) => {
    throw new Error(`the import ended before its commit: ${JSON.stringify(r)}`);
  });
  await Promise.race([hold.atCommit, ended]);
  ended.catch(() => undefined);
  return { result: importing };
}
const listedUsers = async () =>
  (await value(core, 'users:list', { customerId })).map((u) => u.email).sort();
const draft = (key: string) => ({ key, payloadEnc: 'x', updatedAt: '2026-11-28T10:00:00Z' });
const draftKeys = async () =>
  (await core.context.ds.getRepository(DraftEntity).find()).map((d) => d.key).sort();

describe('one data-access discipline: a single writer, reads of committed rows only', () => {
  it('shows staff the users as they were while an import is open, and the new ones once it commits', async () => {
    const hold = holdAtCommit(core);
    const importing = await importUntilCommit(hold);
    expect(await listedUsers()).toEqual([]);
    hold.commit();
    expect((await importing.result).ok).toBe(true);
    expect(await listedUsers()).toEqual([
      'asa@akesson.example',
      'marta@akesson.example',
      'orjan@akesson.example',
    ]);
  });

  it('never shows users of an import that is rolled back', async () => {
    const hold = holdAtCommit(core);
    const importing = await importUntilCommit(hold);
    expect(await listedUsers()).toEqual([]);
    hold.fail();
    expect((await importing.result).ok).toBe(false);
    expect(await listedUsers()).toEqual([]);
  });

  it('lets a listener of the import’s progress read the users as they were, while it runs', async () => {
    const seen: Promise<string[]>[] = [];
    const stop = core.subscribe((event) => {
      if (event === 'import:progress') seen.push(listedUsers());
    });
    const result = await invoke(core, 'users:importCommit', {
      customerId,
      table: STAFF,
      mapping: MAPPING,
    });
    stop();
    expect(result.ok).toBe(true);
    expect(seen.length).toBeGreaterThan(0);
    for (const users of await Promise.all(seen)) expect(users).toEqual([]);
  });

  it('makes a write outside any transaction wait for the open one, and keeps it when that one rolls back', async () => {
    const hold = holdAtCommit(core);
    const importing = await importUntilCommit(hold);
    const ds = core.context.ds;
    const writes = [
      ds.getRepository(DraftEntity).save(draft('saved')),
      ds.query(`INSERT INTO drafts (key, payload_enc, updated_at) VALUES ('raw', 'x', 'y')`),
      ds.manager.transaction((m) => m.insert(DraftEntity, draft('in-manager-transaction'))),
      (async () => {
        const runner = ds.createQueryRunner();
        await runner.startTransaction();
        await runner.manager.insert(DraftEntity, draft('in-runner-transaction'));
        await runner.commitTransaction();
        await runner.release();
      })(),
    ];
    let settled = 0;
    for (const w of writes) void w.then(() => (settled += 1));
    await sleep(100);
    expect(settled).toBe(0);
    hold.fail();
    expect((await importing.result).ok).toBe(false);
    await Promise.all(writes);
    expect(await draftKeys()).toEqual([
      'in-manager-transaction',
      'in-runner-transaction',
      'raw',
      'saved',
    ]);
    expect(await listedUsers()).toEqual([]);
  });

  it('refuses a write on the read connection (SQLITE_READONLY)', async () => {
    const reader = readConnectionOf(core.context.ds);
    await expect(
      reader.query(`INSERT INTO drafts (key, payload_enc, updated_at) VALUES ('r', 'x', 'y')`),
    ).rejects.toThrow(/SQLITE_READONLY/);
    expect(await draftKeys()).toEqual([]);
  });

  it('fails, rather than hangs, a write through the data source inside a transaction’s work', async () => {
    const ds = core.context.ds;
    const nested = ds.transaction(async () => {
      await ds.getRepository(DraftEntity).save(draft('beside-the-transaction'));
    });
    await expect(nested).rejects.toThrow(/the transaction's own manager/);
    expect(await draftKeys()).toEqual([]);
  });

  it('closes both connections, leaving no write-ahead log behind', async () => {
    await core.context.ds.getRepository(DraftEntity).save(draft('kept'));
    const reader = readConnectionOf(core.context.ds);
    await core.close();
    await expect(reader.query('SELECT 1')).rejects.toThrow();
    expect(existsSync(`${dbFile}-wal`)).toBe(false);
    core = await openTestCore(dbFile);
    expect(await draftKeys()).toEqual(['kept']);
  });
});
