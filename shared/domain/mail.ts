import type { FieldIssue } from '../errors';
import type { MailSettingsInput } from '../schemas/mail';
import { isValidEmail } from './contact';
import { withTextRule } from './text';

/* The bureau's mail server settings: one rule for the form, the service and the CLI. */

const LOOPBACK = /^(localhost|127(\.\d{1,3}){3}|::1|\[::1\])$/i;

/** This machine: the only place an unencrypted SMTP connection may go (a local relay). */
export const isLoopbackHost = (host: string): boolean => LOOPBACK.test(host.trim());

/** The usual port of each security choice: 587 submission with STARTTLS, 465 TLS, 25 plain. */
export const DEFAULT_PORTS = { starttls: 587, tls: 465, none: 25 } as const;

export function validateMailSettings(input: MailSettingsInput): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const error = (field: string, code: FieldIssue['code']) =>
    issues.push({ field, code, severity: 'error' });
  if (!input.host.trim()) error('host', 'mail.hostMissing');
  if (!isValidEmail(input.senderAddress)) error('senderAddress', 'email.invalid');
  if (input.replyTo && !isValidEmail(input.replyTo)) error('replyTo', 'email.invalid');
  if (input.security === 'none' && input.host.trim() && !isLoopbackHost(input.host)) {
    error('security', 'mail.insecure');
  }
  // A line break in a header field could add headers of its own (Bcc:) to every message.
  const { host, username, senderName, senderAddress, replyTo } = input;
  return withTextRule({ host, username, senderName, senderAddress, replyTo }, issues);
}
