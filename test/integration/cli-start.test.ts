import { spawn, spawnSync } from 'node:child_process';
import {
  cpSync,
  mkdtempSync,
  readFileSync,
  symlinkSync,
  utimesSync,
  writeFileSync,
  mkdirSync,
} from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chooseEntry } from '../../electron/cli/entry.js';
import { person } from './invitations-support';
import { CLI_BIN, kundstartOn, openTestCore, tempDir, value } from './support';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const RECORD_IMPORTS = fileURLToPath(new URL('./cli-start/record-imports.mjs', import.meta.url));
/** Packages that only some commands need: `customer list` must not spend its start on them. */
const HEAVY = ['exceljs', 'pdfmake', 'nodemailer', 'date-holidays', 'fast-xml-parser'];

let dir: { dir: string; cleanup: () => void };
let db: string;

beforeAll(() => {
  // `npm test` builds before the suites; a lone run after an edit builds here.
  if (chooseEntry(ROOT).kind !== 'bundle') {
    const built = spawnSync(process.execPath, [join(ROOT, 'electron/build.js')], { cwd: ROOT });
    expect(built.status, built.stderr?.toString()).toBe(0);
  }
  dir = tempDir('kundstart-cli-start-');
  db = join(dir.dir, 'kundstart.db');
  const created = kundstartOn(
    db,
    'customer',
    'create',
    '--name',
    'Åkesson Bygg AB',
    '--orgnr',
    '559244-0001',
    '--json',
  );
  expect(created.code, created.stderr).toBe(0);
});
afterAll(() => dir.cleanup());

/** A copy of the checkout's sources (packages linked), with a stand-in for the bundle. */
function checkoutCopy(): string {
  const copy = mkdtempSync(join(dir.dir, 'checkout-'));
  for (const part of ['electron', 'shared', 'package.json'])
    cpSync(join(ROOT, part), join(copy, part), { recursive: true });
  symlinkSync(join(ROOT, 'node_modules'), join(copy, 'node_modules'));
  mkdirSync(join(copy, 'dist/cli'), { recursive: true });
  writeFileSync(join(copy, 'dist/cli/main.mjs'), "console.log('the bundle ran');\n");
  return copy;
}

/** The packages `kundstart ...args` imported, recorded by a resolve hook. */
function importsOf(...args: string[]): string[] {
  const file = join(dir.dir, `imports-${args[0]}.txt`);
  writeFileSync(file, '');
  const r = spawnSync(
    process.execPath,
    ['--import', RECORD_IMPORTS, CLI_BIN, '--db', db, ...args],
    {
      encoding: 'utf8',
      env: { ...process.env, KUNDSTART_IMPORTS_FILE: file },
    },
  );
  expect(r.status, r.stderr).toBe(0);
  return [...new Set(readFileSync(file, 'utf8').split('\n').filter(Boolean))];
}

