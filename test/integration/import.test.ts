import iconv from 'iconv-lite';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { exportFileName, exportUsers } from '../../electron/core/import/export-service';
import {
  cancelImport,
  commitTable,
  readForPreview,
} from '../../electron/core/import/import-service';
import { importParsed } from './import-report';
import type { OpenedCore } from '../../electron/core/open';
import type { ImportTable } from '../../shared/schemas/import';
import { BUREAU, collaboration, openTestCore, snapshot, tempDir, value } from './support';

let dir: { dir: string; cleanup: () => void };
let core: OpenedCore;
let customerId: string;

beforeEach(async () => {
  dir = tempDir();
  core = await openTestCore(`${dir.dir}/kundstart.db`);
  await value(core, 'bureau:save', BUREAU);
  customerId = (
    await value(core, 'customers:create', collaboration({ licences: 10, contact: null }))
  ).id;
});
afterEach(async () => {
  await core.close();
  dir.cleanup();
});

/** What Swedish Excel writes: Windows-1252, semicolons, CRLF. */
const excelCsv = (lines: string[]) => iconv.encode(lines.join('\r\n') + '\r\n', 'win1252');

const HEADER =
  'Förnamn;Efternamn;E-post;Personnummer;Anställningsnr;Löneform;Behörighet;Attestansvarig';
const STAFF = [
  HEADER,
  'Åsa;Öberg;asa@akesson.example;18900115-9806;1;MÅN;Rapportör;2', // approver on a later row, by number
  'Märta;Müller;marta@akesson.example;189001299800;2;Månadslön;Attestansvarig;2', // approves herself
  'Örjan;Ek;orjan@akesson.example;;3;TIM;reporter;marta@akesson.example', // by e-mail
  'Bo;Ström;ASA@akesson.example;;4;Timlön;Rapportör;Märta Müller', // duplicate e-mail: rejected
  'Cilla;Berg;cilla@akesson.example;18900101-9803;5;MÅN;Rapportör;2', // bad check digit
  'Dan;Ask;;;6;monthly;Chef;2', // unknown role, and no way to log in
  '',
  'Eva;Lind;eva@akesson.example;;7;Veckolön;;Märta Müller', // unknown salary form; role defaults
  'Frida;Holm;frida@akesson.example;;8;MÅN;;Märta Müller', // by full name; role defaults
];

const run = (bytes: Buffer, dryRun: boolean, fileName = 'personal.csv') =>
  importParsed(core.context, { customerId, fileName, bytes, dryRun });

describe('importing a customer’s staff list', () => {
  it('reports every row exactly, by spreadsheet line, before anything is written', async () => {
    const before = await snapshot(core);
    const { report, mapping } = await run(excelCsv(STAFF), true);
    expect(await snapshot(core)).toEqual(before);
    expect(mapping).toMatchObject({
      firstName: 0,
      lastName: 1,
      email: 2,
      personnummer: 3,
      employeeNumber: 4,
      salaryForm: 5,
      role: 6,
      approver: 7,
    });
    expect(report).toMatchObject({
      format: 'csv',
      encoding: 'windows-1252',
      delimiter: ';',
      rows: 8,
      accepted: 4,
      rejected: 4,
      created: 4,
      updated: 0,
      unchanged: 0,
      fileIssues: [],
    });
    const errors = report.issues
      .filter((i) => i.severity === 'error')
      .map((i) => [i.row, i.field, i.code]);
    expect(errors).toEqual([
      [5, 'email', 'email.duplicate'],
      [6, 'personnummer', 'personnummer.checksum'],
      [7, 'role', 'role.unknown'],
      [7, 'email', 'login.none'],
      [9, 'salaryForm', 'salaryForm.unknown'],
    ]);
    expect(report.issues.find((i) => i.row === 4)).toMatchObject({
      code: 'personnummer.missing',
      severity: 'warning',
      message: expect.stringContaining('BankID'),
    });
  });

  it('commits the accepted rows, approvers resolved, and a re-import changes nothing', async () => {
    const first = await run(excelCsv(STAFF), false);
    expect(first.report).toMatchObject({ created: 4, rejected: 4 });
    const users = await value(core, 'users:list', { customerId });
    const byName = Object.fromEntries(users.map((u) => [u.firstName, u]));
    expect(byName['Åsa']).toMatchObject({
      approverName: 'Märta Müller',
      salaryForm: 'monthly',
      personnummerMasked: '18900115-****',
    });
    expect(byName['Örjan']).toMatchObject({
      approverName: 'Märta Müller',
      salaryForm: 'hourly',
      role: 'reporter',
    });
    expect(byName['Märta']).toMatchObject({ role: 'approver', approverName: 'Märta Müller' });
    expect(byName['Frida']).toMatchObject({ role: 'reporter', approverName: 'Märta Müller' });
    const again = await run(excelCsv(STAFF), false);
    expect(again.report).toMatchObject({ created: 0, updated: 0, unchanged: 4, rejected: 4 });
  });

  it('updates matched users from an updated file and never deletes those left out', async () => {
    await run(excelCsv(STAFF), false);
    const before = await value(core, 'users:list', { customerId });
    const asa = before.find((u) => u.employeeNumber === '1')!;
    const updated = [HEADER, 'Åsa;Öberg-Lind;asa@akesson.example;;1;MÅN;Rapportör;2'];
    const { report } = await run(excelCsv(updated), false);
    expect(report).toMatchObject({ created: 0, updated: 1, unchanged: 0 });
    const users = await value(core, 'users:list', { customerId });
    expect(users).toHaveLength(4);
    // The same user, changed in place: same id, still the approver they were.
    expect(users.find((u) => u.employeeNumber === '1')).toMatchObject({
      id: asa.id,
      approverId: asa.approverId,
      lastName: 'Öberg-Lind',
      personnummerMasked: '18900115-****',
    });
  });

  it('refuses the whole file when it needs more licences than bought, saying how many more', async () => {
    await value(core, 'licences:set', { customerId, count: 2 });
    const before = await snapshot(core);
    const { report } = await run(excelCsv(STAFF), false);
    expect(report.fileIssues).toEqual([
      expect.objectContaining({
        code: 'licences.exceeded',
        severity: 'error',
        details: { licences: 2, needed: 4, missing: 2 },
      }),
    ]);
    expect(await snapshot(core)).toEqual(before);
  });

  it('answers an unreadable file with a file-level code and writes nothing', async () => {
    const before = await snapshot(core);
    await expect(
      run(Buffer.from([0, 1, 2, 3, 255, 254]), false, 'lista.xlsx'),
    ).rejects.toMatchObject({ code: 'import.file' });
    expect(await snapshot(core)).toEqual(before);
  });
});

