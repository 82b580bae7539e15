import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  clearBlikkTokens,
  createBlikkClient,
  type BlikkClientOptions,
} from '../../electron/core/blikk/client';
import { AppError } from '../../shared/errors';
import { blikkUser, blikkUsers, separated, testPersonnummer } from '../support/blikk-fixtures';
import { startBlikkServer, type BlikkServer } from '../support/blikk-server';

/*
 * The Blikk API client against the fake Blikk server on loopback (test/support/blikk-server.ts),
 * which counts every call's arrival: the rate it measures is the one Blikk would.
 */

const APP = { appId: 'byran-akesson', secret: 'hemlig-nyckel-åäö-42' };
const credentials = { appId: APP.appId, appSecret: APP.secret };

let server: BlikkServer;

async function serve(
  users = blikkUsers(3),
  extra: Partial<Parameters<typeof startBlikkServer>[0]> = {},
) {
  server = await startBlikkServer({ apps: [{ ...APP, users }], ...extra });
  return server;
}

function client(options: Partial<BlikkClientOptions> = {}) {
  return createBlikkClient(credentials, { baseUrl: server.url, ...options });
}

/** The backoff's waits, recorded and only a few ms long: the test stays quick. */
function recordingSleep() {
  const waits: number[] = [];
  const sleep = (ms: number) => {
    waits.push(ms);
    return new Promise<void>((resolve) => setTimeout(resolve, Math.min(ms, 10)));
  };
  return { waits, sleep };
}

async function refusal(promise: Promise<unknown>): Promise<AppError> {
  const err = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  if (!(err instanceof AppError)) throw new Error(`expected an AppError, got ${String(err)}`);
  return err;
}

const usersCalls = () => server.calls.filter((c) => c.path === '/v1/Admin/Users');
const tokenCalls = () => server.calls.filter((c) => c.path === '/v1/Auth/Token');

beforeEach(() => clearBlikkTokens());
afterEach(async () => server?.close());

describe('reading the users', () => {
  it('reads every page, 100 at a time from page 1 until totalPages, in order', async () => {
    await serve(blikkUsers(250));
    const progress: string[] = [];
    const users = await client().listUsers((done, total) => progress.push(`${done}/${total}`));
    expect(users).toHaveLength(250);
    expect(users.map((u) => u.blikkId)).toEqual(blikkUsers(250).map((u) => String(u.id)));
    expect(usersCalls().map((c) => c.page)).toEqual([1, 2, 3]);
    expect(tokenCalls()).toHaveLength(1);
    expect(progress).toEqual(['1/3', '2/3', '3/3']);
  });

  it('test() answers how many users the account has', async () => {
    await serve(blikkUsers(7));
    expect(await client().test()).toEqual({ users: 7 });
  });
});

describe('the token', () => {
  it('is renewed once when Blikk ends it mid-run (401), and the listing completes', async () => {
    await serve(blikkUsers(250));
    const users = await client().listUsers((done) => {
      if (done === 1) server.expireTokens();
    });
    expect(users).toHaveLength(250);
    expect(tokenCalls()).toHaveLength(2);
    expect(usersCalls().map((c) => `${c.page}:${c.status}`)).toEqual([
      '1:200',
      '2:401',
      '2:200',
      '3:200',
    ]);
  });

  it('is renewed before it is used shortly before its expires date (read with the clock)', async () => {
    let clock = new Date('2026-12-07T08:00:00Z');
    await serve(blikkUsers(250), { tokenLifetimeMs: 90_000, now: () => clock });
    const users = await client({ now: () => clock }).listUsers((done) => {
      if (done === 1) clock = new Date(clock.getTime() + 45_000); // 45 s left: within the margin
    });
    expect(users).toHaveLength(250);
    expect(tokenCalls()).toHaveLength(2);
    expect(usersCalls().every((c) => c.status === 200)).toBe(true);
  });

  it('is cached between calls of the same connection', async () => {
    await serve();
    await client().test();
    await client().listUsers();
    expect(tokenCalls()).toHaveLength(1);
  });

  it('a 401 that persists after one renewal is blikk.auth (two tokens, not more)', async () => {
    await serve();
    server.fail({ kind: 'expiredToken' }, 5, 'users');
    const err = await refusal(client().listUsers());
    expect(err.code).toBe('blikk.auth');
    expect(tokenCalls()).toHaveLength(2);
  });
});

