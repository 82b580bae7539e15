import { existsSync, writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_FILE_BYTES } from '../../shared/contract/limits';
import { errorsSv } from '../../shared/errorMessages';
import { kundstartOn, tempDir } from './support';

/** Every call starts the real CLI through tsx (1.5 s, more on a busy machine). */
const SLOW = { timeout: 120_000 };
let dir: { dir: string; cleanup: () => void };

beforeAll(() => {
  dir = tempDir();
});
afterAll(() => dir.cleanup());

describe('a refused import says what was written', SLOW, () => {
  let db: string;
  let file: string;
  beforeAll(() => {
    db = `${dir.dir}/licences.db`;
    kundstartOn(db, 'bureau', 'set', '--name', 'Ek & Ask AB', '--orgnr', '5560160680');
    kundstartOn(db, 'customer', 'create', '--name', 'Liten AB', '--orgnr', '5592440001');
    file = `${dir.dir}/three.csv`;
    writeFileSync(
      file,
      'Förnamn;Efternamn;E-post;Anställningsnr\r\nÅsa;Öberg;asa@x.example;1\r\n' +
        'Bo;Ek;bo@x.example;2\r\nCilla;Berg;cilla@x.example;3\r\n',
    );
  });

  it('too few licences: exit 1, nothing written, written counts 0 and the would-be counts apart', () => {
    const r = kundstartOn(db, 'users', 'import', '--customer', '559244-0001', file, '--json');
    expect(r.code, r.stderr).toBe(1);
    expect(r.json()).toMatchObject({
      accepted: 3,
      created: 0,
      updated: 0,
      unchanged: 0,
      wouldHave: { created: 3, updated: 0, unchanged: 0 },
      fileIssues: [expect.objectContaining({ code: 'licences.exceeded', severity: 'error' })],
    });
    const users = kundstartOn(db, 'users', 'list', '--customer', '559244-0001', '--json');
    expect(users.json()).toEqual([]);
  });

  it('a dry run answers what the commit would: the same report, exit 1 too', () => {
    const dry = kundstartOn(
      db,
      'users',
      'import',
      '--customer',
      '559244-0001',
      file,
      '--dry-run',
      '--json',
    );
    expect(dry.code, dry.stderr).toBe(1);
    const commit = kundstartOn(db, 'users', 'import', '--customer', '559244-0001', file, '--json');
    expect(dry.json()).toEqual(commit.json());
  });

  it('in words: nothing was created, and what the file would have done', () => {
    const r = kundstartOn(db, 'users', 'import', '--customer', '559244-0001', file);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('Skapade 0, uppdaterade 0, 0 oförändrade.');
    expect(r.stdout).toContain('Inget sparades: filen skulle ha skapat 3, uppdaterat 0');
  });

  it('once licences suffice, the same file is written and exits 0', () => {
    kundstartOn(db, 'licences', 'set', '--customer', '559244-0001', '--count', '3');
    const r = kundstartOn(db, 'users', 'import', '--customer', '559244-0001', file, '--json');
    expect(r.code, r.stderr).toBe(0);
    expect(r.json()).toMatchObject({ created: 3, wouldHave: null });
  });
});

describe('users import goes through the contract, as the window does', SLOW, () => {
  it('a file over the window’s limit gets the window’s refusal, input.invalid naming the limit, and nothing is written', () => {
    const db = `${dir.dir}/large.db`;
    kundstartOn(db, 'customer', 'create', '--name', 'Liten AB', '--orgnr', '5592440001');
    const file = `${dir.dir}/large.csv`;
    const rows = 'Förnamn;Efternamn;E-post;Anteckning\r\nÅsa;Öberg;asa@x.example;';
    // One valid row whose last, unmapped cell takes the file over the limit (3 bytes: base64
    // rounds up to whole groups of 3, and the contract counts base64 characters).
    const padding = 'x'.repeat(MAX_FILE_BYTES + 3 - Buffer.byteLength(rows) - 2);
    writeFileSync(file, `${rows}${padding}\r\n`);
    const args = ['users', 'import', '--customer', '559244-0001', file, '--json'];
    const r = kundstartOn(db, ...args);
    expect(r.code, r.stderr).toBe(2);
    expect(r.json().error).toMatchObject({ code: 'input.invalid' });
    expect(r.stderr).toContain('50 MB');
    const users = kundstartOn(db, 'users', 'list', '--customer', '559244-0001', '--json');
    expect(users.json()).toEqual([]);
  });
});

