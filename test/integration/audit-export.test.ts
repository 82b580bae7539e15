import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { parseDelimited } from '../../electron/core/import/read/csv-parse';
import type { OpenedCore } from '../../electron/core/open';
import { kindName } from '../../shared/audit/kinds';
import type { AuditEntry, AuditFilter } from '../../shared/schemas/app';
import type { UserFields } from '../../shared/schemas/users';
import { seedAudit } from './audit-seed';
import {
  BUREAU,
  collaboration,
  invoke,
  kundstartOn,
  openTestCore,
  snapshot,
  tempDir,
  value,
} from './support';

/** Skatteverket's test numbers (test/fixtures/identity): every one this test stores. */
const PNR = ['189001159806', '189001299800', '189002129808'];
const CHANGED_PNR = '189002269802';
const CONTACT_PNR = '189001019802';
/**
 * Any personnummer (or samordningsnummer) in clear: 10 or 12 digits, dash or plus or none, with a
 * month 01–12 and a day 01–31 (+60); an organisation number (month 20 and up) is not one.
 */
const PERSONNUMMER =
  /\b(?:19|20)?\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01]|6[1-9]|[78]\d|9[01])[-+]?\d{4}\b/;
/** A personnummer in clear in any of its written forms: 12 or 10 digits, with or without dash. */
const inClear = (pnr: string) => [
  pnr,
  pnr.slice(2),
  `${pnr.slice(0, 8)}-${pnr.slice(8)}`,
  `${pnr.slice(2, 8)}-${pnr.slice(8)}`,
];

let core: OpenedCore;
let dir: { dir: string; cleanup: () => void };
let db: string;
let customerId: string;

function person(i: number): UserFields {
  return {
    firstName: ['Anna', 'Bo', 'Åsa'][i]!,
    lastName: 'Ek',
    email: `person${i}@akesson.example`,
    personnummer: PNR[i]!,
    mobile: '070-111 22 33',
    employeeNumber: String(i + 1),
    salaryForm: 'monthly',
    role: 'reporter',
    approverId: null,
    profileId: null,
  };
}

beforeAll(async () => {
  dir = tempDir();
  db = join(dir.dir, 'kundstart.db');
  core = await openTestCore(db);
  await value(core, 'bureau:save', BUREAU);
  customerId = (await value(core, 'customers:create', collaboration())).id;
  // Real entries about people: users created, one changed (a new personnummer), one revealed.
  const ids: string[] = [];
  for (let i = 0; i < PNR.length; i++) {
    const saved = await value(core, 'users:save', { customerId, fields: person(i) });
    ids.push(saved.user.id);
  }
  await value(core, 'users:save', {
    customerId,
    id: ids[0],
    recordVersion: 1,
    fields: { ...person(0), personnummer: CHANGED_PNR },
  });
  await value(core, 'users:revealPersonnummer', { id: ids[1]! });
  await value(core, 'customers:revealContactPersonnummer', { id: customerId });
  await seedAudit(core, 5000, [customerId, null]);
}, 120_000);

afterAll(async () => {
  await core.close();
  dir.cleanup();
});

/** Every entry the filter matches, newest first, read through the contract a page at a time. */
async function entriesOf(filter: AuditFilter): Promise<AuditEntry[]> {
  const all: AuditEntry[] = [];
  for (let before: number | undefined; ;) {
    const page = await value(core, 'audit:list', { ...filter, before, limit: 1000 });
    all.push(...page);
    if (page.length < 1000) return all;
    before = page.at(-1)!.id;
  }
}

async function exported(filter: AuditFilter, format: 'csv' | 'xlsx') {
  const file = await value(core, 'audit:export', { ...filter, format });
  return { name: file.fileName, bytes: Buffer.from(file.base64, 'base64') };
}

function csvRows(bytes: Buffer): string[][] {
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  return parseDelimited(bytes.subarray(3).toString('utf8'), ';').map((r) => r.cells);
}

async function xlsxRows(bytes: Buffer): Promise<string[][]> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(bytes as unknown as ArrayBuffer);
  const rows: string[][] = [];
  book.getWorksheet('Händelselogg')!.eachRow((row) => {
    // Empty cells at the end of a row are not stored: pad to the header's six columns.
    // (row.values is sparse: an empty cell is a hole, which map would keep.)
    const cells = Array.from(row.values as unknown[], (v) => String(v ?? '')).slice(1);
    rows.push([...cells, ...Array<string>(HEADER.length - cells.length).fill('')]);
  });
  return rows;
}

