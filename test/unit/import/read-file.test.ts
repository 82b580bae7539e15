import ExcelJS from 'exceljs';
import fc from 'fast-check';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { readImportFile } from '../../../electron/core/import/read/read-file';
import type { ReadResult, ReadTable } from '../../../electron/core/import/read/types';

// Fixtures are built here: invented people, Skatteverket's test personnummer (1890-series).
const PNR_A = '189001019802';
const PNR_B = '189001159806';
const FILE_CODES = [
  'file.empty',
  'file.unreadable',
  'file.unknownFormat',
  'file.tooLarge',
  'file.noHeader',
];

const utf8 = (s: string): Buffer => Buffer.from(s, 'utf-8');
const bom = (s: string): Buffer => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), utf8(s)]);

function table(r: ReadResult): ReadTable {
  if (!r.ok) throw new Error(`expected a table, got ${r.code}: ${r.message}`);
  return r.table;
}

function failure(r: ReadResult): { code: string; message: string } {
  if (r.ok) throw new Error('expected a failure');
  return r;
}

describe('delimited text', () => {
  it('reads UTF-8 with BOM and ;', async () => {
    const csv =
      'Förnamn;Efternamn;Personnummer\r\nÅsa;Öberg;' + PNR_A + '\r\nJosé;Müller;' + PNR_B + '\r\n';
    const t = table(await readImportFile(bom(csv), 'personal.csv'));
    expect(t).toMatchObject({ format: 'csv', encoding: 'utf-8', delimiter: ';' });
    expect(t.headers).toEqual(['Förnamn', 'Efternamn', 'Personnummer']);
    expect(t.rows).toEqual([
      { line: 2, cells: ['Åsa', 'Öberg', PNR_A] },
      { line: 3, cells: ['José', 'Müller', PNR_B] },
    ]);
    expect(t.notes).toEqual([]);
  });

  it('reads UTF-8 without BOM and ,', async () => {
    const t = table(await readImportFile(utf8('First name,Last name\nZoë,Ängström\n'), 'x.csv'));
    expect(t).toMatchObject({ encoding: 'utf-8', delimiter: ',' });
    expect(t.rows).toEqual([{ line: 2, cells: ['Zoë', 'Ängström'] }]);
  });

  it('reads Windows-1252 (Swedish Excel) with ;', async () => {
    const csv = 'Förnamn;Efternamn;E-post\r\nÅsa;Öberg;asa@example.se\r\nGünter;Müller;\r\n';
    const t = table(await readImportFile(iconv.encode(csv, 'windows-1252'), 'lista.csv'));
    expect(t).toMatchObject({ encoding: 'windows-1252', delimiter: ';' });
    expect(t.headers[0]).toBe('Förnamn');
    expect(t.rows).toEqual([
      { line: 2, cells: ['Åsa', 'Öberg', 'asa@example.se'] },
      { line: 3, cells: ['Günter', 'Müller'] },
    ]);
  });

  it('reads tab-separated .txt (Visma)', async () => {
    const txt = 'AnstNr\tFörnamn\tEfternamn\n0012\tÅsa\tÖberg\n0013\tÉmile\tLindén\n';
    const t = table(await readImportFile(iconv.encode(txt, 'windows-1252'), 'export.TXT'));
    expect(t).toMatchObject({ format: 'txt', delimiter: '\t' });
    expect(t.rows[0]?.cells).toEqual(['0012', 'Åsa', 'Öberg']);
  });

  it('prefers ; on ties, and the most frequent delimiter otherwise', async () => {
    const tie = table(await readImportFile(utf8('a;b,c\n1;2,3\n'), 'x.csv'));
    expect(tie.delimiter).toBe(';');
    const comma = table(await readImportFile(utf8('a,b,c;d\n'), 'x.csv'));
    expect(comma.delimiter).toBe(',');
    const quoted = table(await readImportFile(utf8('"a;b;c",d,e\n'), 'x.csv'));
    expect(quoted.delimiter).toBe(',');
    expect(quoted.headers).toEqual(['a;b;c', 'd', 'e']);
  });

  it("honours Excel's sep= line, which Excel does not show as a row", async () => {
    const t = table(await readImportFile(utf8('sep=,\nNamn,Ort;stad\nÅsa,Umeå;x\n'), 'x.csv'));
    expect(t.delimiter).toBe(',');
    expect(t.headers).toEqual(['Namn', 'Ort;stad']);
    expect(t.rows).toEqual([{ line: 2, cells: ['Åsa', 'Umeå;x'] }]);
  });

  it('parses quoted fields: doubled quotes, ; and newlines inside, Excel row numbers after', async () => {
    const csv = [
      'Namn;Kommentar;Ort',
      '"Öberg, Åsa";"säger ""hej""; sen ";Umeå',
      '"Müller";"rad ett',
      'rad två\r\nrad tre";Malmö',
      'Lindén;kort;Luleå',
    ].join('\r\n');
    const t = table(await readImportFile(utf8(csv), 'x.csv'));
    expect(t.rows).toEqual([
      { line: 2, cells: ['Öberg, Åsa', 'säger "hej"; sen', 'Umeå'] },
      { line: 3, cells: ['Müller', 'rad ett\nrad två\nrad tre', 'Malmö'] },
      // Excel shows the three-line cell as one row, so Lindén is row 4 (physical line 6).
      { line: 4, cells: ['Lindén', 'kort', 'Luleå'] },
    ]);
  });

  it('handles CR-only line breaks and a missing final newline', async () => {
    const t = table(await readImportFile(utf8('a;b\r1;2\r3;4'), 'x.csv'));
    expect(t.rows).toEqual([
      { line: 2, cells: ['1', '2'] },
      { line: 3, cells: ['3', '4'] },
    ]);
  });

  it('skips blank lines but keeps counting, trims cells and trailing empty columns', async () => {
    const csv = '\nFörnamn ; Efternamn;;\n\n  Åsa ;Öberg;;\n;;;\nÉva;;\n\n';
    const t = table(await readImportFile(utf8(csv), 'x.csv'));
    expect(t.headers).toEqual(['Förnamn', 'Efternamn']);
    expect(t.rows).toEqual([
      { line: 4, cells: ['Åsa', 'Öberg'] },
      { line: 6, cells: ['Éva'] },
    ]);
  });

  it('keeps empty cells in the middle', async () => {
    const t = table(await readImportFile(utf8('a;b;c\n1;;3\n'), 'x.csv'));
    expect(t.rows[0]?.cells).toEqual(['1', '', '3']);
  });

  it('notes numbers Excel rendered in scientific form, without guessing digits', async () => {
    const csv =
      'Namn;Personnummer;Anställningsnr\nÅsa;1.89E+11;7\nBo;1,89E+11;8\nCe;' + PNR_A + ';9\n';
    const t = table(await readImportFile(utf8(csv), 'x.csv'));
    expect(t.rows[0]?.cells[1]).toBe('1.89E+11');
    expect(t.notes).toEqual([
      { line: 2, column: 'Personnummer', code: 'number.scientific', value: '1.89E+11' },
      { line: 3, column: 'Personnummer', code: 'number.scientific', value: '1,89E+11' },
    ]);
  });

  it('notes the signed and lower-case forms too, and no name, e-mail or number that merely has an E', async () => {
    const csv =
      'Namn;Personnummer;E-post\nEva;+2e+11;eva@e.example\nEsa;-1,5E3;1e5@x.example\nEje;7E;5\n';
    const t = table(await readImportFile(utf8(csv), 'x.csv'));
    expect(t.notes.map((n) => [n.line, n.value])).toEqual([
      [2, '+2e+11'],
      [3, '-1,5E3'],
    ]);
  });

  it('refuses a file whose first row is data, not headers', async () => {
    const r = await readImportFile(utf8(`Åsa;Öberg;asa@example.se;${PNR_A}\n`), 'x.csv');
    expect(failure(r).code).toBe('file.noHeader');
  });

  it('refuses UTF-16 text with a clear message', async () => {
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Namn\tOrt\n', 'utf16le')]);
    const r = failure(await readImportFile(bytes, 'x.txt'));
    expect(r.code).toBe('file.unreadable');
    expect(r.message).toMatch(/UTF-16/);
  });
});

