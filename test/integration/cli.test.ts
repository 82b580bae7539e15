import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import { errorsSv } from '../../shared/errorMessages';
import { tempDir } from './support';

const BIN = new URL('../../electron/cli/bin.js', import.meta.url).pathname;
/** Every call starts the real CLI through tsx (1.5 s, more on a busy machine). */
const SLOW = { timeout: 120_000 };
let dir: { dir: string; cleanup: () => void };
let db: string;

function kundstart(...args: string[]) {
  const r = spawnSync(process.execPath, [BIN, '--db', db, ...args], { encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr, json: () => JSON.parse(r.stdout) };
}

beforeAll(() => {
  dir = tempDir();
  db = `${dir.dir}/kundstart.db`;
});
afterAll(() => dir.cleanup());

describe('the kundstart CLI', SLOW, () => {
  it('sets the bureau profile, changing only what it is given', () => {
    const first = kundstart(
      'bureau',
      'set',
      '--name',
      'Ek & Ask AB',
      '--orgnr',
      '5560160680',
      '--reseller-agreement',
      'ÅF-1',
      '--json',
    );
    expect(first.code).toBe(0);
    expect(first.json()).toMatchObject({
      name: 'Ek & Ask AB',
      orgnr: '556016-0680',
      resellerAgreement: true,
      agreementNumber: 'ÅF-1',
    });
    const renamed = kundstart(
      'bureau',
      'set',
      '--name',
      'Ek & Ask Redovisning AB',
      '--json',
    ).json();
    expect(renamed).toMatchObject({
      name: 'Ek & Ask Redovisning AB',
      orgnr: '556016-0680',
      resellerAgreement: true,
    });
  });

  it('creates a customer and lists it as JSON with the fields scripts rely on', () => {
    const created = kundstart(
      'customer',
      'create',
      '--name',
      'Åkesson Bygg AB',
      '--orgnr',
      '16559244-0001'.replace('-', ''),
      '--licences',
      '7',
      '--json',
    );
    expect(created.code, created.stderr).toBe(0);
    const list = kundstart('customer', 'list', '--json').json();
    expect(list).toEqual([
      expect.objectContaining({
        id: created.json().id,
        name: 'Åkesson Bygg AB',
        orgnr: '559244-0001',
        licences: 7,
        payer: 'bureau',
        method: 'collective',
        onboarding: expect.objectContaining({ next: 2 }),
      }),
    ]);
  });

  it('refuses a duplicate with exit 1 and the stable code', () => {
    const again = kundstart(
      'customer',
      'create',
      '--name',
      'Kopia AB',
      '--orgnr',
      '559244-0001',
      '--json',
    );
    expect(again.code).toBe(1);
    expect(again.json().error.code).toBe('orgnr.duplicate');
    expect(again.stderr).toContain(`kundstart: ${errorsSv['orgnr.duplicate']}\n`);
    expect(again.stderr).toContain('Åkesson Bygg AB (559244-0001)');
    expect(again.stderr).not.toContain('orgnr.duplicate');
  });

  it('refuses invalid values with exit 1 and usage errors with exit 2', () => {
    expect(
      kundstart('customer', 'create', '--name', 'X', '--orgnr', '123', '--json').json().error.code,
    ).toBe('orgnr.invalid');
    expect(
      kundstart('customer', 'create', '--name', 'X', '--orgnr', '5560160680', '--licences', '0')
        .code,
    ).toBe(1);
    expect(kundstart('customer', 'create', '--name', 'X').code).toBe(2);
    expect(
      kundstart('customer', 'create', '--name', 'X', '--orgnr', '5560160680', '--payer', 'nobody')
        .code,
    ).toBe(2);
    expect(kundstart('no-such-command').code).toBe(2);
  });

  it('refuses samlingsfaktura once the agreement is gone', () => {
    kundstart('bureau', 'set', '--reseller-agreement', 'none');
    const r = kundstart(
      'customer',
      'create',
      '--name',
      'Y AB',
      '--orgnr',
      '5560160680',
      '--payer',
      'bureau',
      '--json',
    );
    expect(r.code).toBe(1);
    expect(r.json().error.code).toBe('invoicing.resellerAgreementRequired');
  });

  it('writes a customer’s set-up sheet as a PDF, found by organisation number', () => {
    const out = `${dir.dir}/sheet.pdf`;
    const r = kundstart('setup-sheet', '--customer', '559244-0001', '--out', out, '--json');
    expect(r.code, r.stderr).toBe(0);
    expect(readFileSync(out).subarray(0, 5).toString()).toBe('%PDF-');
    expect(kundstart('setup-sheet', '--customer', '556016-0680').code).toBe(1);
  });

  it('backs up and restores', () => {
    const backup = `${dir.dir}/copy.kundstart`;
    process.env.KUNDSTART_BACKUP_PASSPHRASE = 'en lång lösenfras';
    onTestFinished(() => {
      delete process.env.KUNDSTART_BACKUP_PASSPHRASE;
    });
    expect(kundstart('backup', backup).code).toBe(0);
    kundstart('customer', 'create', '--name', 'Efter AB', '--orgnr', '5560160680');
    expect(kundstart('customer', 'list', '--json').json()).toHaveLength(2);
    expect(kundstart('restore', backup).code).toBe(0);
    expect(
      kundstart('customer', 'list', '--json')
        .json()
        .map((c: { name: string }) => c.name),
    ).toEqual(['Åkesson Bygg AB']);
  });

  it('sets licences by organisation number and lists users with masked personnummer', () => {
    const set = kundstart(
      'licences',
      'set',
      '--customer',
      '559244-0001',
      '--count',
      '9',
      '--from',
      '2027-01-01',
      '--json',
    );
    expect(set.code, set.stderr).toBe(0);
    expect(set.json()).toMatchObject({
      licences: 9,
      history: [{ effectiveFrom: '2027-01-01', count: 9 }, { count: 7 }],
    });
    expect(kundstart('licences', 'set', '--customer', '559244-0001', '--count', '0').code).toBe(1);
    expect(kundstart('licences', 'set', '--customer', '559244-0001', '--count', 'many').code).toBe(
      2,
    );
    expect(kundstart('users', 'list', '--customer', '559244-0001', '--json').json()).toEqual([]);
  });

  it('imports a user list with --dry-run first, then for real, and exports it', () => {
    const file = `${dir.dir}/personal.csv`;
    writeFileSync(
      file,
      Buffer.from(
        'Förnamn;Efternamn;E-post;Anställningsnr\r\nÅsa;Öberg;asa@x.example;1\r\nBo;Ek;bo(at)x;2\r\n',
        'utf8',
      ),
    );
    const dry = kundstart(
      'users',
      'import',
      '--customer',
      '559244-0001',
      file,
      '--dry-run',
      '--json',
    );
    expect(dry.code, dry.stderr).toBe(0);
    expect(dry.json()).toMatchObject({
      format: 'csv',
      encoding: 'utf-8',
      delimiter: ';',
      rows: 2,
      accepted: 1,
      rejected: 1,
      created: 1,
    });
    expect(dry.json().issues).toContainEqual(
      expect.objectContaining({ row: 3, field: 'email', code: 'email.invalid', severity: 'error' }),
    );
    expect(kundstart('users', 'list', '--customer', '559244-0001', '--json').json()).toEqual([]);
    expect(
      kundstart('users', 'import', '--customer', '559244-0001', file, '--json').json(),
    ).toMatchObject({ created: 1 });
    const out = `${dir.dir}/export.csv`;
    expect(kundstart('users', 'export', '--customer', '559244-0001', '--out', out).code).toBe(0);
    expect(readFileSync(out, 'utf8')).toContain('Åsa;Öberg;asa@x.example');
    expect(
      kundstart('users', 'export', '--customer', '559244-0001', '--out', `${dir.dir}/x.pdf`).code,
    ).toBe(2);
  });

  it('fills a database with demo customers and users, complete with approvers', () => {
    const demoDb = `${dir.dir}/demo-users.db`;
    const r = spawnSync(
      process.execPath,
      [BIN, '--db', demoDb, 'demo', '--customers', '3', '--users-per-customer', '12', '--json'],
      { encoding: 'utf8' },
    );
    expect(JSON.parse(r.stdout)).toEqual({ created: 3, skipped: 0 });
    const list = spawnSync(process.execPath, [BIN, '--db', demoDb, 'customer', 'list', '--json'], {
      encoding: 'utf8',
    });
    const first = (JSON.parse(list.stdout) as { orgnr: string; licences: number }[])[0]!;
    const users = spawnSync(
      process.execPath,
      [BIN, '--db', demoDb, 'users', 'list', '--customer', first.orgnr, '--json'],
      { encoding: 'utf8' },
    );
    const rows = JSON.parse(users.stdout) as {
      personnummerMasked: string | null;
      approverName: string | null;
    }[];
    expect(rows.length).toBeGreaterThanOrEqual(12);
    expect(first.licences).toBeGreaterThanOrEqual(rows.length);
    // Ids are UUIDs, whose first groups can be all digits ("12345678-1234-…"): not personnummer.
    const withoutIds = users.stdout.replace(/[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}/g, '<id>');
    expect(withoutIds).not.toMatch(/\d{8}-\d{4}/);
    expect(rows.filter((u) => u.approverName).length).toBeGreaterThan(10);
  });

  it('fills a database with demo customers, and again without duplicates', () => {
    const demoDb = `${dir.dir}/demo.db`;
    const run = () =>
      spawnSync(process.execPath, [BIN, '--db', demoDb, 'demo', '--customers', '25', '--json'], {
        encoding: 'utf8',
      });
    expect(JSON.parse(run().stdout)).toEqual({ created: 25, skipped: 0 });
    expect(JSON.parse(run().stdout)).toEqual({ created: 0, skipped: 25 });
  });
});
