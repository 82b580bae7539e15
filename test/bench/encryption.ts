// What encrypting personnummer costs (issue 15): the same imports and lists with the product's
// cipher (AES-256-GCM and a keyed hash) and with a stand-in that stores the number as it is.
// Skatteverket's test numbers are fewer than 10,000, and one customer cannot hold a number twice,
// so the 10,000 rows are six customers' imports of 1,667 rows, every row with a personnummer.
import { luhnCheckDigit } from '../../shared/domain/luhn';
import type { FieldCipher } from '../../electron/core/crypto/cipher';
import { importParsed } from '../integration/import-report';
import type { OpenedCore } from '../../electron/core/open';
import { separated, testPersonnummer } from '../support/blikk-fixtures';
import { collaboration, openTestCore } from '../integration/support';
import { median, time } from './stats';

type Figure = [string, string];

const IMPORT_ROWS = 10_000;
const CUSTOMERS = 6;
const LIST_USERS = 5000;
const NUMBERS = 1676;

/** Stores personnummer in clear: only here, to see what encryption costs. */
const PLAIN: FieldCipher = {
  encrypt: (plain) => plain,
  decrypt: (token) => token,
  fingerprint: (plain) => plain,
};

function staffList(rows: number, tag: string): Buffer {
  const lines = ['Förnamn;Efternamn;E-post;Anställningsnr;Personnummer'];
  for (let i = 0; i < rows; i++) {
    const pnr = i < NUMBERS ? separated(testPersonnummer(i)) : '';
    lines.push(`Åsa${i};Öberg;asa${i}.${tag}@krypto.example;${i + 1};${pnr}`);
  }
  return Buffer.from(`${lines.join('\n')}\n`, 'utf8');
}

let orgnrSerial = 0;
/** Valid organisation numbers outside the demo's series: 5599001, a serial and the Luhn digit. */
function nextOrgnr(): string {
  const body = `5599001${String(orgnrSerial++).padStart(2, '0')}`;
  return `${body}${luhnCheckDigit(body)}`;
}

async function importInto(core: OpenedCore, rows: number, tag: string): Promise<string> {
  const created = await core.dispatch(
    'customers:create',
    collaboration({
      licences: rows + 10,
      contact: null,
      customer: { name: `Krypto ${tag} AB`, orgnr: nextOrgnr() },
    }),
    { transport: 'test' },
  );
  if (!created.ok) throw new Error(created.error.code);
  const customerId = (created.value as { id: string }).id;
  const result = await importParsed(core.context, {
    customerId,
    fileName: 'staff.csv',
    bytes: staffList(rows, tag),
    dryRun: false,
  });
  if (result.report.created !== rows) throw new Error(`created ${result.report.created}`);
  return customerId;
}

async function measure(core: OpenedCore, label: string) {
  const perCustomer = Math.ceil(IMPORT_ROWS / CUSTOMERS);
  const imported = await time(async () => {
    for (let c = 0; c < CUSTOMERS; c++) await importInto(core, perCustomer, `${label}${c}`);
  });
  const listed = await importInto(core, LIST_USERS, `${label}list`);
  const lists: number[] = [];
  for (let k = 0; k < 5; k++) {
    lists.push(
      (await time(() => core.dispatch('users:list', { customerId: listed }, { transport: 'test' })))
        .ms,
    );
  }
  return { importMs: imported.ms, listMs: median(lists) };
}

export async function benchEncryption(dir: string): Promise<Figure[]> {
  const core = await openTestCore(`${dir}/encryption.db`, () => new Date());
  try {
    const encrypted = await measure(core, 'enc');
    const cipher = core.context.cipher;
    core.context.cipher = PLAIN;
    const plain = await measure(core, 'plain');
    core.context.cipher = cipher;
    const both = (a: number, b: number) =>
      `${a.toFixed(0)} ms / ${b.toFixed(0)} ms (+${(((a - b) / b) * 100).toFixed(0)} %)`;
    return [
      [
        `users import ${IMPORT_ROWS} rows with personnummer (${CUSTOMERS} customers): encrypted / in clear`,
        both(encrypted.importMs, plain.importMs),
      ],
      [
        `users:list of ${LIST_USERS} users (${NUMBERS} with personnummer), median of 5: encrypted / in clear`,
        both(encrypted.listMs, plain.listMs),
      ],
    ];
  } finally {
    await core.close();
  }
}
