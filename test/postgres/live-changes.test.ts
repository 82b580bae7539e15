// Changes by colleagues appear live (issue 16 item 3): two cores on one team database, as two
// desktops; what one saves reaches the other's open screens as the event its own save would send.
import pg from 'pg';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { noticesFor } from '../../electron/core/db/live-changes';
import type { OpenedCore } from '../../electron/core/open';
import type { EventName } from '../../shared/contract';
import type { UserFields } from '../../shared/schemas/users';
import { BUREAU, collaboration, openTestCore, tempDir, value } from '../integration/support';
import { testPersonnummer } from '../support/blikk-fixtures';
import { testDatabase } from '../support/test-database';

let dir: ReturnType<typeof tempDir>;
let anna: OpenedCore;
let bo: OpenedCore;
let customerId: string;
let url: string;

beforeEach(async () => {
  dir = tempDir();
  url = await testDatabase(`${dir.dir}/kundstart.db`);
  anna = await openTestCore(`${dir.dir}/kundstart.db`);
  bo = await openTestCore(`${dir.dir}/kundstart.db`);
  await value(anna, 'bureau:save', BUREAU);
  customerId = (await value(anna, 'customers:create', collaboration({ contact: null }))).id;
});
afterEach(async () => {
  await anna.close();
  await bo.close();
  dir.cleanup();
});

function admin(i: number) {
  const id = crypto.randomUUID();
  const fields: UserFields = {
    firstName: 'Örjan',
    lastName: `Åkesson ${i}`,
    email: `orjan${i}@akesson.example`,
    personnummer: testPersonnummer(i),
    mobile: '',
    employeeNumber: `${i}`,
    salaryForm: 'monthly',
    role: 'admin',
    approverId: id,
    profileId: null,
  };
  return { customerId, id, fields };
}

type Heard = { event: EventName; payload: unknown };

/** What a core's screens are sent, from now on. */
function heardBy(core: OpenedCore): Heard[] {
  const heard: Heard[] = [];
  core.subscribe((event, payload) => heard.push({ event, payload }));
  return heard;
}

async function until(check: () => boolean, ms: number): Promise<number> {
  const start = Date.now();
  while (!check()) {
    if (Date.now() - start > ms) throw new Error(`not within ${ms} ms`);
    await new Promise((r) => setTimeout(r, 20));
  }
  return Date.now() - start;
}

const usersChanged = (h: Heard) =>
  h.event === 'users:changed' && (h.payload as { customerId: string }).customerId === customerId;

describe('a colleague’s change on a team database', () => {
  it('reaches the other desktop’s screens as the same event, once, within two seconds', async () => {
    const atBo = heardBy(bo);
    const atAnna = heardBy(anna);
    await value(anna, 'users:save', admin(1));
    await until(() => atBo.some(usersChanged), 2000);
    expect(atBo).toContainEqual({ event: 'customers:changed', payload: { ids: [customerId] } });
    // Bo's screens read the colleague's committed user right away.
    expect((await value(bo, 'users:list', { customerId })).map((u) => u.email)).toEqual([
      'orjan1@akesson.example',
    ]);
    // Anna's own screens hear her change once: her core skips its own notification.
    await new Promise((r) => setTimeout(r, 300));
    expect(atAnna.filter(usersChanged)).toHaveLength(1);
    expect(atBo.filter(usersChanged)).toHaveLength(1);
  });

  it('carries the event and ids only: no name, e-mail or personnummer', async () => {
    const spy = new pg.Client({ connectionString: url });
    await spy.connect();
    const payloads: string[] = [];
    spy.on('notification', (m) => payloads.push(m.payload ?? ''));
    await spy.query('LISTEN kundstart');
    try {
      await value(anna, 'users:save', admin(2));
      await until(() => payloads.length >= 2, 2000);
      for (const text of payloads) {
        expect(text).not.toMatch(/Örjan|Åkesson|orjan|@/);
        expect(text).not.toContain(testPersonnummer(2).slice(2));
        expect(Object.keys(JSON.parse(text)).sort()).toEqual(['core', 'event', 'payload']);
      }
    } finally {
      await spy.end();
    }
  });

  it('arrives again after the listening connection was cut, once reconnected', async () => {
    const atBo = heardBy(bo);
    const admin_ = new pg.Client({ connectionString: url });
    await admin_.connect();
    try {
      const cut = await admin_.query(
        `SELECT pg_terminate_backend(pid) FROM pg_stat_activity
         WHERE application_name = 'kundstart-live' AND datname = current_database()`,
      );
      expect(cut.rowCount).toBe(2);
      // Both cores connect again (250 ms, then doubling); a save after that is heard.
      const listening = async () =>
        (
          await admin_.query(
            `SELECT count(*)::int AS n FROM pg_stat_activity
             WHERE application_name = 'kundstart-live' AND datname = current_database()`,
          )
        ).rows[0].n as number;
      const start = Date.now();
      while ((await listening()) < 2 && Date.now() - start < 5000) {
        await new Promise((r) => setTimeout(r, 50));
      }
      expect(await listening()).toBe(2);
    } finally {
      await admin_.end();
    }
    // What was changed meanwhile was not heard: every open screen reads again.
    const caughtUp = (h: Heard) =>
      h.event === 'customers:changed' && (h.payload as { ids: string[] }).ids.length === 0;
    await until(() => atBo.some(caughtUp), 2000);
    await value(anna, 'users:save', admin(3));
    await until(() => atBo.some(usersChanged), 2000);
  });

  it('splits a long list of ids so that each notification fits PostgreSQL’s 8000 bytes', () => {
    const ids = Array.from({ length: 1000 }, () => crypto.randomUUID());
    const notices = noticesFor('core', 'customers:changed', { ids });
    expect(notices.length).toBeGreaterThan(4);
    expect(Math.max(...notices.map((n) => Buffer.byteLength(n)))).toBeLessThan(8000);
    expect(notices.flatMap((n) => JSON.parse(n).payload.ids)).toEqual(ids);
    expect(noticesFor('core', 'import:progress', { customerId, done: 1, total: 2 })).toEqual([]);
  });
});
