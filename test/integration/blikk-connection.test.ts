import { existsSync, readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { clearBlikkTokens } from '../../electron/core/blikk/client';
import { testConnection } from '../../electron/core/blikk/connection-service';
import type { OpenedCore } from '../../electron/core/open';
import { AppError } from '../../shared/errors';
import { DEFAULT_BLIKK_API_URL } from '../../shared/schemas/blikk';
import { blikkUsers } from '../support/blikk-fixtures';
import { startBlikkServer, type BlikkServer } from '../support/blikk-server';
import { BUREAU, collaboration, invoke, openTestCore, snapshot, tempDir, value } from './support';

/** A secret no other text in the database could contain by chance. */
const SECRET = 'Blikk-Hemlis-9x!Qz-åäö';
const APP_ID = 'ekask-kundstart';
const ENV = 'KUNDSTART_BLIKK_API_URL';

let dir: { dir: string; cleanup: () => void };
let db: string;
let core: OpenedCore;
let server: BlikkServer;
let customerId: string;

beforeEach(async () => {
  clearBlikkTokens();
  dir = tempDir();
  db = `${dir.dir}/kundstart.db`;
  core = await openTestCore(db);
  await value(core, 'bureau:save', BUREAU);
  customerId = (await value(core, 'customers:create', collaboration())).id;
  server = await startBlikkServer({
    apps: [{ appId: APP_ID, secret: SECRET, users: blikkUsers(12) }],
  });
  process.env[ENV] = server.url;
});
afterEach(async () => {
  delete process.env[ENV];
  await server.close();
  await core.close();
  dir.cleanup();
});

/** Every byte SQLite holds for the database: the file, its write-ahead log and shared memory. */
function databaseBytes(): string {
  return ['', '-wal', '-shm', '-journal']
    .map((suffix) => db + suffix)
    .filter((file) => existsSync(file))
    .map((file) => readFileSync(file).toString('latin1') + readFileSync(file).toString('utf8'))
    .join('\n');
}

const connectInput = (appSecret = SECRET) => ({ customerId, appId: APP_ID, appSecret });

describe('the application secret is sealed', () => {
  it('is never in the database file, its WAL, the audit log or the log, in clear', async () => {
    const written: string[] = [];
    const spy = vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => {
      written.push(String(chunk));
      return true;
    });
    try {
      await value(core, 'blikk:connect', connectInput(`${SECRET}-gammal`));
      await value(core, 'blikk:connect', connectInput());
      await value(core, 'blikk:test', { customerId });
      // Refused tests (typed wrong secret, Blikk down) must not write it anywhere either.
      await invoke(core, 'blikk:test', { customerId, appId: APP_ID, appSecret: `${SECRET}-fel` });
      server.fail({ kind: 'status', status: 403 }, 1, 'users');
      await invoke(core, 'blikk:test', { customerId });
    } finally {
      spy.mockRestore();
    }
    expect(databaseBytes()).not.toContain(SECRET);
    expect(written.join('')).not.toContain(SECRET);
    const audit = await value(core, 'audit:list', {});
    const entries = audit.filter((e) => e.entity === 'blikkConnection');
    expect(entries).toHaveLength(2);
    expect(JSON.stringify(audit)).not.toContain(SECRET);
    // The log says that the secret changed, without saying what it is.
    expect(entries[0]!.after).toEqual({ secret: 'bytt' });
    expect(entries[1]!.after).toEqual({ appId: APP_ID, secret: 'satt' });
  });

  it('is stored as the data key encrypts it, and unseals to what was typed', async () => {
    await value(core, 'blikk:connect', connectInput());
    const [row] = (await core.context.ds.query('SELECT secret_enc FROM blikk_connections')) as {
      secret_enc: string;
    }[];
    expect(row!.secret_enc).toMatch(/^v1\./);
    expect(core.context.cipher.decrypt(row!.secret_enc)).toBe(SECRET);
  });

  it('blikk:getConnection answers hasSecret, never the secret', async () => {
    const events: unknown[] = [];
    core.subscribe((name, payload) => name === 'blikk:changed' && events.push(payload));
    await value(core, 'blikk:connect', connectInput());
    const connection = await value(core, 'blikk:getConnection', { customerId });
    expect(connection).toEqual({
      customerId,
      appId: APP_ID,
      hasSecret: true,
      connectedAt: '2026-11-28T10:00:00.000Z',
      lastTest: null,
    });
    expect(JSON.stringify(connection)).not.toContain(SECRET);
    expect(events).toEqual([{ customerIds: [customerId] }]);
  });
});