const HEADER = ['Tid', 'Personal', 'Händelse', 'Gäller', 'Kund', 'Ändringar'];

describe('the audit log exported', () => {
  it('as CSV: one row per entry the filter matches, newest first, in Swedish', async () => {
    const filter: AuditFilter = { customerId, entity: 'user', action: 'update' };
    const entries = await entriesOf(filter);
    const file = await exported(filter, 'csv');
    expect(file.name).toMatch(/^Händelselogg \d{4}-\d{2}-\d{2}\.csv$/);
    const [header, ...rows] = csvRows(file.bytes);
    expect(header).toEqual(HEADER);
    expect(rows).toHaveLength(entries.length);
    expect(rows.map((r) => r[2])).toEqual(entries.map((e) => kindName(e, 'sv')));
    expect(rows.map((r) => r[4])).toEqual(entries.map(() => 'Åkesson Bygg & Måleri AB'));
    // The time as Sweden reads it: "2026-11-28 11:00:00" for 10:00 UTC in winter.
    expect(rows.at(-1)![0]).toBe('2026-11-28 11:00:00');
    expect(rows.at(-1)![3]).toBe('Anna Ek');
    expect(rows.at(-1)![5]).toMatch(/^personnummer: \d{8}-\*{4} → \d{8}-\*{4}$/);
  });

  it('as XLSX: the same rows as the CSV, for the whole log of thousands', async () => {
    const csv = csvRows((await exported({}, 'csv')).bytes);
    const xlsx = await xlsxRows((await exported({}, 'xlsx')).bytes);
    expect(csv.length).toBe((await value(core, 'audit:count', {})).count + 1);
    expect(xlsx.map((r) => r.slice(0, 5))).toEqual(csv.map((r) => r.slice(0, 5)));
    expect(xlsx.map((r) => r[5])).toEqual(csv.map((r) => r[5]!.replaceAll('; ', '\n')));
  });

  it('holds no personnummer in clear, in either format, nor does the database file', async () => {
    const csv = (await exported({}, 'csv')).bytes.toString('utf8');
    const xlsx = (await xlsxRows((await exported({}, 'xlsx')).bytes)).flat().join('\n');
    const text = csv + xlsx;
    expect(text).toContain('-****');
    for (const pnr of [...PNR, CHANGED_PNR, CONTACT_PNR]) {
      for (const form of inClear(pnr)) expect(text).not.toContain(form);
    }
    expect(text).not.toMatch(PERSONNUMMER);
    const stored = ['', '-wal']
      .map((suffix) => `${db}${suffix}`)
      .filter((file) => existsSync(file))
      .map((file) => readFileSync(file).toString('latin1'))
      .join('');
    for (const pnr of [...PNR, CHANGED_PNR, CONTACT_PNR]) {
      for (const form of inClear(pnr)) expect(stored).not.toContain(form);
    }
  });

  it('on the CLI: audit list --json with the filters, and audit export to .xlsx', async () => {
    await core.close();
    try {
      const listed = kundstartOn(
        db,
        'audit',
        'list',
        '--customer',
        '559244-0001',
        '--kind',
        'user:create',
        '--text',
        'Ek',
        '--json',
      );
      expect(listed.code).toBe(0);
      const doc = listed.json() as { count: number; entries: AuditEntry[] };
      expect(doc.entries.map((e) => e.subject)).toEqual(['Åsa Ek', 'Bo Ek', 'Anna Ek']);
      expect(doc.count).toBe(3);
      const out = join(dir.dir, 'logg.xlsx');
      const written = kundstartOn(db, 'audit', 'export', '--text', 'ek', '--out', out);
      expect(written.code).toBe(0);
      const rows = await xlsxRows(readFileSync(out));
      expect(rows.length).toBeGreaterThan(1);
      expect(rows.slice(1).every((r) => /ek/i.test(r[3]!))).toBe(true);
      const reversed = kundstartOn(
        db,
        'audit',
        'list',
        '--from',
        '2026-05-02',
        '--to',
        '2026-05-01',
      );
      expect(reversed.code).toBe(1);
      expect(reversed.stderr).toContain('Till-datumet ligger före från-datumet');
    } finally {
      core = await openTestCore(db);
    }
  });

  it('refuses a range backwards and writes nothing', async () => {
    const before = await snapshot(core);
    const r = await invoke(core, 'audit:export', {
      from: '2026-05-02',
      to: '2026-05-01',
      format: 'csv',
    });
    expect(r).toMatchObject({ ok: false, error: { code: 'audit.dateRange' } });
    expect(await snapshot(core)).toEqual(before);
  });
});