describe('the rate limit', () => {
  it('429 with Retry-After in seconds: the client waits that long, then completes', async () => {
    await serve(blikkUsers(150));
    server.fail({ kind: 'rateLimited', retryAfter: '1' }, 1, 'users');
    const users = await client().listUsers();
    expect(users).toHaveLength(150);
    const calls = usersCalls();
    const refused = calls.findIndex((c) => c.status === 429);
    expect(refused).toBe(0);
    expect((calls[1]?.at ?? 0) - (calls[0]?.at ?? 0)).toBeGreaterThanOrEqual(990);
    expect(server.maxCallsPerSecond()).toBeLessThanOrEqual(4);
  });

  it('429 with Retry-After as an HTTP date: the client waits until that date', async () => {
    await serve(blikkUsers(150));
    const until = new Date(Date.now() + 2000).toUTCString();
    server.fail({ kind: 'rateLimited', retryAfter: until }, 1, 'users');
    const users = await client().listUsers();
    expect(users).toHaveLength(150);
    const after = usersCalls()[1]?.at ?? 0;
    expect(after).toBeGreaterThanOrEqual(Date.parse(until) - 10);
    expect(server.maxCallsPerSecond()).toBeLessThanOrEqual(4);
  });

  it('four connections in parallel never make Blikk see more than 4 calls in a second', async () => {
    const apps = [1, 2, 3, 4].map((n) => ({
      appId: `app-${n}`,
      secret: `secret-${n}`,
      users: blikkUsers(101 + n),
    }));
    server = await startBlikkServer({ apps });
    const started = Date.now();
    const results = await Promise.all(
      apps.map((app) =>
        createBlikkClient(
          { appId: app.appId, appSecret: app.secret },
          { baseUrl: server.url },
        ).listUsers(),
      ),
    );
    expect(results.map((r) => r.length)).toEqual([102, 103, 104, 105]);
    expect(server.calls).toHaveLength(12);
    expect(server.calls.filter((c) => c.status === 429)).toEqual([]);
    expect(server.maxCallsPerSecond()).toBeLessThanOrEqual(4);
    // 12 calls at 4 a second: at least two full seconds, and not much more.
    expect(Date.now() - started).toBeGreaterThanOrEqual(2000);
    expect(Date.now() - started).toBeLessThan(4500);
  });
});

describe('failures tried again', () => {
  it('500s are tried again after a growing pause, then the listing completes', async () => {
    await serve();
    server.fail({ kind: 'status', status: 500 }, 2, 'users');
    const { waits, sleep } = recordingSleep();
    expect(await client({ sleep }).listUsers()).toHaveLength(3);
    expect(usersCalls().map((c) => c.status)).toEqual([500, 500, 200]);
    expect(waits).toEqual([500, 1000]);
  });

  it('a dropped connection is tried again', async () => {
    await serve();
    server.fail({ kind: 'drop' }, 1, 'users');
    const { sleep } = recordingSleep();
    expect(await client({ sleep }).listUsers()).toHaveLength(3);
    expect(usersCalls().map((c) => c.status)).toEqual([0, 200]);
  });

  it('after 4 tries a failing Blikk is blikk.unavailable, with what it said', async () => {
    await serve();
    server.fail(
      { kind: 'status', status: 503, body: '{"message":"Underhåll pågår"}' },
      10,
      'users',
    );
    const { sleep } = recordingSleep();
    const err = await refusal(client({ sleep }).listUsers());
    expect(err.code).toBe('blikk.unavailable');
    expect(err.details).toEqual({ status: 503, excerpt: '{"message":"Underhåll pågår"}' });
    expect(usersCalls()).toHaveLength(4);
  });

  it('a closed port is blikk.offline', async () => {
    await serve();
    const url = server.url;
    await server.close();
    const { sleep } = recordingSleep();
    const err = await refusal(createBlikkClient(credentials, { baseUrl: url, sleep }).test());
    expect(err.code).toBe('blikk.offline');
  });

  it('a Blikk that does not answer in time is blikk.timeout', async () => {
    await serve();
    server.fail({ kind: 'hang', ms: 1500 }, 4, 'token');
    const { sleep } = recordingSleep();
    const err = await refusal(client({ sleep, timeoutMs: 150 }).test());
    expect(err.code).toBe('blikk.timeout');
    expect(tokenCalls()).toHaveLength(4);
  });

  it('cancelling stops the listing with blikk.cancelled', async () => {
    await serve(blikkUsers(250));
    const abort = new AbortController();
    const err = await refusal(
      client({ signal: abort.signal }).listUsers((done) => done === 1 && abort.abort()),
    );
    expect(err.code).toBe('blikk.cancelled');
    expect(usersCalls()).toHaveLength(1);
  });
});