describe('cancelling a commit', () => {
  it('rolls everything back: a cancelled import leaves nothing behind', async () => {
    const lines = [
      HEADER,
      ...Array.from(
        { length: 700 },
        (_, i) => `Åsa${i};Öberg;a${i}@akesson.example;;${100 + i};MÅN;;`,
      ),
    ];
    await value(core, 'licences:set', { customerId, count: 800 });
    const before = await snapshot(core);
    const { tableJson, mapping } = await readForPreview(
      core.context,
      customerId,
      'stor.csv',
      excelCsv(lines),
    );
    const table = JSON.parse(tableJson) as ImportTable;
    const commit = commitTable(core.context, customerId, { table }, mapping, () =>
      cancelImport(customerId),
    );
    await expect(commit).rejects.toMatchObject({ code: 'import.cancelled' });
    expect(await snapshot(core)).toEqual(before);
  });
});

describe('every rule, row by row', () => {
  it('answers each remaining validation code on the row it belongs to', async () => {
    await run(
      excelCsv([HEADER, 'Ulla;Rapp;ulla@akesson.example;189002269802;90;MÅN;Rapportör;']),
      false,
    );
    const lines = [
      HEADER,
      ';Utan;utan@akesson.example;;10;MÅN;;', // 2 name.missing
      'Fel;Post;fel.post@;;11;MÅN;;', // 3 email.invalid
      'Tidig;Datum;tidig@akesson.example;19900230-1234;12;MÅN;;', // 4 personnummer.date
      'Kort;Nummer;kort@akesson.example;12-34;13;MÅN;;', // 5 personnummer.format
      'Första;Anna;forsta@akesson.example;189003129807;14;MÅN;;', // 6 accepted
      'Andra;Anna;andra@akesson.example;18900312-9807;15;MÅN;;', // 7 personnummer.duplicate (in file)
      'Tredje;Anna;tredje@akesson.example;;14;MÅN;;', // 8 a second row for user 14: employeeNumber.duplicate
      'Kopia;Ulla;kopia@akesson.example;189002269802;16;MÅN;;', // 9 personnummer.duplicate (stored user)
      'Okänd;Chef;okand@akesson.example;;17;MÅN;;99', // 10 approver.unknown
      'Fel;Chef;felchef@akesson.example;;18;MÅN;;90', // 11 approver.notApprover (Ulla reports)
    ];
    const { report } = await run(excelCsv(lines), true);
    const errors = report.issues.filter((i) => i.severity === 'error').map((i) => [i.row, i.code]);
    expect(errors).toEqual([
      [2, 'name.missing'],
      [3, 'email.invalid'],
      [4, 'personnummer.date'],
      [5, 'personnummer.format'],
      [7, 'personnummer.duplicate'],
      [8, 'employeeNumber.duplicate'],
      [9, 'personnummer.duplicate'],
      [10, 'approver.unknown'],
      [11, 'approver.notApprover'],
    ]);
    expect(report).toMatchObject({ rows: 10, accepted: 1, rejected: 9 });
  });
});

