import { existsSync, readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { OpenedCore } from '../../electron/core/open';
import { ORJAN, personHeldEverywhere } from './privacy-setup';
import { openTestCore, tempDir, value } from './support';

/* The SQLite bundled with the sqlite3 package (developer builds, the packaged app) is built
   without SQLITE_SECURE_DELETE, Debian's libsqlite3 with it: a database written by a build
   before secure_delete was set at open holds old copies of updated and deleted rows in its
   free space. An erasure must leave none of them, whichever library wrote the file. */

/** His addresses and name, as bytes in the database file or its WAL. */
function tracesOnDisk(file: string): string[] {
  const traces = [ORJAN.emailA, ORJAN.emailB, ORJAN.emailB.toUpperCase(), ORJAN.name];
  const bytes = [file, `${file}-wal`].filter((f) => existsSync(f)).map((f) => readFileSync(f));
  return traces.filter((t) => bytes.some((b) => b.includes(Buffer.from(t, 'utf8'))));
}

let dir: { dir: string; cleanup: () => void };
let dbFile: string;
let core: OpenedCore;

beforeEach(async () => {
  dir = tempDir();
  dbFile = `${dir.dir}/kundstart.db`;
  core = await openTestCore(dbFile);
});
afterEach(async () => {
  await core.close();
  dir.cleanup();
});

describe('erasing a person from a database written without secure_delete', () => {
  it('the writer zeroes freed bytes from the start, whatever the library was built with', async () => {
    const [row] = await core.context.ds.query('PRAGMA secure_delete');
    expect(row).toEqual({ secure_delete: 1 });
  });

  it('leaves none of the copies that earlier updates left in free space', async () => {
    // What the bundled SQLite did before: freed bytes kept their old contents.
    await core.context.ds.query('PRAGMA secure_delete = OFF');
    await personHeldEverywhere(core);
    await value(core, 'privacy:export', { query: { email: ORJAN.emailA }, format: 'json' });
    await core.context.ds.query('PRAGMA wal_checkpoint(TRUNCATE)');

    await value(core, 'privacy:erase', { personnummer: ORJAN.personnummer });
    expect(tracesOnDisk(dbFile)).toEqual([]);
    await core.close();
    expect(tracesOnDisk(dbFile)).toEqual([]);
    core = await openTestCore(dbFile);
  });
});