async function buildXlsx(fill: (ws: ExcelJS.Worksheet) => void): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  fill(wb.addWorksheet('Personal'));
  wb.addWorksheet('Annat').getCell('A1').value = 'ignoreras';
  return Buffer.from(await wb.xlsx.writeBuffer());
}

async function staffXlsx(): Promise<Buffer> {
  return buildXlsx((ws) => {
    ws.addRow(['Förnamn', 'Efternamn', 'Personnummer', 'Anställningsnr', 'Startdatum', 'Aktiv']);
    ws.addRow(['Åsa', 'Öberg', Number(PNR_A), 42, new Date(Date.UTC(2030, 0, 15)), true]);
    ws.addRow([]);
    ws.addRow([
      { richText: [{ text: 'Jo' }, { font: { bold: true }, text: 'sé' }] },
      'Müller',
      PNR_B,
      { formula: '40+3', result: 43 },
      null,
      false,
      '',
    ]);
  });
}

describe('xlsx', () => {
  it('reads the first sheet as text, numbers without exponent, dates as YYYY-MM-DD', async () => {
    const t = table(await readImportFile(await staffXlsx(), 'personal.xlsx'));
    expect(t).toMatchObject({ format: 'xlsx', encoding: null, delimiter: null });
    expect(t.headers).toEqual([
      'Förnamn',
      'Efternamn',
      'Personnummer',
      'Anställningsnr',
      'Startdatum',
      'Aktiv',
    ]);
    expect(t.rows).toEqual([
      { line: 2, cells: ['Åsa', 'Öberg', PNR_A, '42', '2030-01-15', 'true'] },
      { line: 4, cells: ['José', 'Müller', PNR_B, '43', '', 'false'] },
    ]);
  });

  it('does not flag employee number 42 when nothing shows the column was zero-padded', async () => {
    const t = table(await readImportFile(await staffXlsx(), 'personal.xlsx'));
    expect(t.notes).toEqual([]);
  });

  it('flags lost leading zeros: short personnummer, employee numbers in a padded column', async () => {
    const bytes = await buildXlsx((ws) => {
      ws.addRow(['Namn', 'Personnummer', 'Anställningsnr', 'Belopp']);
      ws.addRow(['Åsa', 512241234, '0012', 7]);
      ws.addRow(['Bo', Number(PNR_A), 42, 8]);
      ws.addRow(['Ce', 1234567890123456, 12345, 9]);
    });
    const t = table(await readImportFile(bytes, 'x.xlsx'));
    expect(t.notes).toEqual([
      { line: 2, column: 'Personnummer', code: 'number.leadingZerosLost', value: '512241234' },
      { line: 3, column: 'Anställningsnr', code: 'number.leadingZerosLost', value: '42' },
      { line: 4, column: 'Personnummer', code: 'number.scientific', value: '1234567890123456' },
    ]);
  });

  it('honours a 0000 number format, as Excel displays it', async () => {
    const bytes = await buildXlsx((ws) => {
      ws.addRow(['AnstNr', 'Namn']);
      ws.addRow([42, 'Åsa']);
      ws.getCell('A2').numFmt = '0000';
    });
    const t = table(await readImportFile(bytes, 'x.xlsx'));
    expect(t.rows[0]?.cells).toEqual(['0042', 'Åsa']);
    expect(t.notes).toEqual([]);
  });

  it('reads an XLSX by its content even with a wrong extension', async () => {
    const t = table(await readImportFile(await staffXlsx(), 'personal.csv'));
    expect(t.format).toBe('xlsx');
  });

  it('refuses a truncated XLSX and an empty sheet', async () => {
    const whole = await staffXlsx();
    const cut = whole.subarray(0, Math.floor(whole.length / 2));
    expect(failure(await readImportFile(cut, 'x.xlsx')).code).toBe('file.unreadable');
    const empty = await buildXlsx(() => undefined);
    expect(failure(await readImportFile(empty, 'x.xlsx')).code).toBe('file.empty');
  });
});

