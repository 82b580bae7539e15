import type { Resolver } from 'react-hook-form';
import type { FieldError, FieldErrors } from 'react-hook-form';
import { DEFAULT_PORTS, validateMailSettings } from '../../../../shared/domain/mail';
import {
  mailSettingsInputSchema,
  type MailSecurity,
  type MailSettings,
  type MailSettingsInput,
} from '../../../../shared/schemas/mail';

/** Sent messages hold personal data: they are pruned after this many days unless told. */
export const DEFAULT_RETENTION_DAYS = 90;

/** The card's fields as typed: numbers as text, the password write-only. */
export interface MailSettingsValues {
  host: string;
  port: string;
  security: MailSecurity;
  username: string;
  /** A new password; empty keeps the stored one (unless it is being removed). */
  password: string;
  removePassword: boolean;
  senderName: string;
  senderAddress: string;
  replyTo: string;
  retentionDays: string;
}

/** The stored settings as the card shows them; STARTTLS on 587 and the bureau's name when new. */
export function mailSettingsValues(
  settings: MailSettings | null,
  bureauName = '',
): MailSettingsValues {
  return {
    host: settings?.host ?? '',
    port: String(settings?.port ?? DEFAULT_PORTS.starttls),
    security: settings?.security ?? 'starttls',
    username: settings?.username ?? '',
    password: '',
    removePassword: false,
    senderName: settings?.senderName ?? bureauName,
    senderAddress: settings?.senderAddress ?? '',
    replyTo: settings?.replyTo ?? '',
    retentionDays: String(settings?.retentionDays ?? DEFAULT_RETENTION_DAYS),
  };
}

/**
 * The port to show after the security choice changed: the new choice's usual port while the
 * field still holds the old choice's usual port (or nothing); a port typed by hand stays.
 */
export function portAfterSecurityChange(port: string, from: MailSecurity, to: MailSecurity) {
  const usual = port.trim() === '' || port.trim() === String(DEFAULT_PORTS[from]);
  return usual ? String(DEFAULT_PORTS[to]) : port;
}

const wholeNumber = (text: string) => (/^\s*\d+\s*$/.test(text) ? Number(text) : Number.NaN);

/** What the card saves: the password only when typed, '' when it is removed. */
export function toMailSettingsInput(values: MailSettingsValues): MailSettingsInput {
  const input: MailSettingsInput = {
    host: values.host.trim(),
    port: wholeNumber(values.port),
    security: values.security,
    username: values.username.trim(),
    senderName: values.senderName.trim(),
    senderAddress: values.senderAddress.trim(),
    replyTo: values.replyTo.trim(),
    retentionDays: wholeNumber(values.retentionDays),
  };
  if (values.removePassword) input.password = '';
  else if (values.password !== '') input.password = values.password;
  return input;
}

/** Field → error code: the schema's limits (port, retention days) and the shared rules. */
export function mailSettingsProblems(values: MailSettingsValues): Record<string, string> {
  const input = toMailSettingsInput(values);
  const problems: Record<string, string> = {};
  const shape = mailSettingsInputSchema.safeParse(input);
  if (!shape.success) {
    for (const issue of shape.error.issues) problems[String(issue.path[0])] ??= 'input.invalid';
  }
  for (const issue of validateMailSettings(input)) {
    if (issue.severity === 'error') problems[issue.field] ??= issue.code;
  }
  return problems;
}

export const mailSettingsResolver: Resolver<MailSettingsValues, unknown, MailSettingsInput> = (
  values,
) => {
  const problems = Object.entries(mailSettingsProblems(values));
  if (problems.length === 0) return { values: toMailSettingsInput(values), errors: {} };
  const errors: Record<string, FieldError> = {};
  for (const [field, code] of problems) errors[field] = { type: 'custom', message: code };
  return { values: {}, errors: errors as FieldErrors<MailSettingsValues> };
};