describe('every refusal is a Swedish sentence', SLOW, () => {
  it('bureau set on a new database without --orgnr names the flag: orgnr.missing', () => {
    const db = `${dir.dir}/new.db`;
    const args = ['bureau', 'set', '--name', 'Byrån AB', '--reseller-agreement', 'ÅF-1'];
    const r = kundstartOn(db, ...args);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(`kundstart: --orgnr: ${errorsSv['orgnr.missing']}\n`);
    const json = kundstartOn(db, ...args, '--json').json();
    expect(json.error).toMatchObject({
      code: 'orgnr.missing',
      message: `--orgnr: ${errorsSv['orgnr.missing']}`,
    });
  });

  it('a wrong organisation number is a sentence naming --orgnr, not the code twice', () => {
    const db = `${dir.dir}/wrong.db`;
    const r = kundstartOn(db, 'bureau', 'set', '--name', 'Byrån AB', '--orgnr', '123');
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(`kundstart: --orgnr: ${errorsSv['orgnr.invalid']}\n`);
    expect(r.stderr).not.toContain('orgnr.invalid');
  });

  it('a customer not found, and a licence count below one, are sentences too', () => {
    const db = `${dir.dir}/refusals.db`;
    const missing = kundstartOn(db, 'users', 'list', '--customer', '559244-0001');
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain(errorsSv['customer.notFound']);
    expect(missing.stderr).toContain('559244-0001');
    expect(missing.stderr).not.toContain('customer.notFound');
    kundstartOn(db, 'customer', 'create', '--name', 'Liten AB', '--orgnr', '5592440001');
    const zero = kundstartOn(db, 'licences', 'set', '--customer', '559244-0001', '--count', '0');
    expect(zero.code).toBe(1);
    expect(zero.stderr).toBe(`kundstart: --count: ${errorsSv['licences.min']}\n`);
  });

  it('a customer refused for two fields names both flags', () => {
    const db = `${dir.dir}/two.db`;
    const r = kundstartOn(
      db,
      'customer',
      'create',
      '--name',
      ' ',
      '--orgnr',
      '123',
      '--payer',
      'customer',
    );
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(
      `kundstart: --name: ${errorsSv['name.missing']}\n` +
        `kundstart: --orgnr: ${errorsSv['orgnr.invalid']}\n`,
    );
  });
});

describe('files written into a folder that does not exist', SLOW, () => {
  it('invoices summary --out into a missing folder: export.folderMissing naming it, exit 1', () => {
    const db = `${dir.dir}/export.db`;
    const folder = `${dir.dir}/finns-inte`;
    const out = `${folder}/sammanstallning.csv`;
    const r = kundstartOn(db, 'invoices', 'summary', '--month', '2026-11', '--format', 'csv');
    expect(r.code, r.stderr).toBe(0);
    const refused = kundstartOn(
      db,
      'invoices',
      'summary',
      '--month',
      '2026-11',
      '--format',
      'csv',
      '--out',
      out,
    );
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain(`kundstart: ${errorsSv['export.folderMissing']}`);
    expect(refused.stderr).toContain(folder);
    expect(refused.stderr).not.toContain('ENOENT');
    expect(existsSync(folder)).toBe(false);
    const basis = kundstartOn(db, 'invoices', 'basis', '--month', '2026-11', '--out', out);
    expect(basis.code).toBe(1);
    expect(basis.stderr).toContain(folder);
  });

  it('users export and the set-up sheet are refused the same way, with the folder in --json', () => {
    const db = `${dir.dir}/users-export.db`;
    kundstartOn(db, 'customer', 'create', '--name', 'Liten AB', '--orgnr', '5592440001');
    const folder = `${dir.dir}/saknas`;
    const users = kundstartOn(
      db,
      'users',
      'export',
      '--customer',
      '559244-0001',
      '--out',
      `${folder}/anvandare.csv`,
    );
    expect(users.code).toBe(1);
    expect(users.stderr).toContain(errorsSv['export.folderMissing']);
    const sheet = kundstartOn(
      db,
      'setup-sheet',
      '--customer',
      '559244-0001',
      '--out',
      `${folder}/blad.pdf`,
      '--json',
    );
    expect(sheet.code).toBe(1);
    expect(sheet.json().error).toMatchObject({ code: 'export.folderMissing', details: { folder } });
  });
});
