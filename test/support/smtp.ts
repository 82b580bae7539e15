import type { Socket } from 'node:net';
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer, type SMTPServerOptions, type SMTPServerSession } from 'smtp-server';

/**
 * A real SMTP server on 127.0.0.1 for tests (the `smtp-server` package): what it receives is
 * parsed with mailparser, and its behaviour can be changed between sends to play a server that
 * refuses the login or a recipient, drops the connection in the middle of DATA, never answers
 * DATA, or is not there at all (stop, then start again on the same port).
 */
export interface SmtpBehaviour {
  /** AUTH answers 535: the user name or password is wrong. */
  refuseLogin: boolean;
  /** RCPT TO for these addresses answers 550 (lower case). */
  refuseRecipients: string[];
  /** The socket is destroyed once the first bytes of the message body have arrived. */
  dropMidData: boolean;
  /** The body is read, but DATA is never answered: the sender waits until it gives up. */
  holdData: boolean;
}

export interface ReceivedMail {
  envelope: { from: string; to: string[] };
  /** The message as the server saw it, byte for byte. */
  raw: Buffer;
  parsed: ParsedMail;
}

export interface TestSmtp {
  port: number;
  /** Change how the server behaves from now on. */
  behaviour: SmtpBehaviour;
  received: ReceivedMail[];
  /** How many times DATA began (a held or dropped message counts; received does not). */
  dataStarted: number;
  /** Messages accepted (answered 250), parsed or not. */
  accepted: number;
  /** The recipients of the received messages, one entry per message and recipient. */
  recipients(): string[];
  /** Resolves once DATA has begun `count` times in total. */
  waitForData(count?: number, timeoutMs?: number): Promise<void>;
  /** Resolves once `count` messages have been received (and parsed). */
  waitForMessages(count: number, timeoutMs?: number): Promise<void>;
  /** Closes every connection at once and stops listening: the port is empty. */
  stop(): Promise<void>;
  /** Listens again on the same port, with the same behaviour and received messages. */
  restart(): Promise<void>;
}

export const TEST_SMTP_USER = 'byran';
export const TEST_SMTP_PASSWORD = 'hemligt-lösen';

/** Starts a server on 127.0.0.1, on `port` (0: a free one). */
export async function startTestSmtp(
  port = 0,
  behaviour: Partial<SmtpBehaviour> = {},
  /** parse: false only counts what arrives (the bench: parsing would cost more than sending). */
  { parse = true }: { parse?: boolean } = {},
): Promise<TestSmtp> {
  const state: TestSmtp = {
    port,
    behaviour: {
      refuseLogin: false,
      refuseRecipients: [],
      dropMidData: false,
      holdData: false,
      ...behaviour,
    },
    received: [],
    dataStarted: 0,
    accepted: 0,
    recipients: () => state.received.flatMap((m) => m.envelope.to),
    waitForData: (count = 1, timeoutMs = 10_000) =>
      waitFor(() => state.dataStarted >= count, timeoutMs),
    waitForMessages: (count, timeoutMs = 10_000) =>
      waitFor(() => state.received.length >= count, timeoutMs),
    stop: async () => {
      const current = server;
      if (current) await closeNow(current);
      server = null;
    },
    restart: async () => {
      server = await listen(state, state.port, parse);
    },
  };
  let server: SMTPServer | null = await listen(state, port, parse);
  state.port = (server.server.address() as { port: number }).port;
  return state;
}

function listen(state: TestSmtp, port: number, parse: boolean): Promise<SMTPServer> {
  const server: SMTPServer = new SMTPServer(options(state, parse, (): SMTPServer => server));
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      server.off('error', reject);
      // A client killed mid-DATA (the crash tests' point) resets its socket: smtp-server then
      // emits 'error', which without a listener would throw in the test's own process.
      server.on('error', () => {});
      resolve(server);
    });
  });
}

function options(state: TestSmtp, parse: boolean, self: () => SMTPServer): SMTPServerOptions {
  return {
    logger: false,
    disabledCommands: ['STARTTLS'],
    authOptional: true,
    allowInsecureAuth: true,
    authMethods: ['PLAIN', 'LOGIN'],
    onAuth(auth, _session, callback) {
      const ok =
        !state.behaviour.refuseLogin &&
        auth.username === TEST_SMTP_USER &&
        auth.password === TEST_SMTP_PASSWORD;
      if (ok) return callback(null, { user: auth.username });
      return callback(withCode(new Error('5.7.8 Authentication credentials invalid'), 535));
    },
    onRcptTo(address, _session, callback) {
      const refused = state.behaviour.refuseRecipients.includes(address.address.toLowerCase());
      if (refused) return callback(withCode(new Error('5.1.1 Mailbox unavailable'), 550));
      return callback();
    },
    onData(stream, session, callback) {
      state.dataStarted += 1;
      const chunks: Buffer[] = [];
      const behaviour = { ...state.behaviour };
      stream.on('data', (chunk: Buffer) => {
        chunks.push(chunk);
        if (behaviour.dropMidData) socketOf(self(), session)?.destroy();
      });
      stream.on('end', () => {
        if (behaviour.dropMidData || behaviour.holdData) return;
        const raw = Buffer.concat(chunks);
        if (!parse) {
          state.accepted += 1;
          return callback(null, 'OK: queued');
        }
        void simpleParser(raw).then((parsed) => {
          state.accepted += 1;
          state.received.push({ envelope: envelopeOf(session), raw, parsed });
          callback(null, 'OK: queued');
        }, callback);
      });
    },
  };
}

function withCode(err: Error, responseCode: number): Error {
  return Object.assign(err, { responseCode });
}

function envelopeOf(session: SMTPServerSession) {
  const from = session.envelope.mailFrom;
  return {
    from: from ? from.address : '',
    to: session.envelope.rcptTo.map((r) => r.address.toLowerCase()),
  };
}

interface ConnectionLike {
  id: string;
  _socket: Socket;
}

/** smtp-server keeps its connections in a set; the session's id names the one to cut. */
function socketOf(server: SMTPServer, session: SMTPServerSession): Socket | undefined {
  const connections = [...(server.connections as Set<ConnectionLike>)];
  return connections.find((c) => c.id === session.id)?._socket;
}

function closeNow(server: SMTPServer): Promise<void> {
  for (const connection of server.connections as Set<ConnectionLike>) connection._socket.destroy();
  return new Promise((resolve) => server.close(() => resolve()));
}

async function waitFor(done: () => boolean, timeoutMs: number): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!done()) {
    if (Date.now() > until) throw new Error(`SMTP test server: waited ${timeoutMs} ms in vain`);
    await new Promise((r) => setTimeout(r, 20));
  }
}
