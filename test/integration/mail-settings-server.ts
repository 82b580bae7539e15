import { createServer, type Server } from 'node:net';
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer, type SMTPServerOptions } from 'smtp-server';

/*
 * The mail-settings tests' SMTP servers on loopback, each a real server the app talks to.
 * (test/support/smtp.ts, the outbox helper's, may fold this in later.)
 */

export interface TestSmtp {
  port: number;
  received: ParsedMail[];
  /** The envelope of each message: who logged in, MAIL FROM, RCPT TO. */
  envelopes: { user: string | undefined; from: string; to: string[] }[];
  close(): Promise<void>;
}

/** A server's refusal with an SMTP reply code, as smtp-server's hooks answer. */
export function refusal(responseCode: number, message: string): Error {
  return Object.assign(new Error(message), { responseCode });
}

/** A plain-text smtp-server (no STARTTLS) that keeps and parses what it receives. */
export async function startSmtp(hooks: Partial<SMTPServerOptions> = {}): Promise<TestSmtp> {
  const received: ParsedMail[] = [];
  const envelopes: TestSmtp['envelopes'] = [];
  const server = new SMTPServer({
    authOptional: true,
    allowInsecureAuth: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, session, callback) {
      simpleParser(stream)
        .then((mail) => {
          received.push(mail);
          envelopes.push({
            user: session.user as string | undefined,
            from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
            to: session.envelope.rcptTo.map((r) => r.address),
          });
          callback(null, 'Meddelandet mottaget');
        })
        .catch(callback);
    },
    ...hooks,
  });
  const port = await new Promise<number>((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const address = (server as unknown as { server: Server }).server.address();
      resolve(typeof address === 'object' && address ? address.port : 0);
    });
  });
  return { port, received, envelopes, close: () => new Promise((r) => server.close(() => r())) };
}

/** A server that accepts connections and never says a word: the client must time out. */
export async function startSilentServer(): Promise<{ port: number; close: () => Promise<void> }> {
  const sockets = new Set<import('node:net').Socket>();
  const server = createServer((socket) => sockets.add(socket));
  const port = await listen(server);
  return {
    port,
    close: () => {
      for (const s of sockets) s.destroy();
      return new Promise((r) => server.close(() => r()));
    },
  };
}

/** A loopback port nothing listens on (it was free a moment ago). */
export async function freePort(): Promise<number> {
  const server = createServer();
  const port = await listen(server);
  await new Promise((r) => server.close(r));
  return port;
}

function listen(server: Server): Promise<number> {
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      resolve(typeof address === 'object' && address ? address.port : 0);
    });
  });
}