const PAXML = `<?xml version="1.0" encoding="ENC"?>
<paxml xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
  <header><format>LÖNIN</format><version>2.0</version></header>
  <personal>
    <person>
      <anstid>0012</anstid><persnr>${PNR_A}</persnr><fornamn>Åsa</fornamn>
      <efternamn>Öberg</efternamn><epostarb>asa@example.se</epostarb><eposthem/>
      <lonform>MÅN</lonform>
    </person>
    <person anstid="0013">
      <persnr>${PNR_B}</persnr><fornamn>Jürgen</fornamn><efternamn>Müller</efternamn>
      <lonform>TIM</lonform><avdelning>Lager</avdelning>
    </person>
  </personal>
</paxml>`;

const PAXML_HEADERS = [
  'anstid',
  'persnr',
  'fornamn',
  'efternamn',
  'epostarb',
  'eposthem',
  'lonform',
  'avdelning',
];
const PAXML_ROWS = [
  { line: 1, cells: ['0012', PNR_A, 'Åsa', 'Öberg', 'asa@example.se', '', 'MÅN'] },
  { line: 2, cells: ['0013', PNR_B, 'Jürgen', 'Müller', '', '', 'TIM', 'Lager'] },
];

describe('paxml', () => {
  it('reads UTF-8 PAXml, keeping leading zeros and personnummer as strings', async () => {
    const t = table(await readImportFile(utf8(PAXML.replace('ENC', 'UTF-8')), 'lon.xml'));
    expect(t).toMatchObject({ format: 'paxml', encoding: 'utf-8', delimiter: null });
    expect(t.headers).toEqual(PAXML_HEADERS);
    expect(t.rows).toEqual(PAXML_ROWS);
  });

  it('reads ISO-8859-1 PAXml as its declaration says', async () => {
    const bytes = iconv.encode(PAXML.replace('ENC', 'ISO-8859-1'), 'latin1');
    const t = table(await readImportFile(bytes, 'lon.paxml'));
    expect(t.encoding).toBe('windows-1252');
    expect(t.rows).toEqual(PAXML_ROWS);
  });

  it('reads a single person, without declaration, with a BOM, any case of the root', async () => {
    const xml = `<PAXml><personal><person><anstid>007</anstid><fornamn>Zoë</fornamn></person></personal></PAXml>`;
    const t = table(await readImportFile(bom(xml), 'export.txt'));
    expect(t.headers).toEqual(['anstid', 'fornamn']);
    expect(t.rows).toEqual([{ line: 1, cells: ['007', 'Zoë'] }]);
  });

  it('refuses malformed XML, XML that is not PAXml, and PAXml without persons', async () => {
    const broken = utf8('<paxml><personal><person><anstid>1</person></personal></paxml>');
    expect(failure(await readImportFile(broken, 'x.xml')).code).toBe('file.unreadable');
    const other = utf8('<?xml version="1.0"?><faktura><rad/></faktura>');
    expect(failure(await readImportFile(other, 'x.xml')).code).toBe('file.unknownFormat');
    const none = utf8('<paxml><tidtransaktioner/></paxml>');
    expect(failure(await readImportFile(none, 'x.xml')).code).toBe('file.empty');
  });

  it('refuses entity definitions (no entity expansion)', async () => {
    const xml =
      '<?xml version="1.0"?><!DOCTYPE paxml [<!ENTITY a "aaaa">]><paxml><personal><person><fornamn>&a;</fornamn></person></personal></paxml>';
    expect(failure(await readImportFile(utf8(xml), 'x.xml')).code).toBe('file.unreadable');
  });
});

