import { AppError } from '../../../shared/errors';
import type { MailTemplate, MessagePreview } from '../../../shared/schemas/mail';
import type { MailTemplateKind, MessageLanguage } from '../../../shared/schemas/mail';
import type { ServiceContext } from '../context';

export async function listMailTemplates(_ctx: ServiceContext): Promise<MailTemplate[]> {
  throw new AppError('internal', 'Inte byggt ännu');
}

export async function saveMailTemplate(
  _ctx: ServiceContext,
  _input: { kind: MailTemplateKind; language: MessageLanguage; subject: string; body: string },
): Promise<MailTemplate> {
  throw new AppError('internal', 'Inte byggt ännu');
}

export async function resetMailTemplate(
  _ctx: ServiceContext,
  _input: { kind: MailTemplateKind; language: MessageLanguage },
): Promise<MailTemplate> {
  throw new AppError('internal', 'Inte byggt ännu');
}

export async function previewMailTemplate(
  _ctx: ServiceContext,
  _input: {
    kind: MailTemplateKind;
    language: MessageLanguage;
    subject: string;
    body: string;
    customerId?: string;
  },
): Promise<MessagePreview> {
  throw new AppError('internal', 'Inte byggt ännu');
}
