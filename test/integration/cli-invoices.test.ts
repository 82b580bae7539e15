import { readFileSync, writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addMonths, firstDayOf } from '../../shared/domain/months';
import { kundstartOn, openTestCore, tempDir, value } from './support';

let dir: { dir: string; cleanup: () => void };
let db: string;

function kundstart(...args: string[]) {
  return kundstartOn(db, ...args);
}

const akessonOrgnr = '559244-0001';
/** Every call starts the real CLI through tsx (1.5 s, more on a busy machine). */
const SLOW = { timeout: 120_000 };
/** The CLI runs on this machine's clock: customers it creates have history from today. */
const thisMonth = new Date().toISOString().slice(0, 7);

/** DESIGN.md section 6's price-list file, with a per-user add-on whose price has öre. */
const PRICE_FILE = {
  effectiveFrom: '2030-01-01',
  currency: 'SEK',
  licence: { list: 129.0, reseller: 99.0 },
  addons: [
    { code: 'kvitto', name: 'Kvittotolkning', unit: 'customer', list: 49.0, reseller: 39.0 },
    { code: 'projekt', name: 'Projektuppföljning', unit: 'user', list: 19.0, reseller: 15.55 },
  ],
};

function writeJson(name: string, content: unknown): string {
  const file = `${dir.dir}/${name}`;
  writeFileSync(file, typeof content === 'string' ? content : JSON.stringify(content, null, 2));
  return file;
}

beforeAll(() => {
  dir = tempDir();
  db = `${dir.dir}/kundstart.db`;
  kundstart('bureau', 'set', '--name', 'Ek & Ask AB', '--orgnr', '5560160680');
  kundstart('bureau', 'set', '--reseller-agreement', 'ÅF-1', '--staff-name', 'Anna Ek');
});
afterAll(() => dir.cleanup());

describe('kundstart prices', SLOW, () => {
  it('imports a price list in the DESIGN.md format and prints the version saved', () => {
    const r = kundstart('prices', 'import', writeJson('prices.json', PRICE_FILE), '--json');
    expect(r.code, r.stderr).toBe(0);
    expect(r.json()).toMatchObject({
      effectiveFrom: '2030-01-01',
      licence: { list: 129, reseller: 99 },
      addons: [
        { code: 'kvitto', unit: 'customer', list: 49, reseller: 39 },
        { code: 'projekt', unit: 'user', list: 19, reseller: 15.55 },
      ],
      example: false,
    });
    const listed = kundstart('prices', 'list', '--json').json() as { effectiveFrom: string }[];
    expect(listed.map((l) => l.effectiveFrom)).toEqual(['2030-01-01', '2025-01-01']);
  });

  it('refuses an invalid price file with exit 1, naming the field, and saves nothing', () => {
    const before = kundstart('prices', 'list', '--json').stdout;
    const bad = {
      ...PRICE_FILE,
      effectiveFrom: '2030-06-01',
      licence: { list: 129, reseller: 99.999 },
      addons: [{ code: 'kvitto', name: 'Kvittotolkning', list: 49, reseller: 39 }],
    };
    const r = kundstart('prices', 'import', writeJson('bad.json', bad), '--json');
    expect(r.code).toBe(1);
    expect(r.json().error).toMatchObject({
      code: 'import.file',
      details: {
        issues: [
          { field: 'licence.reseller', message: 'högst två decimaler (ören)' },
          { field: 'addons[0].unit', message: 'saknas' },
        ],
      },
    });
    expect(r.stderr).toContain('licence.reseller');
    expect(kundstart('prices', 'import', writeJson('broken.json', '{ "licence": ')).code).toBe(1);
    expect(kundstart('prices', 'list', '--json').stdout).toBe(before);
  });

  it('refuses a reseller price above the list price in Swedish, and saves an unusual one with a warning', () => {
    const before = kundstart('prices', 'list', '--json').stdout;
    const loss = { ...PRICE_FILE, licence: { list: 129, reseller: 139 } };
    const refused = kundstart('prices', 'import', writeJson('loss.json', loss));
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/licence\.reseller: Återförsäljarpriset är högre än listpriset/);
    expect(kundstart('prices', 'list', '--json').stdout).toBe(before);

    const zero = {
      ...PRICE_FILE,
      // Far beyond the months the tests below sum, which it must not price.
      effectiveFrom: '2099-01-01',
      addons: [{ ...PRICE_FILE.addons[0], reseller: 49 }],
    };
    const saved = kundstart('prices', 'import', writeJson('zero.json', zero), '--json');
    expect(saved.code, saved.stderr).toBe(0);
    expect(saved.json().warnings.map((w: { code: string }) => w.code)).toEqual([
      'date.farAway',
      'prices.marginZero',
    ]);
    expect(saved.stderr).toMatch(/varning: addons\[0\]\.reseller: Återförsäljarpriset är lika/);
  });
});

