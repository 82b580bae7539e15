import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { OpenedCore } from '../../electron/core/open';
import { patchMessaging } from '../../electron/core/mail/messaging-store';
import type { UserFields } from '../../shared/schemas/users';
import { poppler } from '../support/poppler';
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

let dir: { dir: string; cleanup: () => void };
let core: OpenedCore;
let customerId: string;
let events: string[];

function person(overrides: Partial<UserFields>): UserFields {
  return {
    firstName: 'Åsa',
    lastName: 'Öberg',
    email: '',
    personnummer: '',
    mobile: '',
    employeeNumber: '',
    salaryForm: 'monthly',
    role: 'reporter',
    approverId: null,
    profileId: null,
    ...overrides,
  };
}

const addUser = async (fields: UserFields) =>
  (await value(core, 'users:save', { customerId, fields })).user;

async function threeUsers() {
  const goran = await addUser(
    person({ firstName: 'Göran', lastName: 'Ström', personnummer: '189001159806' }),
  );
  const asa = await addUser(person({ personnummer: '189001299800', employeeNumber: '2' }));
  const bo = await addUser(
    person({ firstName: 'Bo', lastName: 'Ek', email: 'bo@akesson.example', employeeNumber: '3' }),
  );
  return { goran, asa, bo };
}

/** The letters as a file, its text as pdftotext reads it and its number of pages. */
async function letters(userIds?: string[]) {
  const file = await value(core, 'invitations:letters', { customerId, userIds });
  const path = join(dir.dir, file.fileName);
  writeFileSync(path, Buffer.from(file.base64, 'base64'));
  const text = poppler('pdftotext', [path, '-']).replace(/\u00a0/g, ' ');
  const pages = Number(/Pages:\s+(\d+)/.exec(poppler('pdfinfo', [path]))?.[1]);
  const size = /Page size:\s+([\d.]+) x ([\d.]+)/.exec(poppler('pdfinfo', [path]));
  return { path, fileName: file.fileName, text, pages, size: [size?.[1], size?.[2]] };
}

beforeEach(async () => {
  dir = tempDir();
  core = await openTestCore(`${dir.dir}/kundstart.db`);
  await value(core, 'bureau:save', BUREAU);
  customerId = (
    await value(core, 'customers:create', collaboration({ licences: 5, contact: null }))
  ).id;
  events = [];
  core.subscribe((event) => events.push(event));
});
afterEach(async () => {
  await core.close();
  dir.cleanup();
});

describe('the BankID letters of a customer', () => {
  it('are one A4 page per user without e-mail, in Swedish with å ä ö, naming user, customer and bureau', async () => {
    const { goran, asa, bo } = await threeUsers();
    const pdf = await letters();
    expect(pdf.fileName).toBe('BankID-brev-559244-0001.pdf');
    expect(pdf.pages).toBe(2);
    expect(pdf.size).toEqual(['595.28', '841.89']);
    const [first, second] = pdf.text.split('\f');
    expect(first).toContain('Göran Ström');
    expect(second).toContain('Åsa Öberg');
    for (const page of [first, second]) {
      expect(page).toContain('Så loggar du in i Blikk med BankID');
      expect(page).toContain('Åkesson Bygg & Måleri AB');
      expect(page).toContain(BUREAU.name);
      expect(page).toContain('Ange din e-postadress när du blir ombedd');
      expect(page).toContain('Anna Ek');
    }
    expect(pdf.text).not.toContain('Bo Ek');
    const users = await value(core, 'users:list', { customerId });
    const letterAt = (id: string) => users.find((u) => u.id === id)!.invitation;
    expect(letterAt(goran.id)).toMatchObject({
      letterAt: '2026-11-28T10:00:00.000Z',
      invited: true,
    });
    expect(letterAt(asa.id).letterAt).toBe('2026-11-28T10:00:00.000Z');
    expect(letterAt(bo.id)).toMatchObject({ letterAt: null, invited: false });
    const audit = await value(core, 'audit:list', { customerId });
    expect(
      audit
        .filter((a) => a.entity === 'user.letter')
        .map((a) => a.subject)
        .sort(),
    ).toEqual(['Göran Ström', 'Åsa Öberg']);
    expect(events).toEqual(expect.arrayContaining(['users:changed', 'customers:changed']));
  });

  it('renders to a page a person can read (PNG for the eye)', async () => {
    await threeUsers();
    const pdf = await letters();
    poppler('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', pdf.path, join(dir.dir, 'p')]);
    const png = ['p-1.png', 'p-01.png'].map((f) => join(dir.dir, f)).find(existsSync);
    expect(png, 'pdftoppm wrote no PNG').toBeDefined();
  });

  it('are written in English for a customer whose language is English', async () => {
    await threeUsers();
    await core.context.ds.transaction((m) =>
      patchMessaging(m, customerId, '2026-11-28T10:00:00.000Z', { language: 'en' }),
    );
    const pdf = await letters();
    expect(pdf.text).toContain('How to log in to Blikk with BankID');
    expect(pdf.text).toContain('Enter your e-mail address when asked');
  });

  it('are made for the users named, e-mail or not', async () => {
    const { bo } = await threeUsers();
    const pdf = await letters([bo.id]);
    expect(pdf.pages).toBe(1);
    expect(pdf.text).toContain('Bo Ek');
    // He has an e-mail address: the letter does not ask him for one.
    expect(pdf.text).toContain('Välj inloggning med BankID');
    expect(pdf.text).not.toContain('Ange din e-postadress');
    expect(pdf.text).not.toContain('inte har någon e-postadress');
  });

  it('are refused when no user lacks an e-mail, and when a named user is not the customer’s', async () => {
    await addUser(person({ email: 'asa@akesson.example', employeeNumber: '9' }));
    const before = await snapshot(core);
    events = [];
    const none = await invoke(core, 'invitations:letters', { customerId });
    expect(none.ok ? 'ok' : none.error.code).toBe('letters.none');
    const stranger = await invoke(core, 'invitations:letters', {
      customerId,
      userIds: [crypto.randomUUID()],
    });
    expect(stranger.ok ? 'ok' : stranger.error.code).toBe('user.notFound');
    expect(await snapshot(core)).toEqual(before);
    expect(events).toEqual([]);
  });
});

describe('kundstart letters', { timeout: 90_000 }, () => {
  it('writes the PDF and says how many letters, in words or as JSON', async () => {
    await threeUsers();
    await core.close();
    const db = `${dir.dir}/kundstart.db`;
    const out = join(dir.dir, 'brev.pdf');
    const done = kundstartOn(db, 'letters', '--customer', '5592440001', '--out', out);
    expect(done.stderr + done.stdout).toContain('2 BankID-brev');
    expect(done.code).toBe(0);
    expect(poppler('pdfinfo', [out])).toMatch(/Pages:\s+2/);
    const json = kundstartOn(db, 'letters', '--customer', '559244-0001', '--out', out, '--json');
    expect(json.json()).toMatchObject({ file: out, letters: 2 });
    core = await openTestCore(db);
  });

  it('refuses a customer without users lacking e-mail with a Swedish sentence and exit 1', async () => {
    await core.close();
    const db = `${dir.dir}/kundstart.db`;
    const r = kundstartOn(
      db,
      'letters',
      '--customer',
      '559244-0001',
      '--out',
      join(dir.dir, 'x.pdf'),
    );
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('Ingen av kundens användare');
    expect(existsSync(join(dir.dir, 'x.pdf'))).toBe(false);
    core = await openTestCore(db);
  });
});
