import type { MailSecurity, MailSettings, MailSettingsInput } from '../../shared/schemas/mail';
import { isLoopbackHost } from '../core/mail/transport';
import { UsageError } from './output';

/** The environment variable that carries the SMTP password, so it stays out of shell history. */
export const PASSWORD_ENV = 'KUNDSTART_SMTP_PASSWORD';

/** Where the saved password came from: the CLI says so, and never prints the password. */
export type PasswordSource = 'url' | 'env' | 'kept';

export interface SmtpUrl {
  host: string;
  port: number;
  security: MailSecurity;
  username: string;
  /** Absent when the URL carries none. */
  password?: string;
}

const URL_FORM = 'smtp[s]://ANVÄNDARE:LÖSENORD@SERVER:PORT';

/**
 * `smtps://` is TLS from the first byte, `smtp://` is STARTTLS; except `smtp://` to this
 * machine, a local relay, which is plain. The user and password are URL-encoded in the URL.
 */
export function parseSmtpUrl(text: string): SmtpUrl {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new UsageError(`--smtp-url ska se ut som ${URL_FORM}: ${redactUrl(text)}`);
  }
  const scheme = url.protocol.replace(/:$/, '').toLowerCase();
  if ((scheme !== 'smtp' && scheme !== 'smtps') || !url.hostname) {
    throw new UsageError(`--smtp-url ska se ut som ${URL_FORM}: ${redactUrl(text)}`);
  }
  const host = url.hostname.replace(/^\[(.*)\]$/, '$1');
  const security: MailSecurity =
    scheme === 'smtps' ? 'tls' : isLoopbackHost(host) ? 'none' : 'starttls';
  const port = url.port ? Number(url.port) : security === 'tls' ? 465 : 587;
  const parsed: SmtpUrl = { host, port, security, username: decode(url.username) };
  if (url.password) parsed.password = decode(url.password);
  return parsed;
}

/** `"Name <address>"` or a bare address. */
export function parseSender(text: string): { name: string | null; address: string } {
  const match = /^\s*(.*?)\s*<([^<>]*)>\s*$/.exec(text);
  if (!match) return { name: null, address: text.trim() };
  const name = match[1]!.replace(/^"(.*)"$/, '$1').trim();
  return { name: name || null, address: match[2]!.trim() };
}

/**
 * The settings `bureau set` saves: the URL's and sender's parts over what is stored. The
 * password: the URL's, else the environment's, else the stored one is kept.
 */
export function mailInput(
  current: MailSettings | null,
  flags: { smtpUrl?: string; sender?: string },
  fallbackName: string,
  env: NodeJS.ProcessEnv = process.env,
): { input: MailSettingsInput; passwordFrom: PasswordSource } {
  const url = flags.smtpUrl === undefined ? null : parseSmtpUrl(flags.smtpUrl);
  const sender = flags.sender === undefined ? null : parseSender(flags.sender);
  const fromEnv = env[PASSWORD_ENV];
  const password = url?.password ?? (url && fromEnv ? fromEnv : undefined);
  const passwordFrom: PasswordSource = url?.password ? 'url' : password ? 'env' : 'kept';
  const input: MailSettingsInput = {
    host: url?.host ?? current?.host ?? '',
    port: url?.port ?? current?.port ?? 587,
    security: url?.security ?? current?.security ?? 'starttls',
    username: url?.username ?? current?.username ?? '',
    senderName: sender?.name ?? current?.senderName ?? fallbackName,
    senderAddress: sender?.address ?? current?.senderAddress ?? '',
    replyTo: current?.replyTo ?? '',
  };
  if (password !== undefined) input.password = password;
  return { input, passwordFrom };
}

function decode(part: string): string {
  try {
    return decodeURIComponent(part);
  } catch {
    throw new UsageError('--smtp-url: användarnamnet eller lösenordet är felaktigt URL-kodat');
  }
}

/** A URL as it may be printed: never with its password. */
function redactUrl(text: string): string {
  return text.replace(/(\/\/[^:/@]*:)[^@]*@/, '$1***@');
}