describe('other formats', () => {
  it('imports PAXml 2.x from Fortnox: persons by position, TIM/MÅN, leading zeros kept', async () => {
    const xml = `<?xml version="1.0" encoding="ISO-8859-1"?>
<paxml><personal>
  <person><anstid>0012</anstid><persnr>189001159806</persnr><fornamn>Åsa</fornamn><efternamn>Öberg</efternamn><epostarb>asa@akesson.example</epostarb><lonform>MÅN</lonform></person>
  <person><anstid>0013</anstid><persnr>18900101-9803</persnr><fornamn>Bo</fornamn><efternamn>Ek</efternamn><eposthem>bo@hem.example</eposthem><lonform>TIM</lonform></person>
  <person><anstid>0014</anstid><fornamn>Cilla</fornamn><efternamn>Berg</efternamn><eposthem>cilla@hem.example</eposthem><lonform>TIM</lonform></person>
</personal></paxml>`;
    const { report } = await run(iconv.encode(xml, 'win1252'), false, 'fortnox.xml');
    expect(report).toMatchObject({
      format: 'paxml',
      rows: 3,
      accepted: 2,
      rejected: 1,
      created: 2,
    });
    expect(report.issues.filter((i) => i.severity === 'error')).toEqual([
      expect.objectContaining({ row: 2, code: 'personnummer.checksum' }),
    ]);
    const users = await value(core, 'users:list', { customerId });
    expect(users.map((u) => [u.firstName, u.employeeNumber, u.email, u.salaryForm])).toEqual([
      ['Cilla', '0014', 'cilla@hem.example', 'hourly'],
      ['Åsa', '0012', 'asa@akesson.example', 'monthly'],
    ]);
  });

  it('reads tab-separated text from Visma and a full name column, split', async () => {
    const txt = [
      'Namn\tE-post\tAnstNr\tRoll',
      'Anna Maria Ek\tanna@x.example\t7\tAdministratör',
    ].join('\r\n');
    const { report } = await run(Buffer.from(txt, 'utf8'), false, 'visma.txt');
    expect(report).toMatchObject({ format: 'txt', delimiter: '\t', accepted: 1 });
    const [user] = await value(core, 'users:list', { customerId });
    expect(user).toMatchObject({
      firstName: 'Anna Maria',
      lastName: 'Ek',
      role: 'admin',
      employeeNumber: '7',
    });
  });
});

describe('exporting users', () => {
  it('writes CSV that Swedish Excel opens (BOM, semicolons), neutralises formulas, and re-imports unchanged', async () => {
    await run(
      excelCsv([
        ...STAFF.slice(0, 4),
        'Ivar;=HYPERLINK("x");ivar@akesson.example;;8;MÅN;Rapportör;2',
      ]),
      false,
    );
    const csv = await exportUsers(core.context, customerId, 'csv');
    expect([...csv.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = csv.bytes.toString('utf8');
    expect(text.split('\r\n')[0]).toBe(
      '\uFEFFFörnamn;Efternamn;E-post;Personnummer;Mobil;Anställningsnr;Löneform;Behörighet;Attestansvarig;Rapporteringsprofil',
    );
    expect(text).toContain(`"'=HYPERLINK(""x"")"`);
    expect(text).toContain('18900115-9806');
    const back = await run(csv.bytes, true, 'export.csv');
    expect(back.report).toMatchObject({
      rows: 4,
      created: 0,
      updated: 0,
      unchanged: 4,
      rejected: 0,
    });
  });

  it('is named after the customer and the day, and names each approver as staff know them', async () => {
    await run(
      excelCsv([
        ...STAFF.slice(0, 4),
        // A second Märta Müller: her name no longer says who, so the file gives numbers.
        'Märta;Müller;marta2@akesson.example;;9;MÅN;Attestansvarig;9',
        'Gun;Ek;gun@akesson.example;;10;MÅN;Rapportör;9',
        'Hans;Berg;hans@akesson.example;;11;MÅN;Administratör;11',
        'Ida;Berg;ida@akesson.example;;12;MÅN;Rapportör;11',
      ]),
      false,
    );
    const csv = await exportUsers(core.context, customerId, 'csv');
    expect(csv.fileName).toBe('Användare Åkesson Bygg & Måleri AB 2026-11-28.csv');
    expect(exportFileName('Ek/Ask: "Bygg"\tAB?', '2026-11-28', 'xlsx')).toBe(
      'Användare Ek Ask Bygg AB 2026-11-28.xlsx',
    );
    const approverOf = new Map(
      csv.bytes
        .toString('utf8')
        .split('\r\n')
        .slice(1)
        .filter(Boolean)
        .map((line) => line.split(';'))
        .map((cells) => [cells[2], cells[8]]),
    );
    expect(approverOf.get('ida@akesson.example')).toBe('Hans Berg');
    expect(approverOf.get('hans@akesson.example')).toBe('Hans Berg');
    expect(approverOf.get('asa@akesson.example')).toBe('2');
    expect(approverOf.get('gun@akesson.example')).toBe('9');
    const back = await run(csv.bytes, true, csv.fileName);
    expect(back.report).toMatchObject({ rows: 7, unchanged: 7, rejected: 0 });
  });

  it('writes XLSX that re-imports unchanged', async () => {
    await run(excelCsv(STAFF), false);
    const xlsx = await exportUsers(core.context, customerId, 'xlsx');
    const back = await run(xlsx.bytes, true, 'export.xlsx');
    expect(back.report).toMatchObject({ format: 'xlsx', rows: 4, unchanged: 4, rejected: 0 });
  });
});