describe('file errors', () => {
  it('empty file', async () => {
    expect(failure(await readImportFile(Buffer.alloc(0), 'x.csv')).code).toBe('file.empty');
    expect(failure(await readImportFile(utf8('\r\n ; ;\n'), 'x.csv')).code).toBe('file.empty');
  });

  it('binary garbage', async () => {
    const garbage = Buffer.from(Array.from({ length: 2000 }, (_, i) => (i * 7919 + 13) % 256));
    expect(failure(await readImportFile(garbage, 'x.csv')).code).toBe('file.unreadable');
    expect(failure(await readImportFile(garbage, 'x.bin')).code).toBe('file.unknownFormat');
  });

  it('unknown extension, old .xls', async () => {
    expect(failure(await readImportFile(utf8('a;b\n'), 'x.pdf')).code).toBe('file.unknownFormat');
    const ole = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]);
    const r = failure(await readImportFile(ole, 'x.xls'));
    expect(r.code).toBe('file.unknownFormat');
    expect(r.message).toMatch(/xlsx/);
  });

  it('over maxBytes', async () => {
    const r = failure(await readImportFile(utf8('Namn\nÅsa\n'), 'x.csv', { maxBytes: 5 }));
    expect(r.code).toBe('file.tooLarge');
    expect(r.message).toMatch(/för stor/);
  });

  it('a zip that unpacks to more than we accept', async () => {
    const big = await buildXlsx((ws) => {
      for (let i = 0; i < 3000; i++) ws.addRow(Array.from({ length: 20 }, () => 1));
    });
    const r = await readImportFile(big, 'x.xlsx', { maxBytes: big.length + 1 });
    expect(failure(r).code).toBe('file.tooLarge');
  });
});

describe('never throws', () => {
  const isFileLevel = (r: ReadResult): boolean => r.ok || FILE_CODES.includes(r.code);
  const names = fc.constantFrom('x.csv', 'x.txt', 'x.xlsx', 'x.xml', 'x', 'x.tsv');

  it('random bytes', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 600 }), names, async (bytes, name) => {
        expect(isFileLevel(await readImportFile(Buffer.from(bytes), name))).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('random mutations of valid CSV, XLSX and PAXml', async () => {
    const valid = [
      iconv.encode('Förnamn;Efternamn\r\n"Åsa";"Ö""berg"\r\n', 'windows-1252'),
      await staffXlsx(),
      utf8(PAXML.replace('ENC', 'UTF-8')),
    ];
    const mutation = fc.record({
      which: fc.nat({ max: valid.length - 1 }),
      edits: fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { maxLength: 8 }),
      cut: fc.option(fc.nat()),
    });
    await fc.assert(
      fc.asyncProperty(mutation, names, async ({ which, edits, cut }, name) => {
        const bytes = Buffer.from(valid[which] ?? Buffer.alloc(0));
        for (const [at, b] of edits) if (bytes.length > 0) bytes[at % bytes.length] = b;
        const input = cut === null ? bytes : bytes.subarray(0, cut % (bytes.length + 1));
        expect(isFileLevel(await readImportFile(input, name))).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
