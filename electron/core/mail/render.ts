import type { MailTemplateKind, MessageLanguage } from '../../../shared/schemas/mail';
import type { ServiceContext } from '../context';
import type { DataOf, RenderedMail } from './template-data';

/**
 * Renders the bureau's template (or the default) of a kind in a language with its data.
 * FOUNDATION STUB: the templates helper replaces the body; the signature stays.
 */
export async function renderMail<K extends MailTemplateKind>(
  _ctx: ServiceContext,
  kind: K,
  language: MessageLanguage,
  data: DataOf<K>,
): Promise<RenderedMail> {
  const subject = `${kind} (${language}) ${data.customer.name}`;
  const text = JSON.stringify(data, null, 2);
  return { subject, text, html: `<pre>${text.replace(/[<>&]/g, '')}</pre>` };
}
