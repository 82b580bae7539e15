import { afterEach, beforeEach, expect, it } from 'vitest';
import type { Core } from '../../electron/core/core';
import { startCoreClient } from '../../electron/core/process/core-client';
import { forkCore } from '../../electron/core/process/fork-core';
import type { Channel, InputOf, OutputOf } from '../../shared/contract';
import type { Result } from '../../shared/errors';
import { parseReport } from '../../shared/schemas/import';
import { staffList } from '../bench/latency';
import { collaboration, openTestCore, tempDir } from './support';

// A window keeps reading while a large import commits (its list refreshes, the portfolio polls).
// Reads on the read-only connection used to take every thread libuv has while one of them waited
// out SQLite's busy handler for the writer, which then had no thread to finish on: the import
// and every read after it hung for good (seen at 100,000 rows with a read every 50 ms).

const ROWS = 100_000;
let dir: { dir: string; cleanup: () => void };
let core: Core;

const invoke = async <C extends Channel>(channel: C, input: InputOf<C>) =>
  (await core.dispatch(channel, input, { transport: 'test' })) as Result<OutputOf<C>>;
async function value<C extends Channel>(channel: C, input: InputOf<C>): Promise<OutputOf<C>> {
  const result = await invoke(channel, input);
  if (!result.ok) throw new Error(`${channel}: ${result.error.code}`);
  return result.value;
}

beforeEach(async () => {
  dir = tempDir();
  const dbFile = `${dir.dir}/kundstart.db`;
  await (await openTestCore(dbFile)).close();
  // As browser mode and the desktop app run it: the core in a process of its own.
  core = await startCoreClient(forkCore(), { dbFile, mode: 'browser', startOutbox: false });
});
afterEach(async () => {
  await core.close();
  dir.cleanup();
});

it('a large import commits while reads keep coming, and every read is answered', async () => {
  const input = collaboration({ licences: ROWS + 10, contact: null });
  const { id: customerId } = await value('customers:create', input);
  const preview = await value('users:importRead', {
    customerId,
    fileName: 'personal.csv',
    contentBase64: staffList(ROWS).toString('base64'),
  });
  let importing = true;
  const reads: Promise<unknown>[] = [];
  const reader = (async () => {
    while (importing) {
      reads.push(invoke('customers:get', { id: customerId }));
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  })();
  const committed = value('users:importCommit', {
    customerId,
    session: preview.session,
    edits: [],
    mapping: preview.mapping,
  }).finally(() => (importing = false));
  const report = parseReport(await committed);
  await reader;
  expect(report.created).toBe(ROWS);
  const answers = await Promise.all(reads);
  expect(answers.length).toBeGreaterThan(50);
  expect(answers.every((a) => (a as { ok: boolean }).ok)).toBe(true);
}, 120_000);