describe('refusals', () => {
  it('a page whose items cannot be read is blikk.malformed: nothing is returned', async () => {
    await serve(blikkUsers(250));
    const pages: number[] = [];
    const err = await refusal(
      client().listUsers((done) => {
        pages.push(done);
        if (done === 1) server.fail({ kind: 'malformedPage' }, 1, 'users');
      }),
    );
    expect(err.code).toBe('blikk.malformed');
    // Refused at the unreadable page: page 3 is never asked for, page 1's users are not returned.
    expect(pages).toEqual([1]);
    expect(usersCalls().map((c) => c.page)).toEqual([1, 2]);
  });

  it('wrong credentials are blikk.auth, and the error never carries the secret', async () => {
    await serve();
    const err = await refusal(
      createBlikkClient(
        { appId: APP.appId, appSecret: 'fel-hemlighet' },
        { baseUrl: server.url },
      ).test(),
    );
    expect(err.code).toBe('blikk.auth');
    expect(err.message).toMatch(/Blikk godtog inte inloggningen/);
    expect(JSON.stringify(err.details)).not.toContain('fel-hemlighet');
    expect(usersCalls()).toHaveLength(0);
  });

  it('an application without permission to read users is blikk.forbidden', async () => {
    server = await startBlikkServer({
      apps: [{ ...APP, permissions: { users: false }, users: blikkUsers(2) }],
    });
    expect((await refusal(client().test())).code).toBe('blikk.forbidden');
  });

  it('an HTML page instead of Blikk is blikk.notBlikk', async () => {
    await serve();
    server.fail({ kind: 'html' }, 1, 'token');
    const err = await refusal(client().test());
    expect(err.code).toBe('blikk.notBlikk');
    expect(err.details).toMatchObject({ status: 200, excerpt: expect.stringContaining('<html>') });
  });

  it("an address that is not Blikk's API (404) is blikk.notBlikk", async () => {
    await serve();
    const err = await refusal(
      createBlikkClient(credentials, { baseUrl: `${server.url}/fel/sokvag` }).test(),
    );
    expect(err.code).toBe('blikk.notBlikk');
  });
});

describe('mapping Blikk users tolerantly', () => {
  it('takes numbers for strings and the reverse, any written personnummer, raw unknowns', async () => {
    const pnr = testPersonnummer(20);
    const short = `${pnr.slice(2, 8)}-${pnr.slice(8)}`;
    await serve([
      blikkUser(1, { employeeNumber: 105, salaryType: 2, license: 'Approver' }),
      blikkUser(2, { socialSecurityNumber: short, salaryType: 'Monthly', license: 'Admin' }),
      blikkUser(3, { socialSecurityNumber: pnr, salaryType: 7, license: 'Projektledare' }),
      blikkUser(4, { socialSecurityNumber: 'okänt', license: null, salaryType: null }),
      { id: 5005, somethingNew: { deep: [1, 2] } },
      blikkUser(6, {
        manager: { objectName: 'User', id: 1001, name: 'Astrid Ek' },
        timeReportingProfile: { objectName: 'TimeReportingProfile', id: 9, name: 'Verkstad' },
      }),
    ]);
    const [a, b, c, d, e, f] = await client().listUsers();
    expect(a).toMatchObject({ employeeNumber: '105', salaryForm: 'hourly', role: 'approver' });
    expect(a).toMatchObject({ salaryTypeRaw: null, licenseRaw: null, licensed: true });
    expect(b).toMatchObject({ personnummer: separated(pnr), salaryForm: 'monthly', role: 'admin' });
    expect(c).toMatchObject({ personnummer: separated(pnr), salaryForm: null, salaryTypeRaw: '7' });
    expect(c).toMatchObject({ role: null, licenseRaw: 'Projektledare', licensed: true });
    expect(d).toMatchObject({ personnummer: 'okänt', licensed: false, salaryForm: null });
    expect(e).toEqual({
      blikkId: '5005',
      firstName: '',
      lastName: '',
      email: '',
      personnummer: null,
      employeeNumber: '',
      salaryForm: null,
      salaryTypeRaw: null,
      role: null,
      licenseRaw: null,
      licensed: false,
      manager: null,
      profile: null,
    });
    expect(f?.manager).toEqual({ id: '1001', name: 'Astrid Ek' });
    expect(f?.profile).toEqual({ id: '9', name: 'Verkstad' });
  });
});
