import { existsSync, readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { OpenedCore } from '../../electron/core/open';
import type { MailSettingsInput } from '../../shared/schemas/mail';
import { BUREAU, invoke, openTestCore, snapshot, tempDir, value } from './support';

/** A password no other text in the database could contain by chance. */
const PASSWORD = 'Hemligt-Lösen-7q!Zx';

const SETTINGS: MailSettingsInput = {
  host: 'smtp.ekask.example',
  port: 587,
  security: 'starttls',
  username: 'utskick@ekask.example',
  password: PASSWORD,
  senderName: 'Revisionsbyrån Ek & Ask',
  senderAddress: 'utskick@ekask.example',
  replyTo: 'info@ekask.example',
};

let dir: { dir: string; cleanup: () => void };
let db: string;
let core: OpenedCore;

beforeEach(async () => {
  dir = tempDir();
  db = `${dir.dir}/kundstart.db`;
  core = await openTestCore(db);
  await value(core, 'bureau:save', BUREAU);
});
afterEach(async () => {
  await core.close();
  dir.cleanup();
});

/** Every byte SQLite holds for the database: the file, its write-ahead log and shared memory. */
function databaseBytes(): string {
  return ['', '-wal', '-shm', '-journal']
    .map((suffix) => db + suffix)
    .filter((file) => existsSync(file))
    .map((file) => readFileSync(file).toString('latin1') + readFileSync(file).toString('utf8'))
    .join('\n');
}

describe('the SMTP password is sealed', () => {
  it('is never in the database file, its WAL, the audit log or the log, in clear', async () => {
    const written: string[] = [];
    const spy = vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => {
      written.push(String(chunk));
      return true;
    });
    try {
      await value(core, 'mail:saveSettings', SETTINGS);
      await value(core, 'mail:saveSettings', { ...SETTINGS, password: `${PASSWORD}-nytt` });
      // A refused save (its input holds the password) must not write it anywhere either.
      await invoke(core, 'mail:saveSettings', { ...SETTINGS, senderAddress: 'inte en adress' });
    } finally {
      spy.mockRestore();
    }
    expect(existsSync(`${db}-wal`) || existsSync(db)).toBe(true);
    expect(databaseBytes()).not.toContain(PASSWORD);
    expect(written.join('')).not.toContain(PASSWORD);
    const audit = await value(core, 'audit:list', {});
    const mailEntries = audit.filter((e) => e.entity === 'mailSettings');
    expect(mailEntries).toHaveLength(2);
    expect(JSON.stringify(audit)).not.toContain(PASSWORD);
    // The log says that the password changed, without saying what it is.
    expect(mailEntries[0]!.after).toMatchObject({ password: 'bytt' });
  });

  it('is stored as the data key encrypts it, and unseals to what was typed', async () => {
    await value(core, 'mail:saveSettings', SETTINGS);
    const [row] = (await core.context.ds.query('SELECT password_enc FROM mail_settings')) as {
      password_enc: string;
    }[];
    expect(row!.password_enc).toMatch(/^v1\./);
    expect(core.context.cipher.decrypt(row!.password_enc)).toBe(PASSWORD);
  });

  it('mail:getSettings answers hasPassword, never the password', async () => {
    await value(core, 'mail:saveSettings', SETTINGS);
    const shown = await value(core, 'mail:getSettings', {});
    expect(shown).toMatchObject({ host: 'smtp.ekask.example', hasPassword: true });
    expect(JSON.stringify(shown)).not.toContain(PASSWORD);
    expect(Object.keys(shown!)).not.toContain('password');
    expect(Object.keys(shown!)).not.toContain('passwordEnc');
  });

  it('a save without password keeps it; an empty password removes it', async () => {
    await value(core, 'mail:saveSettings', SETTINGS);
    const { password: _typed, ...withoutPassword } = SETTINGS;
    await value(core, 'mail:saveSettings', { ...withoutPassword, port: 2525 });
    const kept = await core.context.ds.query('SELECT password_enc, port FROM mail_settings');
    expect(kept[0].port).toBe(2525);
    expect(core.context.cipher.decrypt(kept[0].password_enc)).toBe(PASSWORD);

    const removed = await value(core, 'mail:saveSettings', { ...withoutPassword, password: '' });
    expect(removed.hasPassword).toBe(false);
    const gone = await core.context.ds.query('SELECT password_enc FROM mail_settings');
    expect(gone[0].password_enc).toBeNull();
  });
});

describe('refused settings change nothing', () => {
  const refusals: [string, Partial<MailSettingsInput>, string, string][] = [
    [
      'a sender address without @',
      { senderAddress: 'utskick.ekask.example' },
      'senderAddress',
      'email.invalid',
    ],
    ['a reply-to that is no address', { replyTo: 'info på ekask' }, 'replyTo', 'email.invalid'],
    ['no encryption to a server on the network', { security: 'none' }, 'security', 'mail.insecure'],
    ['an empty host', { host: '   ' }, 'host', 'mail.hostMissing'],
    ['a host with a line break', { host: 'smtp.ekask.example\r\nRCPT' }, 'host', 'text.control'],
    [
      'a sender name with a line break',
      { senderName: 'Ek\nBcc: x@y.se' },
      'senderName',
      'text.control',
    ],
  ];
  it.each(refusals)('%s', async (_what, change, field, code) => {
    await value(core, 'mail:saveSettings', SETTINGS);
    const before = await snapshot(core);
    const result = await invoke(core, 'mail:saveSettings', { ...SETTINGS, ...change });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe(code);
    expect(result.error.details).toMatchObject({ issues: [{ field, code }] });
    expect(await snapshot(core)).toEqual(before);
  });

  it('no encryption is allowed to this machine (localhost, 127.0.0.1, ::1)', async () => {
    for (const host of ['localhost', '127.0.0.1', '::1']) {
      const saved = await value(core, 'mail:saveSettings', { ...SETTINGS, host, security: 'none' });
      expect(saved).toMatchObject({ host, security: 'none' });
    }
  });

  it('retention days default to 90 and keep their value when not given', async () => {
    expect((await value(core, 'mail:saveSettings', SETTINGS)).retentionDays).toBe(90);
    await value(core, 'mail:saveSettings', { ...SETTINGS, retentionDays: 30 });
    expect((await value(core, 'mail:saveSettings', SETTINGS)).retentionDays).toBe(30);
  });
});
