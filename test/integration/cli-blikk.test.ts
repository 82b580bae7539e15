import { writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorsSv } from '../../shared/errorMessages';
import type { ErrorCode } from '../../shared/errors';
import { blikkUser, testPersonnummer, type BlikkApiUser } from '../support/blikk-fixtures';
import { startBlikkServer, type BlikkServer } from '../support/blikk-server';
import { freePort } from './mail-settings-server';
import { kundstartAsyncWith, kundstartOn, tempDir } from './support';

/** Every call starts the real CLI (1-2 s, more on a busy machine). */
const SLOW = { timeout: 120_000 };
const ORGNR = '559244-0001';
const APP_ID = 'kundstart-ekask';
const SECRET = 'hemlig-nyckel-42';
const SECRET_ENV = 'KUNDSTART_BLIKK_SECRET';

type Json = Record<string, unknown>;

/** Blikk's users as the bureau entered them: no profile or approver, as prepared below. */
const inBlikk = (n: number, over: Partial<BlikkApiUser> = {}) =>
  blikkUser(n, { timeReportingProfile: null, manager: null, ...over });
const EVERYONE = () => [inBlikk(1), inBlikk(2), inBlikk(3)];

let dir: { dir: string; cleanup: () => void };
let db: string;
let server: BlikkServer;

/** The real CLI on the test's database, against the fake Blikk, never blocking it. */
const kundstart = (args: string[], env: Record<string, string> = {}) =>
  kundstartAsyncWith<Json>(
    { KUNDSTART_BLIKK_API_URL: server.url, [SECRET_ENV]: '', ...env },
    db,
    ...args,
  );

/** Three users prepared from the fixtures' own values, imported as a bureau would. */
function preparedCsv(): string {
  const lines = [1, 2, 3].map((n) => {
    const u = blikkUser(n);
    return [u.firstName, u.lastName, u.email, testPersonnummer(n), u.employeeNumber]
      .concat(['Månadslön', 'Rapportör'])
      .join(';');
  });
  return [
    'Förnamn;Efternamn;E-post;Personnummer;Anställningsnr;Löneform;Behörighet',
    ...lines,
  ].join('\r\n');
}

beforeAll(async () => {
  dir = tempDir();
  db = `${dir.dir}/kundstart.db`;
  server = await startBlikkServer({
    apps: [
      { appId: APP_ID, secret: SECRET, users: EVERYONE() },
      { appId: 'utan-behorighet', secret: SECRET, permissions: { users: false }, users: [] },
    ],
  });
  const made = kundstartOn(
    db,
    ...['customer', 'create', '--name', 'Åkesson Bygg AB', '--orgnr', ORGNR, '--licences', '3'],
  );
  expect(made.code, made.stderr).toBe(0);
  const csv = `${dir.dir}/personal.csv`;
  writeFileSync(csv, preparedCsv(), 'utf8');
  const imported = kundstartOn(db, 'users', 'import', '--customer', ORGNR, csv);
  expect(imported.code, imported.stdout + imported.stderr).toBe(0);
});
afterAll(async () => {
  await server.close();
  dir.cleanup();
});

const connect = (appId: string, env: Record<string, string> = {}, ...more: string[]) =>
  kundstart(['blikk', 'connect', '--customer', ORGNR, '--app-id', appId, ...more, '--json'], env);

describe('blikk connect, blikk test', SLOW, () => {
  it('without --app-secret or KUNDSTART_BLIKK_SECRET is a usage error naming the variable', async () => {
    const r = await connect(APP_ID);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(SECRET_ENV);
  });

  it('takes the secret from KUNDSTART_BLIKK_SECRET, tests it, and never prints it', async () => {
    const r = await connect(APP_ID, { [SECRET_ENV]: SECRET });
    expect(r.code, r.stderr).toBe(0);
    expect(r.json()).toMatchObject({
      connection: { appId: APP_ID, hasSecret: true },
      secretFrom: 'env',
      test: { ok: true, users: 3 },
    });
    expect(r.stdout + r.stderr).not.toContain(SECRET);
  });

  it('--app-secret works too, with a note that it ends up in the shell history', async () => {
    const r = await connect(APP_ID, {}, '--app-secret', SECRET);
    expect(r.code, r.stderr).toBe(0);
    expect(r.json()).toMatchObject({ secretFrom: 'flag', test: { ok: true } });
    expect(r.stderr).toContain(SECRET_ENV);
  });

  it('blikk test says in Swedish what is wrong, one sentence per kind of failure, exit 1', async () => {
    const failures: [ErrorCode, () => Promise<Awaited<ReturnType<typeof kundstart>>>][] = [
      ['blikk.auth', async () => (await connect(APP_ID, { [SECRET_ENV]: 'fel-nyckel' }), test())],
      [
        'blikk.forbidden',
        async () => (await connect('utan-behorighet', { [SECRET_ENV]: SECRET }), test()),
      ],
      [
        'blikk.unavailable',
        async () => {
          await connect(APP_ID, { [SECRET_ENV]: SECRET });
          server.fail({ kind: 'status', status: 503 }, 4, 'users');
          return test();
        },
      ],
      ['blikk.notBlikk', async () => (server.fail({ kind: 'html' }, 1, 'users'), test())],
      [
        'blikk.offline',
        async () => test({ KUNDSTART_BLIKK_API_URL: `http://127.0.0.1:${await freePort()}` }),
      ],
    ];
    for (const [code, run] of failures) {
      const r = await run();
      expect(r.code, `${code}: ${r.stderr}`).toBe(1);
      expect(r.stderr, code).toContain(errorsSv[code]);
      expect(r.json(), code).toMatchObject({ ok: false, error: { code } });
    }
    const ok = await test();
    expect(ok.code, ok.stderr).toBe(0);
    expect(ok.json()).toMatchObject({ ok: true, users: 3 });
  });
});

const test = (env: Record<string, string> = {}) =>
  kundstart(['blikk', 'test', '--customer', ORGNR, '--json'], env);

describe('blikk reconcile --json', SLOW, () => {
  const reconcile = (...which: string[]) => kundstart(['blikk', 'reconcile', ...which, '--json']);

  it('exits 0 when everything matches, 1 with the differences of DESIGN.md section 6', async () => {
    await connect(APP_ID, { [SECRET_ENV]: SECRET });
    server.setUsers(APP_ID, EVERYONE());
    const same = await reconcile('--customer', ORGNR);
    expect(same.code, same.stderr).toBe(0);
    expect(same.json()).toMatchObject({
      customers: [
        { orgnr: ORGNR, verified: true, missingInBlikk: [], notPrepared: [], differences: [] },
      ],
    });

    const bertil = blikkUser(2);
    server.setUsers(APP_ID, [
      inBlikk(1),
      inBlikk(2, { email: 'bertil.privat@akesson-bygg.example' }),
    ]);
    for (const which of [['--customer', ORGNR], ['--all']]) {
      const r = await reconcile(...which);
      expect(r.code, r.stderr).toBe(1);
      const [customer] = (r.json() as { customers: Json[] }).customers;
      expect(customer).toMatchObject({
        orgnr: ORGNR,
        verified: false,
        missingInBlikk: [{ name: 'Cecilia Lind' }],
        notPrepared: [],
        differences: [
          {
            user: `${bertil.firstName} ${bertil.lastName}`,
            field: 'email',
            prepared: bertil.email,
            blikk: 'bertil.privat@akesson-bygg.example',
          },
        ],
      });
    }
  });
});
