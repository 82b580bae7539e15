import type { EntityManager } from 'typeorm';
import { isCompleteBy, missingWords } from '../../../shared/domain/mail-fields';
import { renderText, textToHtml, type TemplateValue } from '../../../shared/domain/mail-template';
import type { MailTemplateKind, MessageLanguage } from '../../../shared/schemas/mail';
import type { ServiceContext } from '../context';
import { MailTemplateEntity } from '../db/mail-entities';
import { defaultTemplate, type TemplateText } from './defaults';
import type { DataOf, RenderedMail, TemplateData, UserMessageData } from './template-data';

/** Renders the bureau's template (or the default) of a kind in a language with its data. */
export async function renderMail<K extends MailTemplateKind>(
  ctx: ServiceContext,
  kind: K,
  language: MessageLanguage,
  data: DataOf<K>,
): Promise<RenderedMail> {
  return renderTemplate(await templateOf(ctx.ds.manager, kind, language), kind, language, data);
}

/** The bureau's edited template of a kind and language, else the default text. */
export async function templateOf(
  m: EntityManager,
  kind: MailTemplateKind,
  language: MessageLanguage,
): Promise<TemplateText> {
  const row = await m.findOne(MailTemplateEntity, { where: { kind, language } });
  return row ? { subject: row.subject, body: row.body } : defaultTemplate(kind, language);
}

/**
 * A template filled with its data: the subject on one line (text only), the body as plain text,
 * and the HTML part made from that text, every character of it escaped.
 */
export function renderTemplate<K extends MailTemplateKind>(
  template: TemplateText,
  kind: K,
  language: MessageLanguage,
  data: DataOf<K>,
): RenderedMail {
  const view = templateView(kind, language, data);
  const subject = renderText(template.subject, view).replace(/\s+/g, ' ').trim();
  const text = `${renderText(template.body, view).replace(/\s+$/, '')}\n`;
  return { subject, text, html: textToHtml(text, { language, title: subject }) };
}

/** The data as the template sees it (TEMPLATE_FIELDS): codes become words of the language. */
function templateView<K extends MailTemplateKind>(
  kind: K,
  language: MessageLanguage,
  data: DataOf<K>,
): TemplateValue {
  if (kind !== 'contactSummary') return userView(data as UserMessageData);
  const summary = data as TemplateData['contactSummary'];
  return {
    bureau: { ...summary.bureau },
    customer: { ...summary.customer },
    contact: { name: summary.contact.name },
    users: summary.users.map((u) => ({
      name: u.name,
      email: u.email,
      missing: missingWords(u.missing, language),
      complete: isCompleteBy(u.missing),
    })),
    nothingMissing: summary.users.every((u) => u.missing.length === 0),
  };
}

function userView(data: UserMessageData): TemplateValue {
  const { user } = data;
  return {
    bureau: { ...data.bureau },
    customer: { ...data.customer },
    user: { ...user, name: `${user.firstName} ${user.lastName}`.trim() },
  };
}
