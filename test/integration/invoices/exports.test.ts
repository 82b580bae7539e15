import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { InvoiceExportFormat } from '../../../shared/schemas/invoices';
import { BUREAU, collaboration, tempDir, value } from '../support';
import { quarterScenario, type Scenario } from './scenario';
import { poppler } from '../../support/poppler';

/**
 * The month's summary as the bureau downloads it. Every figure below is the hand-computed one of
 * invoices.test.ts (March 2030: 4 963,00 excl. VAT, 1 240,75 VAT, 6 204,00 to pay), written in
 * each format's own way; list prices are 135,00 per licence, 49,00 kvitto, 19,00 projekt per
 * user, 950,00 per training hour.
 */
let dir: { dir: string; cleanup: () => void };
let s: Scenario;

beforeEach(async () => {
  dir = tempDir();
  s = await quarterScenario(join(dir.dir, 'kundstart.db'));
});
afterEach(async () => {
  await s.core.close();
  dir.cleanup();
});

async function download(month: string, format: InvoiceExportFormat) {
  const file = await value(s.core, 'invoices:export', { month, format });
  return { fileName: file.fileName, bytes: Buffer.from(file.base64, 'base64') };
}

const collective = { payer: 'bureau', method: 'collective' } as const;

/** A customer on the collective invoice from today, with one licence. */
async function addCustomer(name: string, orgnr: string) {
  await value(s.core, 'customers:create', {
    ...collaboration({ licences: 1, contact: null, invoicing: collective }),
    customer: { name, orgnr },
  });
}

