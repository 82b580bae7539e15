import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PersonRecord } from '../../shared/schemas/privacy';
import { ORJAN, personHeldEverywhere } from './privacy-setup';
import { kundstartAsync, openTestCore, tempDir } from './support';

let dir: { dir: string; cleanup: () => void };
let db: string;

beforeAll(async () => {
  dir = tempDir();
  db = `${dir.dir}/kundstart.db`;
  const core = await openTestCore(db);
  await personHeldEverywhere(core);
  await core.close();
});
afterAll(() => dir.cleanup());

/** `kundstart person ...args` on the test database. */
const person = (...args: string[]) => kundstartAsync(db, 'person', ...args);
/** Örjan's keys as the flags take them. */
const BY_PNR = ['--personnummer', ORJAN.personnummer];
const BY_EMAIL = ['--email', ORJAN.emailA];

describe('kundstart person', () => {
  it('find --json lists the customers he is held at, with no personnummer', async () => {
    const r = await person('find', '--personnummer', '18900101-9802', '--json');
    expect(r.code).toBe(0);
    expect(r.json()).toMatchObject({ name: ORJAN.name, counts: { users: 2, contacts: 1 } });
    expect(r.stdout).not.toContain('9802');
  });

  it('export writes the register extract as JSON and as PDF, by the --out extension', async () => {
    const json = await person('export', ...BY_EMAIL, '--out', `${dir.dir}/u.json`);
    expect(json.code).toBe(0);
    expect(json.stdout).toContain('Registerutdraget är skrivet');
    const record = JSON.parse(readFileSync(`${dir.dir}/u.json`, 'utf8')) as PersonRecord;
    expect(record.contacts[0]?.personnummer).toBe('18900101-9802');
    const pdf = await person('export', ...BY_PNR, '--out', `${dir.dir}/u.pdf`);
    expect(pdf.code).toBe(0);
    expect(readFileSync(`${dir.dir}/u.pdf`).subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('refuses usage errors with exit 2: both keys, an unknown extension, erase without --yes', async () => {
    const both = await person('find', ...BY_PNR, ...BY_EMAIL);
    expect([both.code, both.stderr]).toEqual([
      2,
      expect.stringContaining('antingen --personnummer eller --email'),
    ]);
    const ext = await person('export', ...BY_EMAIL, '--out', `${dir.dir}/u.txt`);
    expect(ext.code).toBe(2);
    const unasked = await person('erase', ...BY_PNR);
    expect([unasked.code, unasked.stderr]).toEqual([2, expect.stringContaining('--yes')]);
    const still = await person('find', ...BY_PNR, '--json');
    expect(still.code).toBe(0);
  });

  it('erase --yes erases him; afterwards he is not found (exit 1, person.notFound)', async () => {
    const r = await person('erase', ...BY_PNR, '--yes', '--json');
    expect(r.code).toBe(0);
    expect(r.json()).toMatchObject({ counts: { users: 2, contacts: 1 } });
    const again = await person('find', ...BY_PNR, '--json');
    expect(again.code).toBe(1);
    expect(again.json()).toMatchObject({ ok: false, error: { code: 'person.notFound' } });
  });
});
