import { useState } from 'react';
import { TEMPLATE_FIELDS } from '../../../../shared/domain/mail-fields';
import { checkTemplate, type TemplateProblem } from '../../../../shared/domain/mail-template';
import type { MailTemplate } from '../../../../shared/schemas/mail';

export interface TemplateText {
  subject: string;
  body: string;
}

/**
 * What staff are typing for the chosen template: the stored text until they change it, and
 * the stored text again once it is saved or reset (the template's version changes). Problems
 * are found here, as they type, by the same rules the save applies.
 */
export function useTemplateDraft(template: MailTemplate | undefined) {
  const version = template
    ? `${template.kind}.${template.language}.${template.updatedAt ?? 'default'}`
    : '';
  const [state, setState] = useState<{ version: string; draft: TemplateText | null }>({
    version,
    draft: null,
  });
  // A new version (another template, or this one saved or reset) drops the draft.
  if (state.version !== version) setState({ version, draft: null });
  const draft = state.version === version ? state.draft : null;
  const text: TemplateText | null =
    draft ?? (template ? { subject: template.subject, body: template.body } : null);
  const dirty =
    template !== undefined &&
    draft !== null &&
    (draft.subject !== template.subject || draft.body !== template.body);
  const problems: TemplateProblem[] = template && text ? problemsOf(template, text) : [];
  return {
    text,
    dirty,
    problems,
    change: (next: TemplateText) => setState({ version, draft: next }),
    discard: () => setState({ version, draft: null }),
  };
}

function problemsOf(template: MailTemplate, text: TemplateText): TemplateProblem[] {
  const fields = TEMPLATE_FIELDS[template.kind];
  const all = [...checkTemplate(text.subject, fields), ...checkTemplate(text.body, fields)];
  return all.filter(
    (p, i) => all.findIndex((q) => q.code === p.code && q.detail === p.detail) === i,
  );
}
