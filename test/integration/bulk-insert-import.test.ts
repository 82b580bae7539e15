import iconv from 'iconv-lite';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cancelImport, readForPreview } from '../../electron/core/import/import-service';
import { commitParsed } from './import-report';
import { WRITE_STEP } from '../../electron/core/import/inline-planner';
import type { OpenedCore } from '../../electron/core/open';
import { collaboration, openTestCore, snapshot, tempDir, value } from './support';

// A commit long enough to be written in several steps (of WRITE_STEP rows), from a file large
// enough to be read and planned in the import's worker thread: cancelled after the first step,
// nothing of it stays; let through, every user and audit entry is there.

let dir: { dir: string; cleanup: () => void };
let core: OpenedCore;
let customerId: string;

beforeEach(async () => {
  dir = tempDir();
  core = await openTestCore(`${dir.dir}/kundstart.db`);
  customerId = (
    await value(core, 'customers:create', collaboration({ licences: 6_000, contact: null }))
  ).id;
});
afterEach(async () => {
  await core.close();
  dir.cleanup();
});

const ROWS = 5_500;
const staffList = () =>
  iconv.encode(
    [
      'Förnamn;Efternamn;E-post;Anställningsnr;Löneform;Behörighet;Attestansvarig',
      ...Array.from({ length: ROWS }, (_, i) => {
        const approver = i - (i % 10) + 1;
        const role = i % 10 === 0 ? 'Attestansvarig' : 'Rapportör';
        return `Åsa${i};O'Öberg "${i}";asa${i}@exempel.se;${i + 1};MÅN;${role};${approver}`;
      }),
    ].join('\r\n'),
    'win1252',
  );

async function commit(onProgress: (done: number, total: number) => void) {
  const preview = await readForPreview(core.context, customerId, 'stor.csv', staffList());
  const source = { session: preview.session, edits: [] };
  return commitParsed(core.context, customerId, source, preview.mapping, onProgress);
}

describe('a commit of several write steps', () => {
  it('cancelled after its first step, leaves nothing behind', async () => {
    const before = await snapshot(core);
    const steps: number[] = [];
    const cancelled = commit((done) => {
      steps.push(done);
      cancelImport(customerId);
    });
    await expect(cancelled).rejects.toMatchObject({ code: 'import.cancelled' });
    expect(steps).toEqual([WRITE_STEP]);
    expect(await snapshot(core)).toEqual(before);
  });

  it('let through, writes every user and one audit entry each, reporting each step', async () => {
    const steps: number[] = [];
    const report = await commit((done) => steps.push(done));
    expect(report).toMatchObject({ created: ROWS, rejected: 0 });
    expect(steps).toEqual([WRITE_STEP, 2 * WRITE_STEP, ROWS]);
    const users = await value(core, 'users:list', { customerId });
    expect(users).toHaveLength(ROWS);
    expect(users.find((u) => u.employeeNumber === '11')).toMatchObject({
      firstName: 'Åsa10',
      lastName: `O'Öberg "10"`,
      role: 'approver',
      approverName: `Åsa10 O'Öberg "10"`,
    });
    const audit: { n: number }[] = await core.context.ds.query(
      "SELECT count(*) AS n FROM audit_log WHERE entity = 'user' AND action = 'create' AND customer_id = ?",
      [customerId],
    );
    expect(audit[0]?.n).toBe(ROWS);
  });
});
