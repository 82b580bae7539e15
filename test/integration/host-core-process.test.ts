import { mkdirSync, writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHost, type RunningHost } from '../../electron/host/server';
import { startCoreClient, type CoreClient } from '../../electron/core/process/core-client';
import { forkCore } from '../../electron/core/process/fork-core';
import { collaboration, openTestCore, snapshot, tempDir } from './support';

/**
 * Browser mode as `kundstart serve` runs it: the host in this process, the services in a core
 * process of their own (child_process.fork of the core entry), killed here as a crash would.
 */

let dir: { dir: string; cleanup: () => void };
let dbFile: string;
let core: CoreClient;
let host: RunningHost;
let token: string;
let customerId: string;
let before: Record<string, unknown[]>;

const STAFF = 12_000;

beforeAll(async () => {
  dir = tempDir();
  dbFile = `${dir.dir}/kundstart.db`;
  // A customer with room for the staff list, made before the core process opens the file.
  const setup = await openTestCore(dbFile);
  const created = await setup.dispatch(
    'customers:create',
    collaboration({ licences: STAFF + 10 }),
    { transport: 'test' },
  );
  customerId = created.ok ? (created.value as { id: string }).id : '';
  await setup.close();
  mkdirSync(`${dir.dir}/renderer`);
  writeFileSync(`${dir.dir}/renderer/index.html`, '<!doctype html><title>Kundstart</title>');
  core = await startCoreClient(forkCore(), { dbFile, mode: 'browser', startOutbox: true });
  host = await startHost({ core, rendererDir: `${dir.dir}/renderer` });
  token = new URL(host.url).searchParams.get('token') ?? '';
});
afterAll(async () => {
  await host?.close();
  await core?.close();
  dir.cleanup();
});

async function post(channel: string, input: unknown) {
  const res = await fetch(`http://127.0.0.1:${host.port}/api/${channel}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify(input),
  });
  return (await res.json()) as { ok: boolean; value?: unknown; error?: { code: string } };
}

/** The host's event stream, read until a line matches. */
async function events() {
  const res = await fetch(`http://127.0.0.1:${host.port}/api/events?token=${token}`);
  const reader = res.body!.getReader();
  let text = '';
  return {
    async until(pattern: RegExp): Promise<RegExpMatchArray> {
      for (;;) {
        const found = text.match(pattern);
        if (found) return found;
        const { value, done } = await reader.read();
        if (done) throw new Error(`the stream ended before ${pattern}`);
        text += new TextDecoder().decode(value);
      }
    },
    close: () => reader.cancel(),
  };
}

/** A staff list of `rows` users, as Swedish Excel saves it. */
function staffList(rows: number): string {
  const lines = ['Förnamn;Efternamn;E-post;Anställningsnr'];
  for (let i = 1; i <= rows; i++) lines.push(`Åsa${i};Öberg;asa${i}@kill.example;${i}`);
  return Buffer.from(lines.join('\r\n'), 'utf8').toString('base64');
}

describe('the host over a core process of its own', () => {
  it('runs the services in another process and still listens on loopback only', () => {
    expect(core.pid()).toBeGreaterThan(0);
    expect(core.pid()).not.toBe(process.pid);
    expect(['127.0.0.1', '::1']).toContain(host.address().address);
  });

  it('answers channels and streams their events', async () => {
    const stream = await events();
    const created = await post(
      'customers:create',
      collaboration({ customer: { name: 'Ek AB', orgnr: '556016-0680' } }),
    );
    expect(created.ok).toBe(true);
    const id = (created.value as { id: string }).id;
    await stream.until(new RegExp(`event: customers:changed\\ndata: \\{"ids":\\["${id}"\\]\\}`));
    await stream.close();
    expect(await post('customers:get', { id })).toMatchObject({ ok: true, value: { id } });
  });

  it('answers a request in flight at a crash with core.restarted, restarts, and says so', async () => {
    // Every row of every table, read through a connection of this process's own.
    const reader = await openTestCore(dbFile);
    before = await snapshot(reader);
    await reader.close();
    const stream = await events();
    const pid = core.pid()!;
    const input = {
      customerId,
      fileName: 'personal.csv',
      contentBase64: staffList(STAFF),
      dryRun: false,
    };
    const importing = post('users:import', input);
    // The import writes chunk by chunk inside its one transaction: kill it between two.
    await stream.until(/event: import:progress\ndata: \{[^\n]*"done":[1-9]/);
    process.kill(pid, 'SIGKILL');
    expect(await importing).toMatchObject({ ok: false, error: { code: 'core.restarted' } });
    await stream.until(/event: core:restarted\ndata: \{\}/);
    await stream.close();
    expect(core.pid()).not.toBe(pid);
    // The next request goes to the new core: only the primary contact, none of the staff list.
    const users = await post('users:list', { customerId });
    expect(users.ok).toBe(true);
    expect((users.value as { email: string }[]).map((u) => u.email)).toEqual([
      'orjan@akesson-bygg.example',
    ]);
  }, 60_000);

  it('leaves nothing half-written by the transaction the crash cut off', async () => {
    await host.close();
    await core.close();
    const reopened = await openTestCore(dbFile);
    const after = await snapshot(reopened);
    await reopened.close();
    // Every table, row for row, as before the import began.
    expect(Object.keys(after)).toEqual(Object.keys(before));
    for (const table of Object.keys(before)) expect(after[table]).toEqual(before[table]);
  });
});
