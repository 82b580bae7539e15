import { AppError } from '../../../shared/errors';
import { TEMPLATE_FIELDS } from '../../../shared/domain/mail-fields';
import {
  checkTemplate,
  placeholderPaths,
  type TemplateProblem,
} from '../../../shared/domain/mail-template';
import {
  MAIL_TEMPLATE_KINDS,
  MESSAGE_LANGUAGES,
  type MailTemplate,
  type MailTemplateKind,
  type MessageLanguage,
  type MessagePreview,
} from '../../../shared/schemas/mail';
import { actorName, writeAudit } from '../audit/audit-service';
import { isoNow, type ServiceContext } from '../context';
import { MailTemplateEntity, type MailTemplateRow } from '../db/mail-entities';
import { defaultTemplate, type TemplateText } from './defaults';
import { renderTemplate } from './render';
import { previewData } from './preview-data';

interface TemplateKey {
  kind: MailTemplateKind;
  language: MessageLanguage;
}

/** Every kind in both languages, the bureau's text where it has edited one. */
export async function listMailTemplates(ctx: ServiceContext): Promise<MailTemplate[]> {
  const rows = await ctx.ds.getRepository(MailTemplateEntity).find();
  const saved = (k: TemplateKey) =>
    rows.find((r) => r.kind === k.kind && r.language === k.language);
  return MAIL_TEMPLATE_KINDS.flatMap((kind) =>
    MESSAGE_LANGUAGES.map((language) => toTemplate({ kind, language }, saved({ kind, language }))),
  );
}

/** Saves the bureau's text of a kind and language; a text with problems is refused unchanged. */
export async function saveMailTemplate(
  ctx: ServiceContext,
  input: TemplateKey & TemplateText,
): Promise<MailTemplate> {
  assertNoProblems(problemsOf(input.kind, input));
  const saved = await ctx.ds.transaction(async (m) => {
    const key = { kind: input.kind, language: input.language };
    const before = await m.findOne(MailTemplateEntity, { where: key });
    const row: MailTemplateRow = {
      ...key,
      subject: input.subject,
      body: input.body,
      updatedAt: isoNow(ctx),
      updatedBy: await actorName(m),
    };
    await m.save(MailTemplateEntity, row);
    await writeAudit(ctx, m, {
      entity: 'mailTemplate',
      entityId: `${key.kind}.${key.language}`,
      customerId: null,
      action: before ? 'update' : 'create',
      before: before ? auditView(before) : null,
      after: auditView(row),
      subject: '',
    });
    return row;
  });
  ctx.emit('bureau:changed', {});
  return toTemplate(input, saved);
}

/** Back to the default text: the bureau's row is deleted, which the audit log records. */
export async function resetMailTemplate(
  ctx: ServiceContext,
  key: TemplateKey,
): Promise<MailTemplate> {
  await ctx.ds.transaction(async (m) => {
    const before = await m.findOne(MailTemplateEntity, { where: { ...key } });
    if (!before) return;
    await m.delete(MailTemplateEntity, { kind: key.kind, language: key.language });
    await writeAudit(ctx, m, {
      entity: 'mailTemplate',
      entityId: `${key.kind}.${key.language}`,
      customerId: null,
      action: 'delete',
      before: auditView(before),
      after: null,
      subject: '',
    });
  });
  ctx.emit('bureau:changed', {});
  return toTemplate(key, undefined);
}

/**
 * Unsaved text rendered with a customer's data (or sample data): the editor's live preview.
 * Problems are answered, not thrown, so the editor can show them while staff type.
 */
export async function previewMailTemplate(
  ctx: ServiceContext,
  input: TemplateKey & TemplateText & { customerId?: string | undefined },
): Promise<MessagePreview> {
  const data = await previewData(ctx, input.kind, input.language, input.customerId);
  const rendered = renderTemplate(input, input.kind, input.language, data);
  return { ...rendered, problems: problemsOf(input.kind, input) };
}

function problemsOf(kind: MailTemplateKind, text: TemplateText): TemplateProblem[] {
  const fields = TEMPLATE_FIELDS[kind];
  const all = [...checkTemplate(text.subject, fields), ...checkTemplate(text.body, fields)];
  return all.filter(
    (p, i) => all.findIndex((q) => q.detail === p.detail && q.code === p.code) === i,
  );
}

function assertNoProblems(problems: TemplateProblem[]): void {
  const first = problems[0];
  if (!first) return;
  const names = problems.map((p) => p.detail).join(', ');
  throw new AppError(first.code, `Mallen har fel: ${names}`, { problems });
}

function toTemplate(key: TemplateKey, row: MailTemplateRow | undefined): MailTemplate {
  const text = row ?? defaultTemplate(key.kind, key.language);
  return {
    kind: key.kind,
    language: key.language,
    subject: text.subject,
    body: text.body,
    isDefault: row === undefined,
    placeholders: placeholderPaths(TEMPLATE_FIELDS[key.kind]),
    updatedAt: row?.updatedAt ?? null,
  };
}

const auditView = (row: MailTemplateRow) => ({
  kind: row.kind,
  language: row.language,
  subject: row.subject,
  body: row.body,
});