describe('the CLI start', () => {
  it('runs the built CLI, which answers as the sources do', () => {
    expect(chooseEntry(ROOT).kind).toBe('bundle');
    const built = kundstartOn(db, 'customer', 'list', '--json');
    const copy = checkoutCopy();
    const later = Date.now() / 1000 + 5;
    utimesSync(join(copy, 'shared/contract/index.ts'), later, later);
    const sources = spawnSync(
      process.execPath,
      [join(copy, 'electron/cli/bin.js'), '--db', db, 'customer', 'list', '--json'],
      { encoding: 'utf8' },
    );
    expect(sources.status, sources.stderr).toBe(0);
    expect(built.json()).toHaveLength(1);
    expect(JSON.parse(sources.stdout)).toEqual(built.json());
  });

  it('uses a bundle built after every source, and not one older than a source', () => {
    const copy = checkoutCopy();
    const bin = join(copy, 'electron/cli/bin.js');
    const run = () =>
      spawnSync(process.execPath, [bin, '--db', db, 'customer', 'list'], { encoding: 'utf8' });
    expect(run().stdout).toBe('the bundle ran\n');
    const later = Date.now() / 1000 + 5;
    utimesSync(join(copy, 'electron/core/open.ts'), later, later);
    const sources = run();
    expect(sources.status, sources.stderr).toBe(0);
    expect(sources.stdout).toContain('Åkesson Bygg AB');
  });

  it('lists customers without loading the packages only other commands need', () => {
    const listed = importsOf('customer', 'list');
    expect(listed).toContain('sqlite3');
    expect(listed.filter((name) => HEAVY.includes(name))).toEqual([]);
  });

  it('writes a PDF and an XLSX in a core process: the command itself loads neither package', () => {
    // Long jobs run where browser mode and the desktop app run them; the CLI only waits.
    const pdf = join(dir.dir, 'sheet.pdf');
    const sheet = importsOf('setup-sheet', '--customer', '559244-0001', '--out', pdf);
    expect(readFileSync(pdf).subarray(0, 5).toString()).toBe('%PDF-');
    expect(sheet).not.toContain('pdfmake');
    const xlsx = join(dir.dir, 'summary.xlsx');
    const month = new Date().toISOString().slice(0, 7);
    const summary = importsOf(
      'invoices',
      'summary',
      '--month',
      month,
      '--format',
      'xlsx',
      '--out',
      xlsx,
    );
    // An XLSX file is a zip: PK.
    expect(readFileSync(xlsx).subarray(0, 2).toString()).toBe('PK');
    expect(summary).not.toContain('exceljs');
  });

  it('exports users and writes BankID letters through the contract, in a core process', async () => {
    const core = await openTestCore(db);
    try {
      const [customer] = await value(core, 'customers:list', {});
      await value(core, 'users:save', {
        customerId: customer!.id,
        fields: person({
          firstName: 'Frida',
          lastName: 'Nyström',
          email: '',
          personnummer: '189001019802',
        }),
      });
    } finally {
      await core.close();
    }
    const xlsx = join(dir.dir, 'users.xlsx');
    const exported = importsOf('users', 'export', '--customer', '559244-0001', '--out', xlsx);
    expect(readFileSync(xlsx).subarray(0, 2).toString()).toBe('PK');
    expect(exported).not.toContain('exceljs');
    const pdf = join(dir.dir, 'bankid-brev.pdf');
    const letters = importsOf('letters', '--customer', '559244-0001', '--out', pdf);
    expect(readFileSync(pdf).subarray(0, 5).toString()).toBe('%PDF-');
    expect(letters).not.toContain('pdfmake');
  });

  it('starts with a preferences file it cannot use, whose language falls back to Swedish', async () => {
    // The file is checked where it is read (getPreferences), not by a validator compiled at
    // every start: that cost each command a seventh of its start and refused to run at all.
    const other = join(dir.dir, 'other');
    mkdirSync(other);
    writeFileSync(join(other, 'preferences.json'), '{ "language": "de" }');
    const listed = kundstartOn(join(other, 'kundstart.db'), 'customer', 'list');
    expect(listed.code, listed.stderr).toBe(0);
    expect(listed.stdout).toContain('Inga kunder ännu');
    const core = await openTestCore(join(other, 'kundstart.db'));
    try {
      expect(await value(core, 'preferences:get', {})).toMatchObject({ language: 'sv' });
    } finally {
      await core.close();
    }
  });

  it('serves the built interface from the built CLI', async () => {
    const child = spawn(process.execPath, [CLI_BIN, '--db', db, 'serve', '--port', '0', '--json'], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    try {
      let text = '';
      let url = '';
      for await (const line of createInterface({ input: child.stdout })) {
        text += line;
        if (text.trim().endsWith('}')) {
          url = (JSON.parse(text) as { url: string }).url;
          break;
        }
      }
      const page = await fetch(url);
      expect(page.status).toBe(200);
      expect(await page.text()).toBe(readFileSync(join(ROOT, 'dist/renderer/index.html'), 'utf8'));
    } finally {
      child.kill('SIGTERM');
    }
  });
});
