import { randomBytes } from 'node:crypto';
import { existsSync, writeFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { resealMarkerFor, sealedKeyFileFor } from '../../electron/core/crypto/key-file';
import { openCore, type OpenedCore } from '../../electron/core/open';
import { bureauWithPeople } from './backup-setup';
import { collaboration, invoke, snapshot, tempDir, value } from './support';

/* The Säkerhetskopior section's channels, on a core opened as the app opens it. */

let dir: { dir: string; cleanup: () => void };
let core: OpenedCore;
beforeEach(async () => {
  dir = tempDir();
  core = await openCore({ dbFile: `${dir.dir}/kundstart.db`, mode: 'browser', version: '0.0.0' });
  await bureauWithPeople(core);
});
afterEach(async () => {
  await core.close();
  dir.cleanup();
});

const later = () =>
  value(core, 'customers:create', {
    ...collaboration({ contact: null }),
    customer: { ...collaboration().customer, name: 'Senare AB', orgnr: '5561034249' },
  });

/** The first open's daily backup holds the empty database: one with the people, two days on. */
async function twoDailies() {
  await core.close();
  core = await openCore({
    dbFile: `${dir.dir}/kundstart.db`,
    mode: 'browser',
    version: '0.0.0',
    now: () => new Date(Date.now() + 2 * 86_400_000),
  });
  // The daily backup is written beside the open, not before it answers.
  let listed = await value(core, 'backups:list', {});
  for (let wait = 0; listed.length < 2 && wait < 100; wait++) {
    await new Promise((ok) => setTimeout(ok, 50));
    listed = await value(core, 'backups:list', {});
  }
  return listed;
}

describe('backups through the contract', () => {
  it('restores a listed automatic backup and goes on working on the restored database', async () => {
    const listed = await twoDailies();
    expect(listed.map((b) => b.kind)).toEqual(['daily', 'daily']);
    const atBackup = await value(core, 'customers:list', {});
    await later();
    await value(core, 'backups:restore', { from: 'automatic', name: listed[0]!.name });
    expect(await value(core, 'customers:list', {})).toEqual(atBackup);
    const shown = await value(core, 'customers:revealContactPersonnummer', {
      id: atBackup.find((c) => c.orgnr === '559244-0001')!.id,
    });
    expect(shown.personnummer).toBe('18900101-9802');
    const audit = await value(core, 'audit:list', {});
    expect(audit).toContainEqual(
      expect.objectContaining({ action: 'restore', entity: 'database' }),
    );
  });

  it('makes a passphrase backup file and restores it only with that passphrase', async () => {
    const file = await value(core, 'backups:create', { passphrase: 'grön tekanna i förrådet' });
    expect(file.fileName).toMatch(/^kundstart-\d{4}-\d\d-\d\d\.kundstart$/);
    const atBackup = await value(core, 'customers:list', {});
    await later();
    const changed = await snapshot(core);
    const wrong = await invoke(core, 'backups:restore', {
      from: 'file',
      fileName: file.fileName,
      base64: file.base64,
      passphrase: 'fel tekanna',
    });
    expect(wrong).toMatchObject({ ok: false, error: { code: 'backup.passphrase' } });
    expect(await snapshot(core)).toEqual(changed);
    await value(core, 'backups:restore', {
      from: 'file',
      fileName: file.fileName,
      base64: file.base64,
      passphrase: 'grön tekanna i förrådet',
    });
    expect(await value(core, 'customers:list', {})).toEqual(atBackup);
  });

  it('refuses a short passphrase and an unknown backup name, changing nothing', async () => {
    const short = await invoke(core, 'backups:create', { passphrase: 'kort' });
    expect(short).toMatchObject({ ok: false, error: { code: 'input.invalid' } });
    const before = await snapshot(core);
    const missing = await invoke(core, 'backups:restore', {
      from: 'automatic',
      name: 'kundstart-20200101T000000Z-daily.db',
    });
    expect(missing).toMatchObject({ ok: false, error: { code: 'backup.notFound' } });
    const escape = await invoke(core, 'backups:restore', {
      from: 'automatic',
      name: '../kundstart-20200101T000000Z-daily.db',
    });
    expect(escape).toMatchObject({ ok: false, error: { code: 'input.invalid' } });
    expect(await snapshot(core)).toEqual(before);
  });

  it('refuses a listed backup made under another data key (before a restore from a file), changing nothing', async () => {
    // Another installation's backup file brings its own key; the older copies keep the old one.
    const other = tempDir();
    const elsewhere = await openCore({ dbFile: `${other.dir}/kundstart.db`, mode: 'cli' });
    await value(elsewhere, 'customers:create', collaboration());
    const file = await value(elsewhere, 'backups:create', {
      passphrase: 'grön tekanna i förrådet',
    });
    await elsewhere.close();
    other.cleanup();
    const [older] = await twoDailies();
    await value(core, 'backups:restore', {
      from: 'file',
      fileName: file.fileName,
      base64: file.base64,
      passphrase: 'grön tekanna i förrådet',
    });
    const before = await snapshot(core);
    const refused = await invoke(core, 'backups:restore', {
      from: 'automatic',
      name: older!.name,
    });
    expect(refused).toMatchObject({ ok: false, error: { code: 'backup.otherKey' } });
    expect(await snapshot(core)).toEqual(before);
  });

  it('after a restore, a desktop core restarted with the key it was first handed opens the restored key', async () => {
    const file = await value(core, 'backups:create', { passphrase: 'grön tekanna i förrådet' });
    const atBackup = await value(core, 'customers:list', {});
    // The desktop: its key sealed in the keychain (here a stand-in file), handed in memory.
    const desktop = tempDir();
    const dbFile = `${desktop.dir}/kundstart.db`;
    writeFileSync(sealedKeyFileFor(dbFile), 'sealed by the keychain');
    const handed = { load: async () => randomBytes(32) };
    let app = await openCore({ dbFile, mode: 'electron', keyStore: once(handed), version: '0' });
    await value(app, 'backups:restore', {
      from: 'file',
      fileName: file.fileName,
      base64: file.base64,
      passphrase: 'grön tekanna i förrådet',
    });
    await app.close();
    // The desktop seals the restored key again at its next start (electron/main/key-store.ts).
    expect(existsSync(resealMarkerFor(dbFile))).toBe(true);
    // The core process restarted (a crash): the parent hands the same key as at its start.
    app = await openCore({ dbFile, mode: 'electron', keyStore: once(handed), version: '0' });
    const id = atBackup.find((c) => c.orgnr === '559244-0001')!.id;
    const shown = await invoke(app, 'customers:revealContactPersonnummer', { id });
    await app.close();
    desktop.cleanup();
    expect(shown).toEqual({ ok: true, value: { personnummer: '18900101-9802' } });
  });
});

/** A key store that answers one key, always (as the desktop's parent process hands it). */
function once(store: { load: () => Promise<Buffer> }) {
  const key = store.load();
  return { load: () => key };
}