describe('the XLSX workbook', () => {
  async function workbook(month: string) {
    const { fileName, bytes } = await download(month, 'xlsx');
    expect(fileName).toBe(`Samlingsfaktura-${month}.xlsx`);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(bytes as unknown as ArrayBuffer);
    return book;
  }
  const sheet = (book: ExcelJS.Workbook, name: string) => {
    const found = book.getWorksheet(name);
    if (!found) throw new Error(`no sheet ${name}`);
    return found;
  };
  /** The row whose first cell is `label`. */
  const rowOf = (ws: ExcelJS.Worksheet, label: string, after = 0) => {
    for (let n = after + 1; n <= ws.rowCount; n++) {
      if (ws.getRow(n).getCell(1).value === label) return ws.getRow(n);
    }
    throw new Error(`no row ${label} in ${ws.name}`);
  };
  const values = (row: ExcelJS.Row, count: number) =>
    Array.from({ length: count }, (_, i) => row.getCell(i + 1).value);

  it('sums the month on Sammanställning: a row per customer, the totals as numbers in kronor', async () => {
    const book = await workbook('2030-03');
    expect(book.worksheets.map((w) => w.name)).toEqual([
      'Sammanställning',
      '559900-0014 Berg Konsult AB',
      '559900-0022 Cederholm Måleri AB',
      '559244-0001 Åkesson Bygg AB',
    ]);
    const ws = sheet(book, 'Sammanställning');
    expect(ws.getCell('A1').value).toBe(BUREAU.name);
    expect(ws.getCell('A2').value).toBe('Samlingsfaktura mars 2030');
    const header = rowOf(ws, 'Kund');
    expect(values(header, 6)).toEqual([
      'Kund',
      'Organisationsnummer',
      'Licenser',
      'Belopp exkl. moms',
      'Listpris belopp',
      'Marginal',
    ]);
    expect(header.getCell(1).font?.bold).toBe(true);
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: header.number });
    // Åkesson: 1 567,50 + 39 + 225 + 2 400 = 4 231,50; list 2 025 + 49 + 285 + 2 850 = 5 209.
    expect(values(rowOf(ws, 'Berg Konsult AB'), 6)).toEqual([
      'Berg Konsult AB',
      '559900-0014',
      2,
      209,
      270,
      61,
    ]);
    expect(values(rowOf(ws, 'Cederholm Måleri AB'), 6)).toEqual([
      'Cederholm Måleri AB',
      '559900-0022',
      5,
      522.5,
      675,
      152.5,
    ]);
    const akesson = rowOf(ws, 'Åkesson Bygg AB');
    expect(values(akesson, 6)).toEqual(['Åkesson Bygg AB', '559244-0001', 15, 4231.5, 5209, 977.5]);
    expect(akesson.getCell(4).numFmt).toBe('#,##0.00 "kr"');
    expect(akesson.getCell(3).numFmt).toBe('0');
    // Totals in the Belopp column: 4 963,00 + 25 % = 6 203,75, rounded to 6 204 (+0,25).
    const totals = [
      'Summa exkl. moms',
      'Moms 25 %',
      'Summa inkl. moms',
      'Öresavrundning',
      'Att betala',
    ].map((label) => rowOf(ws, label).getCell(4));
    expect(totals.map((c) => c.value)).toEqual([4963, 1240.75, 6203.75, 0.25, 6204]);
    expect(totals.every((c) => c.numFmt === '#,##0.00 "kr"')).toBe(true);
    // The list total 270 + 675 + 5 209 = 6 154 and the margin 6 154 − 4 963 = 1 191.
    expect(values(rowOf(ws, 'Summa exkl. moms'), 6).slice(4)).toEqual([6154, 1191]);
    expect(rowOf(ws, 'Prislista gäller från').getCell(2).value).toEqual(
      new Date('2030-03-01T00:00:00Z'),
    );
  });

  it('lists the customers Blikk invoices directly apart, with no sheet and outside the sum', async () => {
    const book = await workbook('2030-01');
    expect(book.worksheets.map((w) => w.name)).toEqual([
      'Sammanställning',
      '559900-0014 Berg Konsult AB',
      '559244-0001 Åkesson Bygg AB',
    ]);
    const ws = sheet(book, 'Sammanställning');
    // January: 1 227,00 + 297,00 = 1 524,00; Cederholm's 5 licences are not in it.
    expect(rowOf(ws, 'Summa exkl. moms').getCell(4).value).toBe(1524);
    const direct = rowOf(ws, 'Faktureras direkt av Blikk (ingår inte i summan)');
    expect(values(rowOf(ws, 'Cederholm Måleri AB', direct.number), 4)).toEqual([
      'Cederholm Måleri AB',
      '559900-0022',
      5,
      'Kunden betalar, e-post (PDF)',
    ]);
  });

  it('gives each customer a sheet with its lines, its subtotal and the month’s changes by date', async () => {
    const ws = sheet(await workbook('2030-03'), '559244-0001 Åkesson Bygg AB');
    expect(ws.getCell('A1').value).toBe('Åkesson Bygg AB');
    const header = rowOf(ws, 'Artikel');
    expect(values(header, 9)).toEqual([
      'Artikel',
      'Benämning',
      'Antal',
      'Enhet',
      'À-pris',
      'Belopp',
      'Listpris à',
      'Listbelopp',
      'Marginal',
    ]);
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: header.number });
    const lines = [1, 2, 3, 4].map((i) => values(ws.getRow(header.number + i), 9));
    expect(lines).toEqual([
      ['easy', 'Blikk Easy, licens', 15, 'licens', 104.5, 1567.5, 135, 2025, 457.5],
      ['kvitto', 'Kvittotolkning', 1, 'kund', 39, 39, 49, 49, 10],
      ['projekt', 'Projektuppföljning', 15, 'användare', 15, 225, 19, 285, 60],
      ['utbildning', 'Utbildningstimme', 3, 'st', 800, 2400, 950, 2850, 450],
    ]);
    const first = ws.getRow(header.number + 1);
    expect(first.getCell(5).numFmt).toBe('#,##0.00 "kr"');
    expect(first.getCell(6).numFmt).toBe('#,##0.00 "kr"');
    const subtotal = rowOf(ws, 'Summa exkl. moms');
    expect([6, 8, 9].map((c) => subtotal.getCell(c).value)).toEqual([4231.5, 5209, 977.5]);
    const changes = rowOf(ws, 'Datum', rowOf(ws, 'Ändringar under månaden').number);
    const dated = [1, 2, 3].map((i) => values(ws.getRow(changes.number + i), 2));
    expect(dated).toEqual([
      [new Date('2030-03-05T00:00:00Z'), 'Tilläggstjänst Projektuppföljning avslutad'],
      [new Date('2030-03-10T00:00:00Z'), 'Tilläggstjänst Utbildningstimme startad'],
      [new Date('2030-03-10T00:00:00Z'), 'Tilläggstjänst Utbildningstimme avslutad'],
    ]);
    expect(ws.getRow(changes.number + 1).getCell(1).numFmt).toBe('yyyy-mm-dd');
  });

  it('words every kind of change as the bureau reads it', async () => {
    const change = async (month: string, sheetName: string) => {
      const ws = sheet(await workbook(month), sheetName);
      const start = rowOf(ws, 'Datum', rowOf(ws, 'Ändringar under månaden').number).number;
      const rows = [];
      for (let n = start + 1; n <= ws.rowCount; n++) rows.push(values(ws.getRow(n), 2));
      return rows;
    };
    expect(await change('2030-01', '559244-0001 Åkesson Bygg AB')).toEqual([
      [new Date('2030-01-10T00:00:00Z'), 'Ny kund'],
      [new Date('2030-01-10T00:00:00Z'), 'Tilläggstjänst Kvittotolkning startad'],
    ]);
    expect(await change('2030-02', '559244-0001 Åkesson Bygg AB')).toEqual([
      [new Date('2030-02-15T00:00:00Z'), 'Licenser 12 → 15'],
      [new Date('2030-02-20T00:00:00Z'), 'Tilläggstjänst Projektuppföljning startad'],
    ]);
    expect(await change('2030-03', '559900-0022 Cederholm Måleri AB')).toEqual([
      [new Date('2030-03-15T00:00:00Z'), 'Bytt till samlingsfaktura'],
    ]);
  });

  it('keeps sheet names within Excel’s rules and never lets a name become a formula', async () => {
    await addCustomer('Fönster/Dörrar [Väst]: Åkessons Snickeri & Glas AB', '5599000030');
    await addCustomer('=HYPERLINK("x")', '5599000048');
    const book = await workbook('2030-03');
    const names = book.worksheets.map((w) => w.name);
    expect(names).toHaveLength(6);
    expect(new Set(names.map((n) => n.toLowerCase())).size).toBe(6);
    for (const name of names) {
      expect(name.length).toBeLessThanOrEqual(31);
      expect(name).not.toMatch(/[[\]:*?/\\]/);
    }
    expect(names).toContain('559900-0030 Fönster Dörrar Väst');
    const formula = sheet(book, '559900-0048 =HYPERLINK("x")');
    expect(formula.getCell('A1').value).toBe(`'=HYPERLINK("x")`);
    expect(rowOf(sheet(book, 'Sammanställning'), `'=HYPERLINK("x")`).getCell(3).value).toBe(1);
  });
});

