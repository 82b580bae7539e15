import { spawn } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { keyFileFor } from '../../electron/core/crypto/key-file';
import { bureauWithPeople, personnummerInClear } from './backup-setup';
import {
  CLI_BIN,
  collaboration,
  kundstartAsyncWith,
  openTestCore,
  snapshot,
  tempDir,
  value,
} from './support';

/** Every call starts the real CLI through tsx, and scrypt costs a second per passphrase. */
const SLOW = { timeout: 180_000 };
const PASSPHRASE = { KUNDSTART_BACKUP_PASSPHRASE: 'grön tekanna i förrådet' };

let home: { dir: string; cleanup: () => void };
let away: { dir: string; cleanup: () => void };
let db: string;
beforeEach(() => {
  home = tempDir();
  away = tempDir();
  db = `${home.dir}/kundstart.db`;
});
afterEach(() => {
  home.cleanup();
  away.cleanup();
});

async function populated() {
  const core = await openTestCore(db);
  await bureauWithPeople(core);
  const before = await snapshot(core);
  const contact = (await value(core, 'customers:list', {}))[0]!;
  await core.close();
  return { before, contact };
}

describe('kundstart backup and restore', SLOW, () => {
  it('restores on another computer with the passphrase alone; no key lies beside the backup', async () => {
    const { before } = await populated();
    const backup = `${home.dir}/out/byran.kundstart`;
    const made = await kundstartAsyncWith(PASSPHRASE, db, 'backup', backup, '--json');
    expect(made.code, made.stderr).toBe(0);
    expect(readdirSync(`${home.dir}/out`)).toEqual(['byran.kundstart']);
    expect(personnummerInClear([backup])).toEqual([]);

    const elsewhere = `${away.dir}/kundstart.db`;
    const restored = await kundstartAsyncWith(PASSPHRASE, elsewhere, 'restore', backup, '--json');
    expect(restored.code, restored.stderr).toBe(0);
    const core = await openTestCore(elsewhere);
    const after = await snapshot(core);
    const customers = await value(core, 'customers:list', {});
    const shown = await value(core, 'customers:revealContactPersonnummer', {
      id: customers.find((c) => c.orgnr === '559244-0001')!.id,
    });
    await core.close();
    expect(shown.personnummer).toBe('18900101-9802');
    const { audit_log: auditAfter, ...restOfAfter } = after;
    const { audit_log: auditBefore, ...restOfBefore } = before;
    expect(restOfAfter).toEqual(restOfBefore);
    expect(auditAfter).toEqual([...auditBefore!, expect.objectContaining({ action: 'restore' })]);
    expect(existsSync(keyFileFor(elsewhere))).toBe(true);
  });

  it('refuses a wrong passphrase (exit 1, backup.passphrase) and changes nothing', async () => {
    const { before } = await populated();
    const backup = `${home.dir}/byran.kundstart`;
    expect((await kundstartAsyncWith(PASSPHRASE, db, 'backup', backup)).code).toBe(0);
    const core = await openTestCore(db);
    await value(core, 'customers:create', {
      ...collaboration({ contact: null }),
      customer: { ...collaboration().customer, name: 'Senare AB', orgnr: '5561034249' },
    });
    const changed = await snapshot(core);
    await core.close();
    const wrong = { KUNDSTART_BACKUP_PASSPHRASE: 'fel tekanna' };
    const refused = await kundstartAsyncWith(wrong, db, 'restore', backup, '--json');
    expect(refused.code).toBe(1);
    expect(refused.json()).toMatchObject({ ok: false, error: { code: 'backup.passphrase' } });
    const again = await openTestCore(db);
    expect(await snapshot(again)).toEqual(changed);
    expect(changed).not.toEqual(before);
    await again.close();
  });

  it('without the variable and without a terminal says how to give the passphrase (exit 2)', async () => {
    await populated();
    const noPassphrase = { KUNDSTART_BACKUP_PASSPHRASE: '' };
    const made = await kundstartAsyncWith(noPassphrase, db, 'backup', `${home.dir}/x.kundstart`);
    expect(made.code).toBe(2);
    expect(made.stderr).toContain('KUNDSTART_BACKUP_PASSPHRASE');
    expect(existsSync(`${home.dir}/x.kundstart`)).toBe(false);
    const restored = await kundstartAsyncWith(
      noPassphrase,
      db,
      'restore',
      `${home.dir}/x.kundstart`,
    );
    expect(restored.code).toBe(2);
  });

  it.skipIf(!existsSync('/usr/bin/script'))(
    'asks for the passphrase on a terminal, hidden and twice for a new backup',
    async () => {
      await populated();
      const backup = `${home.dir}/terminal.kundstart`;
      const differing = await onTerminal(
        ['backup', backup],
        ['en lång lösenfras', 'en annan fras'],
      );
      expect(differing.code).toBe(2);
      expect(differing.output).toContain('lösenfraserna är inte lika');
      expect(existsSync(backup)).toBe(false);

      const typed = 'en lång lösenfras';
      const made = await onTerminal(['backup', backup], [typed, typed]);
      expect(made.code, made.output).toBe(0);
      expect(made.output).toContain('Samma lösenfras igen');
      expect(made.output).not.toContain(typed);
      const restored = await kundstartAsyncWith(
        { KUNDSTART_BACKUP_PASSPHRASE: typed },
        `${away.dir}/kundstart.db`,
        'restore',
        backup,
      );
      expect(restored.code, restored.stderr).toBe(0);
    },
    60_000,
  );
});

/** The CLI on a pseudo-terminal (util-linux `script`), typing each answer after its prompt. */
function onTerminal(args: string[], answers: string[]) {
  const command = [process.execPath, CLI_BIN, '--db', db, ...args].map(shellQuote).join(' ');
  const env = { ...process.env };
  delete env.KUNDSTART_BACKUP_PASSPHRASE;
  const child = spawn('/usr/bin/script', ['-qec', command, '/dev/null'], { env });
  let output = '';
  let asked = 0;
  child.stdout.on('data', (chunk: Buffer) => {
    output += chunk.toString('utf8');
    const prompts = output.split('ösenfras').length - 1;
    while (asked < prompts && asked < answers.length) child.stdin.write(`${answers[asked++]}\r`);
  });
  return new Promise<{ code: number | null; output: string }>((resolve) =>
    child.on('close', (code) => resolve({ code, output })),
  );
}

function shellQuote(word: string): string {
  return `'${word.replace(/'/g, `'\\''`)}'`;
}
