import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorsSv } from '../../shared/errorMessages';
import { freePort, startSmtp, type TestSmtp } from './mail-settings-server';
import { kundstartAsyncWith, kundstartOn, tempDir } from './support';

/** Every call starts the real CLI through tsx (1.5 s, more on a busy machine). */
const SLOW = { timeout: 120_000 };
const PASSWORD = 'p@ss:wörd/1';

type Json = Record<string, unknown> & { mail?: Record<string, unknown> };

/** The real CLI, not blocking the loopback SMTP server in this process, with its own environment. */
const kundstart = (db: string, args: string[], env: Record<string, string> = {}) =>
  kundstartAsyncWith<Json>({ KUNDSTART_SMTP_PASSWORD: '', ...env }, db, ...args);

let dir: { dir: string; cleanup: () => void };
let smtp: TestSmtp;
let db: string;

beforeAll(async () => {
  dir = tempDir();
  db = `${dir.dir}/kundstart.db`;
  smtp = await startSmtp({
    onAuth: (auth, _s, cb) =>
      auth.username === 'utskick@ekask.example' && auth.password === PASSWORD
        ? cb(null, { user: auth.username })
        : cb(new Error('Authentication failed')),
  });
  const made = kundstartOn(db, 'bureau', 'set', '--name', 'Ek & Ask AB', '--orgnr', '5560160680');
  expect(made.code, made.stderr).toBe(0);
});
afterAll(async () => {
  await smtp.close();
  dir.cleanup();
});

const url = (user: string, password?: string) =>
  `smtp://${encodeURIComponent(user)}${password === undefined ? '' : `:${encodeURIComponent(password)}`}@127.0.0.1:${smtp.port}`;

