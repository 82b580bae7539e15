// The team key (issue 16 item 4): one data key per team database, made by the first desktop,
// handed to colleagues in a passphrase-wrapped file, checked against the key check value the
// database holds before anything is written.
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it, inject } from 'vitest';
import { fileKeyStore, keyFileFor } from '../../electron/core/crypto/key-file';
import { keyCheckValue } from '../../electron/core/crypto/key-check';
import { wrapTeamKey } from '../../electron/core/crypto/key-transfer';
import { openCore, type OpenedCore } from '../../electron/core/open';
import { localFileFor } from '../../electron/core/paths';
import { confStore } from '../../electron/core/preferences/preference-service';
import { testPersonnummer } from '../support/blikk-fixtures';
import { BUREAU, collaboration, kundstartAsyncWith, tempDir, value } from '../integration/support';

const PASSPHRASE = 'korrekt häst batteri häftklammer';

interface CliJson {
  ok: boolean;
  error?: { code: string };
}

let url: string;
let anna: ReturnType<typeof tempDir>;
let bo: ReturnType<typeof tempDir>;
let exported: string;

/** The key file a desktop whose app-data folder is `dir` keeps for the team database. */
const keyFileOf = (dir: string) => keyFileFor(localFileFor(url, { XDG_CONFIG_HOME: dir }));

/** A desktop's core on the team database, its key file and preferences under its own folder. */
async function openDesktop(dir: string): Promise<OpenedCore> {
  return openCore({
    dbFile: url,
    mode: 'cli',
    keyStore: fileKeyStore(keyFileOf(dir)),
    preferences: await confStore(dir),
    version: '0.0.0-test',
  });
}

/** The `kundstart` CLI as the desktop whose app-data folder is `dir` runs it. */
function cli(dir: string, passphrase: string, ...args: string[]) {
  const env = { XDG_CONFIG_HOME: dir, KUNDSTART_PASSPHRASE: passphrase };
  return kundstartAsyncWith<CliJson>(env, url, ...args, '--json');
}

async function client(): Promise<pg.Client> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  return c;
}

/** Every table of the team database and every row of each, in one comparable text. */
async function snapshot(): Promise<Record<string, string[]>> {
  const c = await client();
  try {
    const { rows: tables } = await c.query<{ name: string }>(
      `SELECT table_name AS name FROM information_schema.tables
       WHERE table_schema = 'public' ORDER BY table_name`,
    );
    const out: Record<string, string[]> = {};
    for (const { name } of tables) {
      const { rows } = await c.query(`SELECT * FROM "${name}"`);
      out[name] = rows.map((r) => JSON.stringify(r)).sort();
    }
    return out;
  } finally {
    await c.end();
  }
}

/** The bureau, a customer and a user with a personnummer, as a desktop saves them. */
async function fillPortfolio(core: OpenedCore, orgnr?: string): Promise<void> {
  await value(core, 'bureau:save', BUREAU);
  const input = collaboration({ licences: 2 });
  if (orgnr) input.customer.orgnr = orgnr;
  const customer = await value(core, 'customers:create', input);
  await value(core, 'users:save', {
    customerId: customer.id,
    id: crypto.randomUUID(),
    fields: {
      firstName: 'Anna',
      lastName: 'Andersson',
      email: 'anna@akesson.example',
      personnummer: testPersonnummer(1),
      mobile: '',
      employeeNumber: '1',
      salaryForm: 'monthly',
      role: 'reporter',
      approverId: null,
      profileId: null,
    },
  });
}

async function emptyDatabase(name: string): Promise<string> {
  const admin = new URL(inject('pgUrl'));
  const c = new pg.Client({ connectionString: admin.toString() });
  await c.connect();
  await c.query(`DROP DATABASE IF EXISTS ${name}`);
  await c.query(`CREATE DATABASE ${name}`);
  await c.end();
  admin.pathname = `/${name}`;
  return admin.toString();
}

async function keyCheckOf(database: string): Promise<string | undefined> {
  const c = new pg.Client({ connectionString: database });
  await c.connect();
  try {
    const { rows } = await c.query<{ check_value: string }>('SELECT check_value FROM key_check');
    return rows[0]?.check_value;
  } finally {
    await c.end();
  }
}

async function refusalOf(opening: Promise<OpenedCore>): Promise<string> {
  const core = await opening.catch((err: { code?: string }) => err);
  if ('close' in core) {
    await core.close();
    return 'opened';
  }
  return core.code ?? 'no code';
}

beforeAll(async () => {
  url = await emptyDatabase(`team_key_${process.pid}`);
  anna = tempDir('kundstart-anna-');
  bo = tempDir('kundstart-bo-');
  exported = join(anna.dir, 'teamets-nyckel.json');
});
afterAll(() => {
  anna.cleanup();
  bo.cleanup();
});