describe('kundstart invoices summary', SLOW, () => {
  let akesson: string;

  it('sums the samlingsfaktura to the öre, as computed by hand', () => {
    const create = (name: string, orgnr: string, licences: string, ...more: string[]) =>
      kundstart(
        'customer',
        'create',
        '--name',
        name,
        '--orgnr',
        orgnr,
        '--licences',
        licences,
        ...more,
        '--json',
      ).json() as { id: string };
    akesson = create('Åkesson Bygg AB', '559244-0001', '12').id;
    create('Berg Konsult AB', '5599000014', '3');
    create(
      'Cederholm Måleri AB',
      '5599000022',
      '5',
      '--payer',
      'customer',
      '--method',
      'email',
      '--invoice-email',
      'f@ceder.example',
    );
    const add = (orgnr: string, code: string, from: string) =>
      kundstart('addon', 'add', '--customer', orgnr, '--code', code, '--from', from, '--json');
    expect(add('559244-0001', 'kvitto', '2030-03-01').code).toBe(0);
    expect(add('5599000014', 'projekt', '2030-03-15').json()).toMatchObject({ code: 'projekt' });

    const r = kundstart('invoices', 'summary', '--month', '2030-03', '--format', 'json');
    expect(r.code, r.stderr).toBe(0);
    const doc = r.json();
    // Åkesson: 12 × 99,00 + 39,00 = 1 227,00. Berg: 3 × 99,00 + 3 × 15,55 = 343,65.
    expect(doc.customers).toMatchObject([
      {
        name: 'Berg Konsult AB',
        orgnr: '559900-0014',
        licences: 3,
        lines: [
          { kind: 'licence', code: 'easy', quantity: 3, unitPrice: 99, amount: 297 },
          { kind: 'addon', code: 'projekt', quantity: 3, unitPrice: 15.55, amount: 46.65 },
        ],
        subtotal: 343.65,
      },
      {
        id: akesson,
        orgnr: '559244-0001',
        licences: 12,
        lines: [
          { kind: 'licence', quantity: 12, unitPrice: 99, amount: 1188, listAmount: 1548 },
          { kind: 'addon', code: 'kvitto', quantity: 1, unitPrice: 39, listUnitPrice: 49 },
        ],
        subtotal: 1227,
      },
    ]);
    // 1 570,65 excl. VAT; VAT 392,6625 → 392,66; 1 963,31, rounded to 1 963,00 to pay.
    expect(doc).toMatchObject({
      month: '2030-03',
      currency: 'SEK',
      totalExclVat: 1570.65,
      vat: 392.66,
      totalInclVat: 1963.31,
      rounding: -0.31,
      payable: 1963,
      direct: [{ name: 'Cederholm Måleri AB', orgnr: '559900-0022' }],
    });
  });

  it('refuses an add-on code the price list does not have with exit 1', () => {
    const r = kundstart(
      'addon',
      'add',
      '--customer',
      akesson,
      '--code',
      'nope',
      '--from',
      '2030-03-01',
      '--json',
    );
    expect(r.code).toBe(1);
    expect(r.json().error.code).toBe('addon.unknown');
  });

  it('calls a malformed month a usage error (exit 2)', () => {
    expect(kundstart('invoices', 'summary', '--month', '2030-3').code).toBe(2);
    expect(kundstart('invoices', 'summary', '--month', '2030-13').code).toBe(2);
    expect(kundstart('invoices', 'close', '--month', 'mars').code).toBe(2);
  });

  it('writes xlsx and pdf only to a file (exit 2 without --out)', () => {
    for (const format of ['xlsx', 'pdf']) {
      const r = kundstart('invoices', 'summary', '--month', '2030-03', '--format', format);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain('--out');
    }
    const xlsx = `${dir.dir}/summa.xlsx`;
    expect(
      kundstart('invoices', 'summary', '--month', '2030-03', '--format', 'xlsx', '--out', xlsx)
        .code,
    ).toBe(0);
    expect(readFileSync(xlsx).subarray(0, 2).toString()).toBe('PK');
  });

  it('writes CSV that Swedish Excel opens (BOM, semicolons), and the re-invoicing basis', () => {
    const csv = `${dir.dir}/summa.csv`;
    const r = kundstart(
      'invoices',
      'summary',
      '--month',
      '2030-03',
      '--format',
      'csv',
      '--out',
      csv,
    );
    expect(r.code, r.stderr).toBe(0);
    const text = readFileSync(csv, 'utf8');
    expect(text.startsWith('\uFEFF')).toBe(true);
    expect(text).toContain(';559244-0001;');
    expect(text).toContain('1570,65');
    const basis = `${dir.dir}/vidare.csv`;
    expect(kundstart('invoices', 'basis', '--month', '2030-03', '--out', basis).code).toBe(0);
    // At list price: Åkesson 12 × 129,00 = 1 548,00.
    expect(readFileSync(basis, 'utf8')).toMatch(/559244-0001;[^\n]*;12;129,00;1548,00;/);
  });

  it('writes the JSON document to a file, the same as on stdout', () => {
    const out = `${dir.dir}/summa.json`;
    expect(kundstart('invoices', 'summary', '--month', '2030-03', '--out', out).code).toBe(0);
    const stdout = kundstart('invoices', 'summary', '--month', '2030-03').json();
    expect(JSON.parse(readFileSync(out, 'utf8'))).toEqual(stdout);
  });
});

