// Personnummer are held encrypted (issue 15): a scan of the database file, its write-ahead log
// and every file export not meant to hold them finds none of the numbers that were entered, in
// any written form. (The users export holds them by design and is audited; the backups and the
// audit log export have scans of their own.)
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OpenedCore } from '../../electron/core/open';
import { poppler } from '../support/poppler';
import { customerWithUsers } from './outbox-setup';
import { collaboration, openTestCore, tempDir, value } from './support';

const CONTACT = '189001019802';
const IN_A_DRAFT = '189002129808';
/** A user without e-mail, who logs in with BankID: the letters are for such users. */
const NO_EMAIL = '189003129807';
/** The numbers customerWithUsers gives its users, in order. */
const USERS = ['189001159806', '189001299800', '189002129808'];

/** Every way a number may be written: 12 and 10 digits, with and without the dash. */
function writtenForms(digits12: string): string[] {
  const ten = digits12.slice(2);
  return [
    digits12,
    ten,
    `${digits12.slice(0, 8)}-${digits12.slice(8)}`,
    `${ten.slice(0, 6)}-${ten.slice(6)}`,
  ];
}

function numbersIn(text: string): string[] {
  return [CONTACT, IN_A_DRAFT, NO_EMAIL, ...USERS]
    .flatMap(writtenForms)
    .filter((form) => text.includes(form));
}

const dir = tempDir();
const dbFile = join(dir.dir, 'kundstart.db');
let core: OpenedCore;
let customerId: string;

beforeAll(async () => {
  core = await openTestCore(dbFile, () => new Date());
  ({ customerId } = await customerWithUsers(core, USERS.length));
  await value(core, 'users:save', {
    customerId,
    fields: {
      firstName: 'Bo',
      lastName: 'Utan E-post',
      email: '',
      personnummer: NO_EMAIL,
      mobile: '',
      employeeNumber: '99',
      salaryForm: 'hourly',
      role: 'reporter',
      approverId: null,
      profileId: null,
    },
  });
  const withContact = await value(
    core,
    'customers:create',
    collaboration({
      customer: { ...collaboration().customer, orgnr: '5599000014', name: 'Kontakt AB' },
    }),
  );
  expect(withContact.id).toBeTruthy();
  await value(core, 'drafts:save', {
    key: 'new-customer',
    payload: { contact: { name: 'Halvskriven', personnummer: IN_A_DRAFT } },
  });
}, 60_000);
afterAll(async () => {
  await core.close();
  dir.cleanup();
});

/** A file's text as a person would read it: the PDF's words, the workbook's cells. */
async function textOf(fileName: string, base64: string): Promise<string> {
  const bytes = Buffer.from(base64, 'base64');
  if (fileName.endsWith('.pdf')) {
    const file = join(dir.dir, fileName);
    writeFileSync(file, bytes);
    return poppler('pdftotext', [file, '-']);
  }
  if (fileName.endsWith('.xlsx')) {
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(bytes as unknown as ArrayBuffer);
    const cells: string[] = [];
    book.eachSheet((sheet) =>
      sheet.eachRow((row) => row.eachCell((cell) => cells.push(String(cell.text)))),
    );
    return cells.join('\n');
  }
  return bytes.toString('utf8');
}

describe('personnummer at rest', () => {
  it('are in neither the database file nor its write-ahead log, while the app has it open', () => {
    const file = readFileSync(dbFile).toString('latin1');
    const wal = readFileSync(`${dbFile}-wal`).toString('latin1');
    expect(file.length + wal.length).toBeGreaterThan(0);
    expect(numbersIn(file)).toEqual([]);
    expect(numbersIn(wal)).toEqual([]);
  });

  it('are in no export that is not meant to hold them', async () => {
    const month = new Date().toISOString().slice(0, 7);
    const files = [
      ...(await Promise.all(
        (['xlsx', 'pdf', 'csv', 'json', 'basis'] as const).map((format) =>
          value(core, 'invoices:export', { month, format }),
        ),
      )),
      await value(core, 'setupSheet:export', { customerId }),
      await value(core, 'invitations:letters', { customerId }),
    ];
    for (const file of files) {
      const text = await textOf(file.fileName, file.base64);
      expect(text.length, file.fileName).toBeGreaterThan(0);
      expect(numbersIn(text), file.fileName).toEqual([]);
    }
  });

  it('are found by this scan where they are meant to be: the users export', async () => {
    const exported = await value(core, 'users:export', { customerId, format: 'csv' });
    expect(numbersIn(await textOf(exported.fileName, exported.base64))).not.toEqual([]);
  });
});