/** RFC 4180 with `;` and CRLF: quoted fields may hold `;`, `""` and line breaks. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    const next = text[i + 1];
    if (quoted && ch === '"' && next === '"') {
      field += '"';
      i++;
    } else if (ch === '"') {
      quoted = !quoted;
    } else if (!quoted && ch === ';') {
      row.push(field);
      field = '';
    } else if (!quoted && ch === '\r' && next === '\n') {
      rows.push([...row, field]);
      row = [];
      field = '';
      i++;
    } else {
      field += ch;
    }
  }
  return rows;
}

/** "1567,50" → 1567.5: what a Swedish spreadsheet reads. */
const kronor = (cell: string | undefined) => Number((cell ?? '').replace(',', '.'));

describe('the CSV', () => {
  async function csv(month: string) {
    const { fileName, bytes } = await download(month, 'csv');
    expect(fileName).toBe(`Samlingsfaktura-${month}.csv`);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.subarray(3).toString('utf8');
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/); // CRLF only
    return parseCsv(text);
  }

  it('has a line per invoice line, decimal commas, and the totals in the Belopp column', async () => {
    const rows = await csv('2030-03');
    expect(rows[0]).toEqual([
      'Månad',
      'Organisationsnummer',
      'Kund',
      'Typ',
      'Kod',
      'Benämning',
      'Antal',
      'À-pris',
      'Belopp',
      'Listpris à',
      'Listbelopp',
      'Marginal',
    ]);
    // Margin = list amount − amount: 2 025 − 1 567,50 = 457,50; 49 − 39; 285 − 225; 2 850 − 2 400.
    const akesson = ['2030-03', '559244-0001', 'Åkesson Bygg AB'];
    const line = ['Licens', 'easy', 'Blikk Easy, licens'];
    const addon = (code: string, name: string) => ['Tilläggstjänst', code, name];
    expect(rows.filter((r) => r[2] === 'Åkesson Bygg AB')).toEqual([
      [...akesson, ...line, '15', '104,50', '1567,50', '135,00', '2025,00', '457,50'],
      [
        ...akesson,
        ...addon('kvitto', 'Kvittotolkning'),
        '1',
        '39,00',
        '39,00',
        '49,00',
        '49,00',
        '10,00',
      ],
      [
        ...akesson,
        ...addon('projekt', 'Projektuppföljning'),
        '15',
        '15,00',
        '225,00',
        '19,00',
        '285,00',
        '60,00',
      ],
      [
        ...akesson,
        ...addon('utbildning', 'Utbildningstimme'),
        '3',
        '800,00',
        '2400,00',
        '950,00',
        '2850,00',
        '450,00',
      ],
    ]);
    expect(rows.filter((r) => r[2] === 'Berg Konsult AB').map((r) => r.slice(6, 9))).toEqual([
      ['2', '104,50', '209,00'],
    ]);
    const lines = rows.slice(1).filter((r) => r[1]);
    expect(lines).toHaveLength(6); // Berg 1, Cederholm 1, Åkesson 4
    // The lines' Belopp add up to the total excl. VAT, so the file checks itself.
    const sum = lines.reduce((total, r) => total + Math.round(kronor(r[8]) * 100), 0);
    expect(sum).toBe(496300);
    const totals = rows.filter((r) => r[0] === '2030-03' && !r[1]).map((r) => [r[3], r[8]]);
    expect(totals).toEqual([
      ['Summa exkl. moms', '4963,00'],
      ['Moms 25 %', '1240,75'],
      ['Summa inkl. moms', '6203,75'],
      ['Öresavrundning', '0,25'],
      ['Att betala', '6204,00'],
    ]);
  });

  it('leaves out the customers Blikk invoices directly', async () => {
    const rows = await csv('2030-01');
    expect(rows.some((r) => r.includes('Cederholm Måleri AB'))).toBe(false);
    expect(rows.find((r) => r[3] === 'Summa exkl. moms')?.[8]).toBe('1524,00');
  });

  it('neutralises a customer name that a spreadsheet would run as a formula', async () => {
    await addCustomer('=HYPERLINK("x")', '5599000048');
    const { bytes } = await download('2030-03', 'csv');
    // Quoted because of the quotes inside, and prefixed with ' so Excel shows it as text.
    expect(bytes.toString('utf8')).toContain(`;"'=HYPERLINK(""x"")";`);
    const rows = parseCsv(bytes.subarray(3).toString('utf8'));
    const named = rows.find((r) => r[1] === '559900-0048');
    expect(named?.slice(2, 9)).toEqual([
      `'=HYPERLINK("x")`,
      'Licens',
      'easy',
      'Blikk Easy, licens',
      '1',
      '104,50',
      '104,50',
    ]);
    // 4 963,00 + 104,50 = 5 067,50.
    expect(rows.find((r) => r[3] === 'Summa exkl. moms')?.[8]).toBe('5067,50');
  });
});

