// Offline while in team mode (issue 16 item 6): a core on a team database keeps a last-read copy
// of the portfolio; when the server goes away the core says so with its own code, and a start
// without the server opens that copy read-only, marked with the time it was read. The cluster is
// this file's own; the team database is reached through a loopback proxy the test closes and
// opens again, as a VPN drops and returns (the cluster's own stop removes its data).
import { readFileSync } from 'node:fs';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openCore, type OpenedCore } from '../../electron/core/open';
import { snapshotFileFor } from '../../electron/core/offline/snapshot';
import { localFileFor } from '../../electron/core/paths';
import type { TeamStatus } from '../../shared/schemas/team-status';
import {
  BUREAU,
  bureauVersion,
  collaboration,
  invoke,
  tempDir,
  value,
} from '../integration/support';
import { startTestCluster, type TestCluster } from '../support/postgres';
import { startProxy, type Proxy } from '../support/tcp-proxy';

let dir: ReturnType<typeof tempDir>;
let cluster: TestCluster | null;
let proxy: Proxy;
let url: string;
let savedConfig: string | undefined;
const cores: OpenedCore[] = [];

/** A core as the desktop starts one (not the CLI, which never falls back to the copy). */
async function start(): Promise<OpenedCore> {
  const core = await openCore({ dbFile: url, mode: 'browser', version: '0.0.0-test' });
  cores.push(core);
  return core;
}

/** The next database:status event that passes `test`. */
function nextStatus(core: OpenedCore, test: (status: TeamStatus) => boolean): Promise<TeamStatus> {
  return new Promise((resolve) => {
    const stop = core.subscribe((event, payload) => {
      if (event !== 'database:status') return;
      const status = payload as TeamStatus;
      if (!test(status)) return;
      stop();
      resolve(status);
    });
  });
}

beforeAll(async () => {
  dir = tempDir();
  // The team database's local files (key, preferences, the copy) go under the app-data folder.
  savedConfig = process.env.XDG_CONFIG_HOME;
  process.env.XDG_CONFIG_HOME = dir.dir;
  cluster = await startTestCluster();
  const admin = new pg.Client({ connectionString: cluster.url });
  await admin.connect();
  await admin.query('CREATE DATABASE offline_team');
  await admin.end();
  const parsed = new URL(cluster.url);
  proxy = await startProxy(Number(parsed.port));
  parsed.port = String(proxy.port);
  parsed.pathname = '/offline_team';
  url = parsed.toString();
});

afterAll(async () => {
  for (const core of cores) await core.close().catch(() => {});
  await proxy?.close();
  cluster?.stop();
  process.env.XDG_CONFIG_HOME = savedConfig;
  dir.cleanup();
});