describe('kundstart invoices close', SLOW, () => {
  const lastMonth = addMonths(thisMonth, -1);

  it('closes an ended month; a licence change reaching it is then refused with month.closed', () => {
    expect(kundstart('invoices', 'close', '--month', thisMonth).code).toBe(1);
    const closed = kundstart('invoices', 'close', '--month', lastMonth, '--json');
    expect(closed.code, closed.stderr).toBe(0);
    expect(closed.json()).toMatchObject({ month: lastMonth, closed: { actor: 'Anna Ek' } });
    const r = kundstart(
      'licences',
      'set',
      '--customer',
      akessonOrgnr,
      '--count',
      '14',
      '--from',
      `${lastMonth}-15`,
      '--json',
    );
    expect(r.code).toBe(1);
    expect(r.json().error).toMatchObject({ code: 'month.closed', details: { month: lastMonth } });
    // The refusal names the month in words, as staff say it ("Mars 2026 är stängd").
    const named = new Intl.DateTimeFormat('sv-SE', { month: 'long', year: 'numeric' }).format(
      new Date(`${lastMonth}-15T12:00:00Z`),
    );
    const capital = named.charAt(0).toUpperCase() + named.slice(1);
    expect(r.json().error.message).toMatch(new RegExp(`^${capital} är stängd\\. Öppna månaden`));
    const reopened = kundstart('invoices', 'reopen', '--month', lastMonth, '--json');
    expect(reopened.code).toBe(0);
    expect(reopened.json().closed).toBeNull();
  });
});

describe('kundstart demo --history-months', SLOW, () => {
  it('gives the demo customers months of history: the trend has priced months whose licences vary', async () => {
    const demoDb = `${dir.dir}/demo.db`;
    const r = kundstartOn(
      demoDb,
      'demo',
      '--customers',
      '5',
      '--users-per-customer',
      '4',
      '--history-months',
      '6',
      '--json',
    );
    expect(r.code, r.stderr).toBe(0);
    expect(r.json().history).toMatchObject({
      months: 6,
      from: firstDayOf(addMonths(thisMonth, -5)),
      customers: 5,
    });
    const trend = kundstartOn(
      demoDb,
      'invoices',
      'trend',
      '--month',
      thisMonth,
      '--months',
      '6',
      '--json',
    );
    const points = trend.json() as { month: string; priced: boolean; licences: number }[];
    expect(points.map((p) => p.month)).toEqual(
      Array.from({ length: 6 }, (_, i) => addMonths(thisMonth, i - 5)),
    );
    expect(points.every((p) => p.priced && p.licences > 0)).toBe(true);
    expect(new Set(points.map((p) => p.licences)).size).toBeGreaterThan(1);
    await expectHistoriesCoverUsers(demoDb);
  });

  it('gives the same history for the same seed', () => {
    const trendOf = (file: string) => {
      kundstartOn(file, 'demo', '--customers', '5', '--history-months', '6', '--seed', '4');
      return kundstartOn(file, 'invoices', 'trend', '--month', thisMonth, '--months', '6').stdout;
    };
    expect(trendOf(`${dir.dir}/seed-a.db`)).toBe(trendOf(`${dir.dir}/seed-b.db`));
  });
});

/** Never fewer licences than users in any month, and the latest entry is today's count. */
async function expectHistoriesCoverUsers(file: string) {
  const core = await openTestCore(file, () => new Date());
  try {
    for (const row of await value(core, 'customers:list', {})) {
      const state = await value(core, 'licences:get', { customerId: row.id });
      expect(state.history[0]?.count).toBe(state.licences);
      for (const entry of state.history)
        expect(entry.count).toBeGreaterThanOrEqual(state.assigned.total);
    }
  } finally {
    await core.close();
  }
}
