import type { mailTemplatesSv } from './mailTemplates.sv';

/** In English: the message templates page (placeholders, preview, reset). */
export const mailTemplatesEn: typeof mailTemplatesSv = {
  title: '',
};
