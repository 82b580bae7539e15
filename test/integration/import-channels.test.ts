import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { OpenedCore } from '../../electron/core/open';
import { parseReport, type ImportTable } from '../../shared/schemas/import';
import { BUREAU, collaboration, openTestCore, snapshot, tempDir, value } from './support';

let dir: { dir: string; cleanup: () => void };
let core: OpenedCore;
let customerId: string;

beforeEach(async () => {
  dir = tempDir();
  core = await openTestCore(`${dir.dir}/kundstart.db`);
  await value(core, 'bureau:save', BUREAU);
  customerId = (
    await value(core, 'customers:create', collaboration({ licences: 10, contact: null }))
  ).id;
});
afterEach(async () => {
  await core.close();
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
  ],
  notes: [],
};
const MAPPING = { firstName: 0, lastName: 1, email: 2 };

describe('the import’s channels: checking never writes, committing does', () => {
  it('users:importCheck reports what a commit would do and leaves every table as it was', async () => {
    const before = await snapshot(core);
    const text = await value(core, 'users:importCheck', {
      customerId,
      table: STAFF,
      mapping: MAPPING,
    });
    expect(parseReport(text)).toMatchObject({ accepted: 2, created: 2 });
    expect(await snapshot(core)).toEqual(before);
  });

  it('users:importCheck refuses a request to commit, with input.invalid, and writes nothing', async () => {
    const before = await snapshot(core);
    const input = { customerId, table: STAFF, mapping: MAPPING, commit: true };
    const result = await core.dispatch('users:importCheck', input, { transport: 'test' });
    expect(result).toMatchObject({ ok: false, error: { code: 'input.invalid' } });
    expect(await snapshot(core)).toEqual(before);
  });

  it('users:importCommit writes the accepted rows and reports them', async () => {
    const text = await value(core, 'users:importCommit', {
      customerId,
      table: STAFF,
      mapping: MAPPING,
    });
    expect(parseReport(text)).toMatchObject({ accepted: 2, created: 2 });
    const users = await value(core, 'users:list', { customerId });
    expect(users.map((u) => u.email).sort()).toEqual([
      'asa@akesson.example',
      'marta@akesson.example',
    ]);
  });
});