describe('the re-invoicing basis (Vidarefakturering)', () => {
  it('has every line of every customer at list price, 25 % VAT and the month as period', async () => {
    const { fileName, bytes } = await download('2030-03', 'basis');
    expect(fileName).toBe('Vidarefakturering-2030-03.csv');
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = parseCsv(bytes.subarray(3).toString('utf8'));
    expect(rows[0]).toEqual([
      'Organisationsnummer',
      'Kund',
      'Artikel',
      'Benämning',
      'Antal',
      'À-pris',
      'Belopp',
      'Moms %',
      'Period från',
      'Period till',
    ]);
    const period = ['25', '2030-03-01', '2030-03-31'];
    const akesson = ['559244-0001', 'Åkesson Bygg AB'];
    expect(rows.filter((r) => r[0] === '559244-0001')).toEqual([
      [...akesson, 'easy', 'Blikk Easy, licens', '15', '135,00', '2025,00', ...period],
      [...akesson, 'kvitto', 'Kvittotolkning', '1', '49,00', '49,00', ...period],
      [...akesson, 'projekt', 'Projektuppföljning', '15', '19,00', '285,00', ...period],
      [...akesson, 'utbildning', 'Utbildningstimme', '3', '950,00', '2850,00', ...period],
    ]);
    expect(rows.find((r) => r[1] === 'Cederholm Måleri AB')?.slice(4, 7)).toEqual([
      '5',
      '135,00',
      '675,00',
    ]);
    // 270 + 675 + 5 209 = 6 154,00: the list total, what the bureau invoices its customers.
    const sum = rows.slice(1).reduce((total, r) => total + Math.round(kronor(r[6]) * 100), 0);
    expect(sum).toBe(615400);
    expect(rows).toHaveLength(1 + 6);
  });
});

