import { validateMailSettings } from '../../../shared/domain/mail';
import { AppError } from '../../../shared/errors';
import type { MailSettings, MailSettingsInput, MailSecurity } from '../../../shared/schemas/mail';
import { writeAudit } from '../audit/audit-service';
import { MailSettingsEntity, type MailSettingsRow } from '../db/mail-entities';
import { isoNow, type ServiceContext } from '../context';
import { assertNoErrors } from '../validation';
import type { SmtpConfig } from './transport';

export const DEFAULT_RETENTION_DAYS = 90;

export async function getMailSettings(ctx: ServiceContext): Promise<MailSettings | null> {
  const row = await ctx.ds.getRepository(MailSettingsEntity).findOne({ where: { id: 1 } });
  return row ? toView(row) : null;
}

/** Saves the SMTP settings; the password is encrypted with the data key before it is stored. */
export async function saveMailSettings(
  ctx: ServiceContext,
  input: MailSettingsInput,
): Promise<MailSettings> {
  assertNoErrors(validateMailSettings(input));
  const now = isoNow(ctx);
  const saved = await ctx.ds.transaction(async (m) => {
    const before = await m.findOne(MailSettingsEntity, { where: { id: 1 } });
    const row: MailSettingsRow = {
      id: 1,
      host: input.host,
      port: input.port,
      security: input.security,
      username: input.username,
      passwordEnc: sealedPassword(ctx, input.password, before?.passwordEnc ?? null),
      senderName: input.senderName,
      senderAddress: input.senderAddress,
      replyTo: input.replyTo ?? '',
      retentionDays: input.retentionDays ?? before?.retentionDays ?? DEFAULT_RETENTION_DAYS,
      updatedAt: now,
    };
    await m.save(MailSettingsEntity, row);
    await writeAudit(ctx, m, {
      entity: 'mailSettings',
      entityId: '1',
      customerId: null,
      action: before ? 'update' : 'create',
      before: before ? auditView(before) : null,
      after: auditView(row, before),
      subject: '',
    });
    return row;
  });
  ctx.emit('bureau:changed', {});
  return toView(saved);
}

function sealedPassword(ctx: ServiceContext, typed: string | undefined, stored: string | null) {
  if (typed === undefined) return stored;
  return typed === '' ? null : ctx.cipher.encrypt(typed);
}

export { validateMailSettings };

/** The settings with the password unsealed, for sending; mail.notConfigured when none are set. */
export async function loadSmtpConfig(ctx: ServiceContext): Promise<SmtpConfig> {
  const row = await ctx.ds.getRepository(MailSettingsEntity).findOne({ where: { id: 1 } });
  if (!row) throw new AppError('mail.notConfigured', 'Ingen e-postserver är inställd.');
  return {
    host: row.host,
    port: row.port,
    security: row.security as MailSecurity,
    username: row.username,
    password: row.passwordEnc ? ctx.cipher.decrypt(row.passwordEnc) : null,
    senderName: row.senderName,
    senderAddress: row.senderAddress,
    replyTo: row.replyTo,
  };
}

export async function retentionDays(ctx: ServiceContext): Promise<number> {
  const row = await ctx.ds.getRepository(MailSettingsEntity).findOne({ where: { id: 1 } });
  return row?.retentionDays ?? DEFAULT_RETENTION_DAYS;
}

function toView(row: MailSettingsRow): MailSettings {
  return {
    host: row.host,
    port: row.port,
    security: row.security as MailSecurity,
    username: row.username,
    hasPassword: row.passwordEnc !== null,
    senderName: row.senderName,
    senderAddress: row.senderAddress,
    replyTo: row.replyTo,
    retentionDays: row.retentionDays,
    updatedAt: row.updatedAt,
  };
}

/**
 * The audit log's view: whether a password is set and, when it was replaced, that it was
 * ("bytt"); never the password or its token.
 */
function auditView(row: MailSettingsRow, before?: MailSettingsRow | null): Record<string, unknown> {
  const { passwordEnc, updatedAt: _updatedAt, id: _id, ...rest } = row;
  const replaced = before?.passwordEnc && passwordEnc && before.passwordEnc !== passwordEnc;
  return { ...rest, password: replaced ? 'bytt' : passwordEnc ? 'satt' : 'saknas' };
}
