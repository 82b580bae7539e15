import { createServer, type AddressInfo } from 'node:net';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sendTestMail } from '../../electron/core/mail/test-mail';
import {
  classifySendError,
  MailSendError,
  openMailSender,
  type SmtpConfig,
} from '../../electron/core/mail/transport';
import type { OpenedCore } from '../../electron/core/open';
import { errorsSv } from '../../shared/errorMessages';
import { AppError, type ErrorCode } from '../../shared/errors';
import type { MailSettingsInput } from '../../shared/schemas/mail';
import {
  freePort,
  refusal,
  startSilentServer,
  startSmtp,
  type TestSmtp,
} from './mail-settings-server';
import { BUREAU, invoke, openTestCore, tempDir, value } from './support';

const SETTINGS: MailSettingsInput = {
  host: '127.0.0.1',
  port: 25,
  security: 'none',
  username: 'utskick',
  password: 'rätt-lösen',
  senderName: 'Revisionsbyrån Ek & Ask i Örebro',
  senderAddress: 'utskick@ekask.example',
  replyTo: '',
};

let dir: { dir: string; cleanup: () => void };
let core: OpenedCore;
const servers: { close(): Promise<void> }[] = [];

beforeEach(async () => {
  dir = tempDir();
  core = await openTestCore(`${dir.dir}/kundstart.db`);
  await value(core, 'bureau:save', BUREAU);
});
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
  await core.close();
  dir.cleanup();
});

async function server(hooks: Parameters<typeof startSmtp>[0] = {}): Promise<TestSmtp> {
  const smtp = await startSmtp(hooks);
  servers.push(smtp);
  return smtp;
}

/** What sendTestMail refused with: its code, its sentence and the server's words. */
async function refusedWith(work: Promise<unknown>) {
  const err = await work.then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(AppError);
  const e = err as AppError;
  return { code: e.code, message: e.message, server: (e.details as { server: string }).server };
}

describe('the test message', () => {
  it('reaches the sender’s own address with å ä ö intact, directly (not via the outbox)', async () => {
    const smtp = await server({
      onAuth: (auth, _s, cb) =>
        auth.username === 'utskick' && auth.password === 'rätt-lösen'
          ? cb(null, { user: auth.username })
          : cb(new Error('Fel')),
    });
    await value(core, 'mail:saveSettings', { ...SETTINGS, port: smtp.port });
    const result = await value(core, 'mail:test', {});
    expect(result).toEqual({
      to: 'utskick@ekask.example',
      response: expect.stringContaining('250'),
    });
    expect(result.response).toContain('Meddelandet mottaget');
    expect(smtp.received).toHaveLength(1);
    const mail = smtp.received[0]!;
    expect(mail.subject).toBe('Testmeddelande från Kundstart: å ä ö');
    expect(mail.text).toContain('Så här ska de svenska bokstäverna se ut: å ä ö Å Ä Ö.');
    expect(mail.text).toContain('testmeddelande från Kundstart');
    expect(mail.from?.value).toEqual([
      { name: 'Revisionsbyrån Ek & Ask i Örebro', address: 'utskick@ekask.example' },
    ]);
    expect(smtp.envelopes[0]).toEqual({
      user: 'utskick',
      from: 'utskick@ekask.example',
      to: ['utskick@ekask.example'],
    });
    const outbox = await core.context.ds.query('SELECT COUNT(*) AS n FROM outbox');
    expect(outbox[0].n).toBe(0);
  });

  it('goes to the address given instead; an address that is none is refused, nothing sent', async () => {
    const smtp = await server();
    await value(core, 'mail:saveSettings', { ...SETTINGS, port: smtp.port, username: '' });
    expect(await value(core, 'mail:test', { to: 'anna@ekask.example' })).toMatchObject({
      to: 'anna@ekask.example',
    });
    expect(smtp.received[0]!.to).toMatchObject({ value: [{ address: 'anna@ekask.example' }] });
    const refused = await invoke(core, 'mail:test', { to: 'anna på ekask' });
    expect(refused).toMatchObject({ ok: false, error: { code: 'email.invalid' } });
    expect(smtp.received).toHaveLength(1);
  });

  it('without settings: mail.notConfigured', async () => {
    const refused = await invoke(core, 'mail:test', {});
    expect(refused).toMatchObject({ ok: false, error: { code: 'mail.notConfigured' } });
  });
});