describe('the JSON document', () => {
  it('has DESIGN.md’s shape, amounts in kronor exact to the öre', async () => {
    const { fileName, bytes } = await download('2030-03', 'json');
    expect(fileName).toBe('Samlingsfaktura-2030-03.json');
    const doc = JSON.parse(bytes.toString('utf8'));
    expect(doc).toMatchObject({
      month: '2030-03',
      currency: 'SEK',
      totalExclVat: 4963,
      vat: 1240.75,
      totalInclVat: 6203.75,
      direct: [],
    });
    const akesson = doc.customers.find((c: { name: string }) => c.name === 'Åkesson Bygg AB');
    expect(akesson).toMatchObject({
      id: s.ids.akesson,
      orgnr: '559244-0001',
      licences: 15,
      subtotal: 4231.5,
    });
    expect(akesson.lines[0]).toEqual(
      expect.objectContaining({
        kind: 'licence',
        code: 'easy',
        quantity: 15,
        unitPrice: 104.5,
        amount: 1567.5,
        listUnitPrice: 135,
        listAmount: 2025,
      }),
    );
    expect(akesson.lines[1]).toMatchObject({ kind: 'addon', code: 'kvitto', amount: 39 });
    const jan = JSON.parse((await download('2030-01', 'json')).bytes.toString('utf8'));
    expect(jan.direct).toEqual([
      expect.objectContaining({
        id: s.ids.ceder,
        orgnr: '559900-0022',
        name: 'Cederholm Måleri AB',
      }),
    ]);
  });
});

describe('the PDF', () => {
  /** The document's text as pdftotext reads it, with no-break spaces as plain spaces. */
  async function pdf(month: string) {
    const { fileName, bytes } = await download(month, 'pdf');
    expect(fileName).toBe(`Samlingsfaktura-${month}.pdf`);
    const file = join(dir.dir, fileName);
    writeFileSync(file, bytes);
    const text = poppler('pdftotext', ['-layout', file, '-']).replace(/\u00a0/g, ' ');
    const pages = Number(/Pages:\s+(\d+)/.exec(poppler('pdfinfo', [file]))?.[1]);
    return { file, text, pages };
  }

  it('renders to pages: title, customers with lines and changes, totals, Swedish letters', async () => {
    const { file, text, pages } = await pdf('2030-03');
    expect(readFileSync(file).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pages).toBeGreaterThanOrEqual(1);
    const prefix = join(dir.dir, 'page');
    poppler('pdftoppm', ['-png', '-r', '50', '-f', '1', '-l', '1', file, prefix]);
    const png = ['page-1.png', 'page-01.png'].map((f) => join(dir.dir, f)).find(existsSync);
    expect(png, 'pdftoppm wrote no PNG').toBeDefined();
    expect(
      readFileSync(png ?? '')
        .subarray(1, 4)
        .toString('latin1'),
    ).toBe('PNG');
    for (const expected of [
      'Samlingsfaktura – underlag mars 2030',
      BUREAU.name,
      'Prislista gäller från',
      'Åkesson Bygg AB',
      'Cederholm Måleri AB',
      'Projektuppföljning',
      '1 567,50',
      '4 231,50',
      '4 963,00 kr',
      '1 240,75 kr',
      '6 203,75 kr',
      '+0,25 kr',
      '6 204,00 kr',
      'Licenser 3 till 2 från 2030-03-31',
      'Bytt till samlingsfaktura 2030-03-15',
      'Faktureras direkt av Blikk',
      `Sida 1 av ${pages}`,
    ]) {
      expect(text, expected).toContain(expected);
    }
    expect(text).not.toContain('Exempelpriser');
    expect(text).not.toContain('Stängd');
    // Customers in the summary's order, totals after them.
    const at = ['Berg Konsult AB', 'Cederholm Måleri AB', 'Åkesson Bygg AB', 'Att betala'].map(
      (t) => text.lastIndexOf(t),
    );
    expect([...at].sort((a, b) => a - b)).toEqual(at);
  });

  it('lists the customers Blikk invoices directly, outside the sum', async () => {
    const { text } = await pdf('2030-01');
    const direct = text.slice(text.indexOf('Faktureras direkt av Blikk'));
    expect(direct).toMatch(/Cederholm Måleri AB\s+559900-0022\s+5\s+Kunden betalar, e-post/);
    expect(text).toContain('1 524,00 kr');
  });

  it('warns while a month is priced by the example list, and only then', async () => {
    s.setToday('2029-12-05T09:00:00Z');
    await addCustomer('Dalarö Redovisning AB', '5599000055');
    const { text } = await pdf('2029-12');
    expect(text).toContain('Exempelpriser – ersätt med byråns egen prislista');
    expect(text).toContain('Dalarö Redovisning AB');
    expect(text).toContain('99,00'); // the example list's reseller price
    expect((await pdf('2030-03')).text).not.toContain('Exempelpriser');
  });

  it('says when and by whom a closed month was closed', async () => {
    s.setToday('2030-04-02T09:00:00Z');
    await value(s.core, 'invoices:close', { month: '2030-03' });
    const { text } = await pdf('2030-03');
    expect(text).toContain(`Stängd 2030-04-02 av ${BUREAU.staffName}`);
    expect(text).toContain('6 204,00 kr');
  });
});
