/** In Swedish: the message templates page (placeholders, preview, reset). mailTemplates.en.ts has the same shape. */
export const mailTemplatesSv = {
  title: '',
};