describe('connecting', () => {
  it('an unknown customer is customer.notFound and nothing is written', async () => {
    const before = await snapshot(core);
    const refused = await invoke(core, 'blikk:connect', { ...connectInput(), customerId: 'nej' });
    expect(refused.ok || refused.error.code).toBe('customer.notFound');
    expect(await snapshot(core)).toEqual(before);
  });

  it('an empty application id or secret is refused and nothing is written', async () => {
    const before = await snapshot(core);
    for (const input of [{ ...connectInput(), appId: '  ' }, connectInput('')]) {
      const refused = await invoke(core, 'blikk:connect', input);
      expect(refused.ok || refused.error.code).toBe('input.invalid');
    }
    expect(await snapshot(core)).toEqual(before);
  });

  it('disconnecting removes the connection only, audited; the customer is not connected', async () => {
    await value(core, 'blikk:connect', connectInput());
    await value(core, 'blikk:disconnect', { customerId });
    expect(await value(core, 'blikk:getConnection', { customerId })).toBeNull();
    const refused = await invoke(core, 'blikk:test', { customerId });
    expect(refused.ok || refused.error.code).toBe('blikk.notConnected');
    const audit = await value(core, 'audit:list', {});
    expect(audit.filter((e) => e.entity === 'blikkConnection').map((e) => e.action)).toEqual([
      'delete',
      'create',
    ]);
  });
});

describe('test connection', () => {
  it('answers the number of users and records the success on the stored connection', async () => {
    await value(core, 'blikk:connect', connectInput());
    const result = await value(core, 'blikk:test', { customerId });
    expect(result).toEqual({ users: 12, testedAt: '2026-11-28T10:00:00.000Z' });
    const connection = await value(core, 'blikk:getConnection', { customerId });
    expect(connection?.lastTest).toEqual({ at: '2026-11-28T10:00:00.000Z', code: null });
  });

  it('typed credentials are tested without being stored or recorded', async () => {
    const result = await value(core, 'blikk:test', {
      customerId,
      appId: APP_ID,
      appSecret: SECRET,
    });
    expect(result.users).toBe(12);
    expect(await value(core, 'blikk:getConnection', { customerId })).toBeNull();
  });

  it('credentials tested in the dialog count as tested once saved; other ones do not', async () => {
    const tested = await value(core, 'blikk:test', {
      customerId,
      appId: APP_ID,
      appSecret: SECRET,
    });
    const saved = await value(core, 'blikk:connect', connectInput());
    expect(saved.lastTest).toEqual({ at: tested.testedAt, code: null });
    await value(core, 'blikk:test', { customerId, appId: APP_ID, appSecret: SECRET });
    const other = await value(core, 'blikk:connect', connectInput('en-annan-hemlighet'));
    expect(other.lastTest).toBeNull();
  });

  it('each failure has its own code and Swedish message, recorded on the stored connection', async () => {
    await value(core, 'blikk:connect', connectInput());
    const fast = { sleep: () => Promise.resolve(), timeoutMs: 200 };
    const cases: [string, () => void][] = [
      ['blikk.auth', () => server.setUsers(APP_ID, []) /* below: a wrong secret */],
      ['blikk.forbidden', () => server.fail({ kind: 'status', status: 403 }, 1, 'users')],
      ['blikk.unavailable', () => server.fail({ kind: 'status', status: 502 }, 4, 'users')],
      ['blikk.timeout', () => server.fail({ kind: 'hang', ms: 1000 }, 4, 'users')],
      ['blikk.notBlikk', () => server.fail({ kind: 'html' }, 1, 'users')],
    ];
    for (const [code, arrange] of cases) {
      clearBlikkTokens();
      arrange();
      const input =
        code === 'blikk.auth'
          ? { customerId, appId: APP_ID, appSecret: 'fel-hemlighet' }
          : { customerId };
      const err = await testConnection(core.context, input, fast).catch((e: unknown) => e);
      expect(err instanceof AppError && err.code).toBe(code);
      expect((err as AppError).message).toMatch(/Blikk/);
      if (code !== 'blikk.auth') {
        const connection = await value(core, 'blikk:getConnection', { customerId });
        expect(connection?.lastTest?.code).toBe(code);
      }
    }
    await server.close();
    const offline = await testConnection(core.context, { customerId }, fast).catch((e) => e);
    expect(offline instanceof AppError && offline.code).toBe('blikk.offline');
    expect((await value(core, 'blikk:getConnection', { customerId }))?.lastTest?.code).toBe(
      'blikk.offline',
    );
  });
});

