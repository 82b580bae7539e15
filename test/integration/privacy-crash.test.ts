import { spawn } from 'node:child_process';
import { copyFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeAuditMany } from '../../electron/core/audit/audit-service';
import { ORJAN, personHeldEverywhere, type HeldPerson } from './privacy-setup';
import { openTestCore, tempDir } from './support';

const CHILD = new URL('../support/person-erase-child.ts', import.meta.url).pathname;
const TRIALS = 20;

let dir: { dir: string; cleanup: () => void };
let base: string;
let held: HeldPerson;
/** His rows before any erasure, read from the base database. */
let untouched: string;

beforeAll(async () => {
  dir = tempDir();
  base = `${dir.dir}/base.db`;
  const core = await openTestCore(base);
  held = await personHeldEverywhere(core);
  // A long history about him: the erasure rewrites it, which gives a kill time to land inside.
  await core.context.ds.transaction((m) =>
    writeAuditMany(
      core.context,
      m,
      Array.from({ length: 4000 }, (_, i) => ({
        entity: 'user',
        entityId: held.orjanAtB,
        customerId: held.customerB,
        action: 'update' as const,
        before: { mobile: `070-000 ${i}` },
        after: { mobile: `070-000 ${i + 1}` },
        subject: ORJAN.name,
      })),
    ),
  );
  await core.close();
  untouched = await stateOf(base);
});
afterAll(() => dir.cleanup());

/** Runs the erasure in a child and kills it `delayMs` after it starts erasing. */
async function killedErasure(db: string, delayMs: number): Promise<void> {
  const child = spawn(process.execPath, ['--import', 'tsx', CHILD, db, ORJAN.personnummer], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const exited = new Promise((ok) => child.on('exit', ok));
  await new Promise<void>((ok) =>
    child.stdout.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('erasing')) ok();
    }),
  );
  await new Promise((ok) => setTimeout(ok, delayMs));
  child.kill('SIGKILL');
  await exited;
}

/** What the database holds of him after the kill: all of it, or nothing but the erasure. */
async function stateOf(db: string): Promise<'absent' | 'done' | string> {
  const core = await openTestCore(db);
  try {
    const q = (sql: string) => core.context.ds.query(sql) as Promise<{ n: number }[]>;
    const [check] = (await core.context.ds.query('PRAGMA integrity_check')) as {
      integrity_check: string;
    }[];
    if (check?.integrity_check !== 'ok') return `integrity: ${check?.integrity_check}`;
    const counts = {
      users: (await q(`SELECT count(*) AS n FROM users WHERE first_name = 'Örjan'`))[0]?.n,
      contacts: (
        await q(`SELECT count(*) AS n FROM primary_contacts WHERE name = '${ORJAN.name}'`)
      )[0]?.n,
      messages: (await q(`SELECT count(*) AS n FROM outbox`))[0]?.n,
      named: (await q(`SELECT count(*) AS n FROM audit_log WHERE subject = '${ORJAN.name}'`))[0]?.n,
      erasures: (await q(`SELECT count(*) AS n FROM audit_log WHERE action = 'erase'`))[0]?.n,
    };
    const key = JSON.stringify(counts);
    if (key === untouched) return 'absent';
    if (key === JSON.stringify({ users: 0, contacts: 0, messages: 1, named: 0, erasures: 1 }))
      return 'done';
    return key;
  } finally {
    await core.close();
  }
}

describe('an erasure killed at a random moment', () => {
  it(`leaves the database whole and the erasure wholly there or wholly absent (${TRIALS} trials)`, async () => {
    const outcomes: string[] = [];
    for (let trial = 0; trial < TRIALS; trial++) {
      const db = `${dir.dir}/trial-${trial}.db`;
      copyFileSync(base, db);
      copyFileSync(`${base}.key`, `${db}.key`);
      // From at once to well after it has committed, spread over the trials.
      await killedErasure(db, Math.floor(Math.random() * 400));
      outcomes.push(await stateOf(db));
    }
    console.log(`erasure kills: ${outcomes.join(', ')}`);
    expect(untouched).toMatch(/"users":2,"contacts":1,"messages":3,"named":40\d\d,"erasures":0/);
    expect(outcomes.filter((o) => o !== 'absent' && o !== 'done')).toEqual([]);
  }, 600_000);
});
