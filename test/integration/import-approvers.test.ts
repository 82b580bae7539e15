import iconv from 'iconv-lite';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { importParsed } from './import-report';
import type { OpenedCore } from '../../electron/core/open';
import { BUREAU, collaboration, openTestCore, tempDir, value } from './support';

let dir: { dir: string; cleanup: () => void };
let core: OpenedCore;
let customerId: string;

beforeEach(async () => {
  dir = tempDir();
  core = await openTestCore(`${dir.dir}/kundstart.db`);
  await value(core, 'bureau:save', BUREAU);
  customerId = (
    await value(core, 'customers:create', collaboration({ licences: 20, contact: null }))
  ).id;
});
afterEach(async () => {
  await core.close();
  dir.cleanup();
});

const HEADER = 'Förnamn;Efternamn;E-post;Anställningsnr;Löneform;Behörighet;Attestansvarig';
const excelCsv = (lines: string[]) =>
  iconv.encode([HEADER, ...lines].join('\r\n') + '\r\n', 'win1252');
const run = (lines: string[], dryRun: boolean) =>
  importParsed(core.context, {
    customerId,
    fileName: 'personal.csv',
    bytes: excelCsv(lines),
    dryRun,
  });
const errorsOf = (report: { issues: { row: number; code: string; severity: string }[] }) =>
  report.issues.filter((i) => i.severity === 'error').map((i) => [i.row, i.code]);
const approverNames = async () =>
  Object.fromEntries(
    (await value(core, 'users:list', { customerId })).map((u) => [u.firstName, u.approverName]),
  );

describe('approvers named in an import file', () => {
  it('finds them by e-mail or full name, on any row, also after rows that name them by number', async () => {
    const { report } = await run(
      [
        'Åsa;Öberg;asa@akesson.example;1;MÅN;Attestansvarig;1', // 2 by number, herself
        'Bo;Ek;bo@akesson.example;2;MÅN;Rapportör;1', // 3 by number
        'Cilla;Berg;cilla@akesson.example;3;TIM;Rapportör;MARTA@Akesson.example', // 4 by e-mail, a later row
        'Dan;Ask;dan@akesson.example;4;TIM;Rapportör;märta   müller', // 5 by full name, a later row
        'Märta;Müller;marta@akesson.example;5;MÅN;Attestansvarig;Åsa Öberg', // 6 by full name
        'Eva;Lind;eva@akesson.example;6;MÅN;Rapportör;asa@akesson.example', // 7 by e-mail
      ],
      false,
    );
    expect(errorsOf(report)).toEqual([]);
    expect(report).toMatchObject({ created: 6, rejected: 0 });
    expect(await approverNames()).toEqual({
      Åsa: 'Åsa Öberg',
      Bo: 'Åsa Öberg',
      Cilla: 'Märta Müller',
      Dan: 'Märta Müller',
      Märta: 'Åsa Öberg',
      Eva: 'Åsa Öberg',
    });
  });

  it('judges a stored approver by the role the file gives them, whatever name the row uses', async () => {
    await run(['Åsa;Öberg;asa@akesson.example;1;MÅN;Attestansvarig;1'], false);
    // Åsa becomes a reporter with a new e-mail; Bo names her by the e-mail she is stored with.
    const demoted = await run(
      [
        'Åsa;Öberg;asa.oberg@akesson.example;1;MÅN;Rapportör;2',
        'Bo;Ek;bo@akesson.example;2;MÅN;Attestansvarig;2',
        'Cilla;Berg;cilla@akesson.example;3;TIM;Rapportör;asa@akesson.example',
      ],
      true,
    );
    expect(errorsOf(demoted.report)).toEqual([[4, 'approver.notApprover']]);
  });

  it('rejects, pass by pass, the rows whose approver was rejected, and writes none of them', async () => {
    const { report } = await run(
      [
        ';Utan;utan@akesson.example;1;MÅN;Attestansvarig;', // 2 name.missing
        'Bo;Ek;bo@akesson.example;2;MÅN;Attestansvarig;1', // 3 approver rejected
        'Cilla;Berg;cilla@akesson.example;3;TIM;Attestansvarig;bo@akesson.example', // 4 Bo rejected
        'Dan;Ask;dan@akesson.example;4;TIM;Rapportör;Cilla Berg', // 5 Cilla rejected, named by name
        'Eva;Lind;eva@akesson.example;5;MÅN;Attestansvarig;5', // 6 herself: kept
      ],
      false,
    );
    expect(errorsOf(report)).toEqual([
      [2, 'name.missing'],
      [3, 'approver.unknown'],
      [4, 'approver.unknown'],
      [5, 'approver.unknown'],
    ]);
    expect(report).toMatchObject({ rows: 5, accepted: 1, rejected: 4, created: 1 });
    expect(await approverNames()).toEqual({ Eva: 'Eva Lind' });
  });
});