describe("the address of Blikk's API", () => {
  it("KUNDSTART_BLIKK_API_URL wins over the setting, the setting over Blikk's own", async () => {
    delete process.env[ENV];
    expect(await value(core, 'blikk:getSettings', {})).toEqual({
      apiUrl: DEFAULT_BLIKK_API_URL,
      source: 'default',
      storedUrl: '',
    });
    const saved = await value(core, 'blikk:saveSettings', {
      apiUrl: 'https://proxy.ekask.example/blikk/',
    });
    expect(saved).toEqual({
      apiUrl: 'https://proxy.ekask.example/blikk',
      source: 'setting',
      storedUrl: 'https://proxy.ekask.example/blikk',
    });
    process.env[ENV] = server.url;
    expect(await value(core, 'blikk:getSettings', {})).toMatchObject({
      apiUrl: server.url,
      source: 'env',
      storedUrl: 'https://proxy.ekask.example/blikk',
    });
    // '' returns to Blikk's own address.
    delete process.env[ENV];
    expect((await value(core, 'blikk:saveSettings', { apiUrl: '' })).source).toBe('default');
    const audit = await value(core, 'audit:list', {});
    expect(audit.filter((e) => e.entity === 'blikkSettings')).toHaveLength(2);
  });

  it('the setting is used by test connection', async () => {
    delete process.env[ENV];
    await value(core, 'blikk:saveSettings', { apiUrl: server.url });
    await value(core, 'blikk:connect', connectInput());
    expect((await value(core, 'blikk:test', { customerId })).users).toBe(12);
  });

  it('http:// only to this machine, else blikk.urlInvalid and nothing is written', async () => {
    delete process.env[ENV];
    const before = await snapshot(core);
    for (const apiUrl of [
      'http://publicapi.blikk.com',
      'ftp://127.0.0.1',
      'inte en adress',
      'https://user:pw@publicapi.blikk.com',
    ]) {
      const refused = await invoke(core, 'blikk:saveSettings', { apiUrl });
      expect(refused.ok || refused.error.code).toBe('blikk.urlInvalid');
    }
    expect(await snapshot(core)).toEqual(before);
    for (const apiUrl of ['http://localhost:8080', 'http://127.0.0.1:9', 'http://[::1]:1']) {
      expect((await value(core, 'blikk:saveSettings', { apiUrl })).apiUrl).toBe(apiUrl);
    }
  });

  it('an unusable KUNDSTART_BLIKK_API_URL is blikk.urlInvalid when Blikk is called', async () => {
    await value(core, 'blikk:connect', connectInput());
    process.env[ENV] = 'http://blikk.example';
    const refused = await invoke(core, 'blikk:test', { customerId });
    expect(refused.ok || refused.error.code).toBe('blikk.urlInvalid');
    expect(server.calls).toHaveLength(0);
  });
});
