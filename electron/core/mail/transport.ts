import type { Transporter } from 'nodemailer';
import type SMTPTransport from 'nodemailer/lib/smtp-transport';
import type { ErrorCode } from '../../../shared/errors';
import type { MailSecurity } from '../../../shared/schemas/mail';
import type { OutboxPayload } from '../db/mail-entities';

/** The bureau's SMTP server with its password unsealed: lives only in memory, never logged. */
export interface SmtpConfig {
  host: string;
  port: number;
  security: MailSecurity;
  username: string;
  password: string | null;
  senderName: string;
  senderAddress: string;
  replyTo: string;
}

export interface SendOptions {
  /** Connection, greeting and socket timeouts; tests shorten them. */
  timeoutMs?: number;
  /** Keep connections open between messages (a batch); one connection per message otherwise. */
  pool?: boolean;
}

/** A message that could not be sent: a stable code, the server's words, and whether to retry. */
export class MailSendError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly serverText: string,
    /** Worth another try later: the server or the network may come back. */
    readonly transient: boolean,
  ) {
    super(serverText);
    this.name = 'MailSendError';
  }
}

export interface MailSender {
  send(message: OutboxPayload & { messageId: string }): Promise<{ response: string }>;
  close(): void;
}

export { isLoopbackHost } from '../../../shared/domain/mail';

export function transportOptions(config: SmtpConfig, options: SendOptions = {}) {
  const timeout = options.timeoutMs ?? 30_000;
  const base: SMTPTransport.Options = {
    host: config.host,
    port: config.port,
    secure: config.security === 'tls',
    requireTLS: config.security === 'starttls',
    ignoreTLS: config.security === 'none',
    connectionTimeout: timeout,
    greetingTimeout: timeout,
    socketTimeout: timeout,
    // Never let the library read files or URLs named in a message: bodies are rendered text.
    disableFileAccess: true,
    disableUrlAccess: true,
  };
  if (config.username) base.auth = { user: config.username, pass: config.password ?? '' };
  return base;
}

/** A sender for one job (a test message or one run of the outbox worker). */
export function openMailSender(config: SmtpConfig, options: SendOptions = {}): MailSender {
  let transport: Promise<Transporter<SMTPTransport.SentMessageInfo>> | undefined;
  return {
    async send(message) {
      try {
        transport ??= createTransport(config, options);
        const info = await (
          await transport
        ).sendMail({
          from: { name: config.senderName, address: config.senderAddress },
          to: message.to,
          replyTo: config.replyTo || undefined,
          subject: message.subject,
          text: message.text,
          html: message.html,
          messageId: message.messageId,
        });
        return { response: String(info.response ?? '') };
      } catch (err) {
        throw classifySendError(err);
      }
    },
    // A transport that failed to open has nothing to close (send reported why).
    close: () =>
      void transport?.then(
        (t) => t.close(),
        () => undefined,
      ),
  };
}

/** nodemailer is loaded with the first message, not at start: every CLI command would pay. */
async function createTransport(config: SmtpConfig, options: SendOptions) {
  const { default: nodemailer } = await import('nodemailer');
  return options.pool
    ? nodemailer.createTransport({
        ...transportOptions(config, options),
        pool: true,
        maxConnections: 3,
      })
    : nodemailer.createTransport(transportOptions(config, options));
}

interface NodemailerFailure {
  code?: string;
  command?: string;
  responseCode?: number;
  response?: string;
  message?: string;
}

/**
 * Maps nodemailer's error to the codes staff see, each with its own Swedish message. A reply
 * from the server (it has a reply code) is judged by the command it answered, never by its
 * words: "550 … lookup timed out" refuses a recipient, it is no timeout. Only errors without a
 * reply (the socket, DNS, TLS) are judged by the system's message.
 */
export function classifySendError(err: unknown): MailSendError {
  const e = (err ?? {}) as NodemailerFailure;
  const text = (e.response ?? e.message ?? String(err)).slice(0, 500);
  const make = (code: ErrorCode, transient: boolean) => new MailSendError(code, text, transient);
  if (e.responseCode !== undefined) {
    const [code, transient] = serverRefusal(e, e.responseCode);
    return make(code, transient);
  }
  const message = e.message ?? '';
  if (e.code === 'EDNS' || /ENOTFOUND|EAI_AGAIN/.test(message)) return make('mail.dns', true);
  if (/ECONNREFUSED/.test(message)) return make('mail.refused', true);
  if (e.code === 'ETIMEDOUT' || /ETIMEDOUT|timed? ?out/i.test(message)) {
    return make('mail.timeout', true);
  }
  if (e.code === 'ETLS' || /SSL|TLS|certificate|wrong version/i.test(message)) {
    return make('mail.tls', false);
  }
  if (e.code === 'EAUTH' || e.code === 'ENOAUTH') return make('mail.auth', false);
  if (
    e.code === 'ECONNECTION' ||
    e.code === 'ESOCKET' ||
    /ECONNRESET|EPIPE|closed/i.test(message)
  ) {
    return make('mail.connectionLost', true);
  }
  return make('mail.failed', false);
}

/** A reply code the server answered with: 4xx is worth another try, 5xx is not. */
function serverRefusal(e: NodemailerFailure, responseCode: number): [ErrorCode, boolean] {
  const temporary = responseCode >= 400 && responseCode < 500;
  // 421: the server is closing the connection (restarting, overloaded), whatever the command.
  if (responseCode === 421) return ['mail.connectionLost', true];
  if (e.code === 'EAUTH' || e.code === 'ENOAUTH') return ['mail.auth', temporary];
  if (e.code === 'ETLS') return ['mail.tls', false];
  // "530 Must issue a STARTTLS command first": the server wants the encryption chosen.
  if (responseCode === 530 && /STARTTLS|TLS/i.test(e.response ?? '')) return ['mail.tls', false];
  if (e.command === 'MAIL FROM') return ['mail.senderRefused', temporary];
  if (e.code === 'EENVELOPE' || e.command === 'RCPT TO') {
    return ['mail.recipientRefused', temporary];
  }
  return ['mail.failed', temporary];
}