describe('each failure has its own code, Swedish sentence and the server’s words', () => {
  async function failure(settings: Partial<MailSettingsInput>, timeoutMs?: number) {
    await value(core, 'mail:saveSettings', { ...SETTINGS, ...settings });
    const opts = timeoutMs === undefined ? {} : { timeoutMs };
    const refused = await refusedWith(sendTestMail(core.context, undefined, opts));
    expect(refused.message).toBe(errorsSv[refused.code]);
    return refused;
  }

  it('a wrong password: mail.auth', async () => {
    const smtp = await server({
      onAuth: (_a, _s, cb) => cb(new Error('Fel användarnamn eller lösenord')),
    });
    const r = await failure({ port: smtp.port });
    expect(r).toMatchObject({ code: 'mail.auth', server: '535 Fel användarnamn eller lösenord' });
  });

  it('a sender the server refuses: mail.senderRefused', async () => {
    const smtp = await server({
      onMailFrom: (_a, _s, cb) => cb(refusal(553, 'Avsändaren tillhör inte kontot')),
    });
    const r = await failure({ port: smtp.port, username: '' });
    expect(r).toMatchObject({
      code: 'mail.senderRefused',
      server: '553 Avsändaren tillhör inte kontot',
    });
  });

  it('a recipient the server refuses: mail.recipientRefused', async () => {
    const smtp = await server({ onRcptTo: (_a, _s, cb) => cb(refusal(550, 'Okänd mottagare')) });
    const r = await failure({ port: smtp.port, username: '' });
    expect(r).toMatchObject({ code: 'mail.recipientRefused', server: '550 Okänd mottagare' });
  });

  it('a port nothing listens on: mail.refused', async () => {
    const r = await failure({ port: await freePort() });
    expect(r.code).toBe('mail.refused');
    expect(r.server).toContain('ECONNREFUSED');
  });

  it('a server that never greets: mail.timeout', async () => {
    const silent = await startSilentServer();
    servers.push(silent);
    const started = Date.now();
    const r = await failure({ port: silent.port }, 400);
    expect(r.code).toBe('mail.timeout');
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it('TLS against a server that speaks plain text: mail.tls', async () => {
    const smtp = await server();
    const r = await failure({ port: smtp.port, security: 'tls', username: '' });
    expect(r.code).toBe('mail.tls');
  });

  it('a host that does not exist: mail.dns', async () => {
    const r = await failure({ host: 'smtp.ekask.invalid', security: 'starttls' }, 5_000);
    expect(r.code).toBe('mail.dns');
    expect(r.server).toMatch(/ENOTFOUND|EAI_AGAIN/);
  });
});

describe('which failures the outbox retries (transient)', () => {
  const config = (port: number, over: Partial<SmtpConfig> = {}): SmtpConfig => ({
    host: '127.0.0.1',
    port,
    security: 'none',
    username: '',
    password: null,
    senderName: 'Ek & Ask',
    senderAddress: 'utskick@ekask.example',
    replyTo: '',
    ...over,
  });
  async function sendFails(c: SmtpConfig, timeoutMs = 2_000) {
    const sender = openMailSender(c, { timeoutMs });
    const message = {
      to: { name: 'Åsa Öberg', address: 'asa@kund.example' },
      subject: 'Välkommen',
      text: 'Hej',
      html: '',
      messageId: '<t-1@ekask.example>',
    };
    try {
      const err = await sender.send(message).then(
        () => null,
        (e: unknown) => e,
      );
      expect(err).toBeInstanceOf(MailSendError);
      const e = err as MailSendError;
      return { code: e.code, transient: e.transient, server: e.serverText };
    } finally {
      sender.close();
    }
  }
  const refusing = (hook: 'onMailFrom' | 'onRcptTo', code: number, text: string) =>
    server({
      [hook]: (_a: unknown, _s: unknown, cb: (e: Error) => void) => cb(refusal(code, text)),
    });

  it('permanent: bad login, TLS, a 5xx sender or recipient refusal', async () => {
    const auth = await server({ onAuth: (_a, _s, cb) => cb(new Error('Fel lösenord')) });
    const login = { username: 'u', password: 'fel' };
    expect(await sendFails(config(auth.port, login))).toMatchObject({
      code: 'mail.auth',
      transient: false,
    });
    expect(await sendFails(config(auth.port, { security: 'tls' }))).toMatchObject({
      code: 'mail.tls',
      transient: false,
    });
    const from = await refusing('onMailFrom', 553, 'Nej');
    expect(await sendFails(config(from.port))).toMatchObject({
      code: 'mail.senderRefused',
      transient: false,
    });
    const rcpt = await refusing('onRcptTo', 550, 'Nej');
    expect(await sendFails(config(rcpt.port))).toMatchObject({
      code: 'mail.recipientRefused',
      transient: false,
    });
  });

  it('transient: refused, timeout, unknown host, a 4xx refusal', async () => {
    expect(await sendFails(config(await freePort()))).toMatchObject({
      code: 'mail.refused',
      transient: true,
    });
    const silent = await startSilentServer();
    servers.push(silent);
    expect(await sendFails(config(silent.port), 300)).toMatchObject({
      code: 'mail.timeout',
      transient: true,
    });
    expect(await sendFails(config(25, { host: 'mx.kund.invalid' }), 5_000)).toMatchObject({
      code: 'mail.dns',
      transient: true,
    });
    const greylist = await refusing('onRcptTo', 450, 'Grålistad, försök igen om 5 minuter');
    expect(await sendFails(config(greylist.port))).toMatchObject({
      code: 'mail.recipientRefused',
      transient: true,
    });
  });

  it('a refusal whose words say "timed out" is a refusal of that address, not a timeout', async () => {
    const rcpt = await refusing('onRcptTo', 550, 'Recipient address rejected: lookup timed out');
    expect(await sendFails(config(rcpt.port))).toEqual({
      code: 'mail.recipientRefused',
      transient: false,
      server: '550 Recipient address rejected: lookup timed out',
    });
  });

  it('a server closing down (421) is a lost connection to retry, not a refused sender', async () => {
    const closing = await refusing('onMailFrom', 421, 'Servern startas om, försök senare');
    expect(await sendFails(config(closing.port))).toMatchObject({
      code: 'mail.connectionLost',
      transient: true,
    });
  });

  it('a connection the server drops after its greeting is lost, and transient', async () => {
    const dropping = createServer((socket) => {
      socket.write('220 smtp.ekask.example ESMTP\r\n');
      socket.once('data', () => socket.destroy());
    });
    const port = await new Promise<number>((r) =>
      dropping.listen(0, '127.0.0.1', () => r((dropping.address() as AddressInfo).port)),
    );
    servers.push({ close: () => new Promise((r) => dropping.close(() => r())) });
    expect(await sendFails(config(port))).toMatchObject({
      code: 'mail.connectionLost',
      transient: true,
    });
  });

  it.each<[string, ErrorCode]>([
    ['getaddrinfo EAI_AGAIN smtp.ekask.se', 'mail.dns'],
    ['getaddrinfo ENOTFOUND smtp.ekask.se', 'mail.dns'],
  ])('no network to look the name up (%s): %s, transient', (message, code) => {
    const e = classifySendError(
      Object.assign(new Error(message), { code: 'EDNS', command: 'CONN' }),
    );
    expect(e).toMatchObject({ code, transient: true });
  });
});
