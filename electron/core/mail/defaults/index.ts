import type { MailTemplateKind, MessageLanguage } from '../../../../shared/schemas/mail';
import { ENGLISH } from './en';
import { SWEDISH } from './sv';

export interface TemplateText {
  subject: string;
  body: string;
}

export type DefaultTexts = Record<MailTemplateKind, TemplateText>;

const DEFAULTS: Record<MessageLanguage, DefaultTexts> = { sv: SWEDISH, en: ENGLISH };

/** The text a kind has until the bureau edits it, and again after a reset. */
export const defaultTemplate = (kind: MailTemplateKind, language: MessageLanguage): TemplateText =>
  DEFAULTS[language][kind];