describe('bureau set --smtp-url --sender, then bureau test-mail', SLOW, () => {
  it('with only those flags: the URL decoded, loopback smtp:// is plain, the password never printed', async () => {
    const r = await kundstart(db, [
      'bureau',
      'set',
      '--smtp-url',
      url('utskick@ekask.example', PASSWORD),
      '--sender',
      'Revisionsbyrån Ek & Ask <utskick@ekask.example>',
      '--json',
    ]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.json()).toMatchObject({
      name: 'Ek & Ask AB',
      passwordFrom: 'url',
      mail: {
        host: '127.0.0.1',
        port: smtp.port,
        security: 'none',
        username: 'utskick@ekask.example',
        hasPassword: true,
        senderName: 'Revisionsbyrån Ek & Ask',
        senderAddress: 'utskick@ekask.example',
      },
    });
    expect(r.stderr).toContain('Lösenordet togs från --smtp-url');
    expect(r.stdout + r.stderr).not.toContain(PASSWORD);
    expect(readFileSync(db).toString('latin1')).not.toContain(PASSWORD);
  });

  it('test-mail: exit 0 with the server’s answer; the message arrives with å ä ö', async () => {
    const before = smtp.received.length;
    const r = await kundstart(db, ['bureau', 'test-mail']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('Testmeddelandet skickades till utskick@ekask.example.');
    expect(r.stdout).toMatch(/Servern svarade: 250 .*Meddelandet mottaget/);
    expect(smtp.received).toHaveLength(before + 1);
    expect(smtp.received.at(-1)!.subject).toBe('Testmeddelande från Kundstart: å ä ö');
    expect(smtp.envelopes.at(-1)!.user).toBe('utskick@ekask.example');
  });

  it('test-mail --to --json', async () => {
    const r = await kundstart(db, ['bureau', 'test-mail', '--to', 'anna@ekask.example', '--json']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.json()).toEqual({
      ok: true,
      to: 'anna@ekask.example',
      response: expect.stringMatching(/^250 /),
    });
    expect(smtp.envelopes.at(-1)!.to).toEqual(['anna@ekask.example']);
  });

  it('the password from KUNDSTART_SMTP_PASSWORD; a wrong one: exit 1, mail.auth in Swedish', async () => {
    const set = await kundstart(db, ['bureau', 'set', '--smtp-url', url('utskick@ekask.example')], {
      KUNDSTART_SMTP_PASSWORD: 'fel-lösenord',
    });
    expect(set.code, set.stderr).toBe(0);
    expect(set.stderr).toContain('Lösenordet togs från KUNDSTART_SMTP_PASSWORD.');
    expect(set.stdout + set.stderr).not.toContain('fel-lösenord');

    const human = await kundstart(db, ['bureau', 'test-mail']);
    expect(human.code).toBe(1);
    expect(human.stderr).toContain(errorsSv['mail.auth']);
    expect(human.stderr).toContain('Servern svarade: 535 Authentication failed');
  });

  it('the refusal in JSON: ok false, the code and the server’s words; the right password works', async () => {
    const json = await kundstart(db, ['bureau', 'test-mail', '--json']);
    expect(json.code).toBe(1);
    expect(json.json()).toMatchObject({
      ok: false,
      error: { code: 'mail.auth', details: { server: '535 Authentication failed' } },
    });

    const fixed = await kundstart(
      db,
      ['bureau', 'set', '--smtp-url', url('utskick@ekask.example')],
      {
        KUNDSTART_SMTP_PASSWORD: PASSWORD,
      },
    );
    expect(fixed.code, fixed.stderr).toBe(0);
    expect((await kundstart(db, ['bureau', 'test-mail'])).code).toBe(0);
  });

  it('only --sender: the server and password stay as they were', async () => {
    const r = await kundstart(db, ['bureau', 'set', '--sender', 'info@ekask.example', '--json']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.json().mail).toMatchObject({
      port: smtp.port,
      hasPassword: true,
      senderName: 'Revisionsbyrån Ek & Ask',
      senderAddress: 'info@ekask.example',
    });
  });

  it('a server where nothing listens: exit 1 with mail.refused’s sentence', async () => {
    const port = await freePort();
    await kundstart(db, ['bureau', 'set', '--smtp-url', `smtp://127.0.0.1:${port}`]);
    const r = await kundstart(db, ['bureau', 'test-mail', '--json']);
    expect(r.code).toBe(1);
    expect(r.json()).toMatchObject({ ok: false, error: { code: 'mail.refused' } });
    expect(r.stderr).toContain(errorsSv['mail.refused']);
  });
});

describe('bureau test-mail without settings', SLOW, () => {
  it('exit 1, and says which command sets the server', async () => {
    const r = await kundstart(`${dir.dir}/empty.db`, ['bureau', 'test-mail', '--json']);
    expect(r.code).toBe(1);
    expect(r.json()).toMatchObject({ ok: false, error: { code: 'mail.notConfigured' } });
    expect(r.stderr).toContain('Ange den med: kundstart bureau set --smtp-url');
  });
});

describe('bureau set refuses bad mail flags and changes nothing', SLOW, () => {
  it('a sender that is no address: exit 1, --sender named; the profile unchanged too', async () => {
    const r = await kundstart(db, [
      'bureau',
      'set',
      '--name',
      'Nytt Namn AB',
      '--sender',
      'Ek <inte en adress>',
    ]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`--sender: ${errorsSv['email.invalid']}`);
    const shown = kundstartOn(db, 'bureau', 'set', '--json');
    expect(shown.json()).toMatchObject({ name: 'Ek & Ask AB' });
  });

  it('smtp:// to a server on the network is STARTTLS; smtps:// is TLS on 465', async () => {
    const starttls = await kundstart(db, [
      'bureau',
      'set',
      '--smtp-url',
      'smtp://u@smtp.ekask.example',
      '--json',
    ]);
    expect(starttls.json().mail).toMatchObject({ security: 'starttls', port: 587 });
    const tls = await kundstart(db, [
      'bureau',
      'set',
      '--smtp-url',
      'smtps://u@smtp.ekask.example',
      '--json',
    ]);
    expect(tls.json().mail).toMatchObject({ security: 'tls', port: 465 });
  });

  it('a URL that is no smtp URL: usage (exit 2), the password not echoed', async () => {
    const r = await kundstart(db, [
      'bureau',
      'set',
      '--smtp-url',
      'http://u:hemligt@smtp.ekask.example',
    ]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--smtp-url ska se ut som smtp[s]://');
    expect(r.stderr).not.toContain('hemligt');
  });
});