describe('the team key', () => {
  it('is made by the first desktop, and the database holds only its check value', async () => {
    const core = await openDesktop(anna.dir);
    try {
      await fillPortfolio(core);
    } finally {
      await core.close();
    }
    const key = Buffer.from(readFileSync(keyFileOf(anna.dir), 'utf8').trim(), 'base64');
    const tables = JSON.stringify(await snapshot());
    expect((await snapshot()).key_check).toEqual([
      JSON.stringify({ id: 1, check_value: keyCheckValue(key) }),
    ]);
    expect(tables).not.toContain(key.toString('base64'));
    expect(tables).not.toContain(key.toString('hex'));
  });

  it('refuses a second desktop that has no key yet with key.teamKeyMissing, writing nothing', async () => {
    const before = await snapshot();
    expect(await refusalOf(openDesktop(bo.dir))).toBe('key.teamKeyMissing');
    expect(await snapshot()).toEqual(before);
    expect(existsSync(keyFileOf(bo.dir))).toBe(false);
  });

  it('refuses a desktop whose key is another, with key.wrongTeamKey, writing nothing', async () => {
    const before = await snapshot();
    mkdirSync(dirname(keyFileOf(bo.dir)), { recursive: true });
    writeFileSync(keyFileOf(bo.dir), randomBytes(32).toString('base64') + '\n', { mode: 0o600 });
    try {
      expect(await refusalOf(openDesktop(bo.dir))).toBe('key.wrongTeamKey');
      expect(await snapshot()).toEqual(before);
    } finally {
      rmSync(keyFileOf(bo.dir));
    }
  });

  it('is exported by the first desktop into a file that holds no key in clear', async () => {
    const done = await cli(anna.dir, PASSPHRASE, 'db', 'key', 'export', '--to', exported);
    expect(done.code, done.stderr).toBe(0);
    const key = readFileSync(keyFileOf(anna.dir), 'utf8').trim();
    expect(readFileSync(exported, 'utf8')).not.toContain(key);
  });

  it('refuses an import with a wrong passphrase, storing and writing nothing', async () => {
    const before = await snapshot();
    const done = await cli(bo.dir, 'fel lösenfras', 'db', 'key', 'import', '--from', exported);
    expect(done.code).toBe(1);
    expect(done.json().error?.code).toBe('key.passphrase');
    expect(existsSync(keyFileOf(bo.dir))).toBe(false);
    expect(await snapshot()).toEqual(before);
  });

  it('refuses an import of a key that is not the team database’s, storing nothing', async () => {
    const foreign = join(bo.dir, 'annan-nyckel.json');
    writeFileSync(foreign, await wrapTeamKey(randomBytes(32), PASSPHRASE));
    const done = await cli(bo.dir, PASSPHRASE, 'db', 'key', 'import', '--from', foreign);
    expect(done.code).toBe(1);
    expect(done.json().error?.code).toBe('key.wrongTeamKey');
    expect(existsSync(keyFileOf(bo.dir))).toBe(false);
  });

  it('lets the second desktop read the first one’s personnummer once it imported the key', async () => {
    const done = await cli(bo.dir, PASSPHRASE, 'db', 'key', 'import', '--from', exported);
    expect(done.code, done.stderr).toBe(0);
    expect(readFileSync(keyFileOf(bo.dir), 'utf8')).toBe(readFileSync(keyFileOf(anna.dir), 'utf8'));
    const core = await openDesktop(bo.dir);
    try {
      const [row]: { personnummer_enc: string }[] = await core.context.ds.query(
        `SELECT personnummer_enc FROM users WHERE email = 'anna@akesson.example'`,
      );
      expect(core.context.cipher.decrypt(row!.personnummer_enc)).toBe(testPersonnummer(1));
    } finally {
      await core.close();
    }
  });
});

describe('db copy and the team key', () => {
  let carl: ReturnType<typeof tempDir>;
  let file: string;
  beforeAll(async () => {
    carl = tempDir('kundstart-carl-');
    file = join(carl.dir, 'egen.db');
    const core = await openCore({ dbFile: file, mode: 'cli', version: '0.0.0-test' });
    try {
      await fillPortfolio(core, '556036-0793');
    } finally {
      await core.close();
    }
  });
  afterAll(() => carl.cleanup());

  const copy = (to: string) =>
    kundstartAsyncWith<CliJson>(
      { XDG_CONFIG_HOME: carl.dir },
      file,
      ...['db', 'copy', '--from', file, '--to', to, '--json'],
    );

  it('writes the check value of the key it encrypted with, not the file’s', async () => {
    const target = await emptyDatabase(`team_key_copy_${process.pid}`);
    const done = await copy(target);
    expect(done.code, done.stderr).toBe(0);
    const keyFile = keyFileFor(localFileFor(target, { XDG_CONFIG_HOME: carl.dir }));
    const key = Buffer.from(readFileSync(keyFile, 'utf8').trim(), 'base64');
    const fileKey = Buffer.from(readFileSync(keyFileFor(file), 'utf8').trim(), 'base64');
    expect(await keyCheckOf(target)).toBe(keyCheckValue(key));
    expect(await keyCheckOf(target)).not.toBe(keyCheckValue(fileKey));
  }, 120_000);

  it('refuses to copy into a team database whose key this desktop lacks, writing nothing', async () => {
    const before = await snapshot();
    const done = await copy(url);
    expect(done.code).toBe(1);
    expect(done.stderr).toMatch(/nyckel/);
    expect(existsSync(keyFileFor(localFileFor(url, { XDG_CONFIG_HOME: carl.dir })))).toBe(false);
    expect(await snapshot()).toEqual(before);
  }, 120_000);
});