describe('offline while in team mode', () => {
  let firstId: string;
  let readAt: string;

  it('keeps a last-read copy of the portfolio, personnummer still encrypted', async () => {
    const core = await start();
    expect(await value(core, 'database:status', {})).toEqual({ state: 'online', readAt: null });
    await value(core, 'bureau:save', BUREAU);
    const copied = nextStatus(core, (s) => s.readAt !== null);
    firstId = (await value(core, 'customers:create', collaboration())).id;
    await value(
      core,
      'customers:create',
      collaboration({
        contact: null,
        customer: { ...collaboration().customer, name: 'Ödmans El AB', orgnr: '559244-0019' },
      }),
    );
    const status = await copied;
    expect(status.state).toBe('online');
    readAt = status.readAt ?? '';
    expect(Date.parse(readAt)).toBeGreaterThan(Date.now() - 60_000);
    const bytes = readFileSync(snapshotFileFor(localFileFor(url)));
    expect(bytes.includes('Ödmans El AB')).toBe(true);
    for (const clear of ['189001019802', '18900101-9802'])
      expect(bytes.includes(clear)).toBe(false);
  }, 60_000);

  it('says the team database cannot be reached when the server goes away', async () => {
    const core = cores[0] as OpenedCore;
    const lost = nextStatus(core, (s) => s.state === 'offline');
    await proxy.close();
    expect(await lost).toEqual({ state: 'offline', readAt });
    const listed = await invoke(core, 'customers:list', {});
    expect(listed.ok).toBe(false);
    if (!listed.ok) {
      expect(listed.error.code).toBe('db.offline');
      expect(listed.error.message).toMatch(/^Teamdatabasen kan inte nås/);
    }
    expect(await value(core, 'database:status', {})).toEqual({ state: 'offline', readAt });
  }, 30_000);

  it('starts without the server on the last-read copy: readable, marked, read-only', async () => {
    const core = await start();
    expect(await value(core, 'database:status', {})).toEqual({ state: 'snapshot', readAt });
    const names = (await value(core, 'customers:list', {})).map((c) => c.name).sort();
    expect(names).toEqual(['Ödmans El AB', 'Åkesson Bygg & Måleri AB'].sort());
    const shown = await value(core, 'customers:get', { id: firstId });
    expect(shown.customer.orgnr).toBe('559244-0001');
    // The copy's personnummer are read with the team database's key, which this desktop holds.
    expect(shown.contact?.personnummerMasked).toBe('18900101-****');
    // A save as the bureau form sends it, with the version it read from the copy.
    const refused = await invoke(core, 'bureau:save', {
      ...BUREAU,
      staffName: 'Bo Ask',
      ...(await bureauVersion(core)),
    });
    expect(refused.ok).toBe(false);
    if (!refused.ok) {
      expect(refused.error.code).toBe('db.readOnly');
      expect(refused.error.details).toEqual({ readAt });
    }
    expect((await value(core, 'bureau:get', {}))?.staffName).toBe(BUREAU.staffName);
  }, 30_000);

  it('keeps new customers as drafts offline, and sends them back with a conflict listed', async () => {
    const offline = cores[1] as OpenedCore;
    expect(
      (await value(offline, 'customers:create', company('Nya AB', '559244-0027'))).id,
    ).toBeTruthy();
    await value(offline, 'customers:create', company('Bergs Måleri AB', '559244-0035'));
    // A customer the last-read copy already has is refused as always, not drafted twice.
    const twice = await invoke(offline, 'customers:create', company('Ödman', '559244-0019'));
    expect(twice.ok ? 'created' : twice.error.code).toBe('orgnr.duplicate');
    const drafts = await value(offline, 'offlineDrafts:list', {});
    expect(drafts.map((d) => d.name)).toEqual(['Bergs Måleri AB', 'Nya AB']);
    await offline.close();

    // The server is back; meanwhile a colleague created Bergs Måleri AB in the team database.
    await proxy.open();
    const online = await start();
    expect((await value(online, 'database:status', {})).state).toBe('online');
    const colleagues = await value(
      online,
      'customers:create',
      company('Bergs Måleri', '559244-0035'),
    );
    const first = await value(online, 'offlineDrafts:send', {});
    expect(first.sent).toEqual([]);
    expect(first.conflicts).toEqual([
      { id: colleagues.id, name: 'Bergs Måleri', orgnr: '5592440035' },
    ]);
    expect((await value(online, 'customers:list', {})).length).toBe(3);

    // Keep the colleague's: the draft is discarded, and the rest go.
    const left = await value(online, 'offlineDrafts:discard', { orgnrs: ['559244-0035'] });
    expect(left.map((d) => d.name)).toEqual(['Nya AB']);
    const second = await value(online, 'offlineDrafts:send', {});
    expect(second.conflicts).toEqual([]);
    expect(second.sent.map((d) => d.name)).toEqual(['Nya AB']);
    const names = (await value(online, 'customers:list', {})).map((c) => c.name).sort();
    expect(names).toEqual(
      ['Bergs Måleri', 'Nya AB', 'Ödmans El AB', 'Åkesson Bygg & Måleri AB'].sort(),
    );
    expect(await value(online, 'offlineDrafts:list', {})).toEqual([]);
  }, 60_000);
});

function company(name: string, orgnr: string) {
  return collaboration({ contact: null, customer: { ...collaboration().customer, name, orgnr } });
}
