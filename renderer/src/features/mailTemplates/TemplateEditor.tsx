import { useRef } from 'react';
import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import TextField from '@mui/material/TextField';
import { useTranslation } from 'react-i18next';
import type { TemplateProblem } from '../../../../shared/domain/mail-template';
import type { MailTemplateKind } from '../../../../shared/schemas/mail';
import { insertAtCursor } from './insertAtCursor';
import { PlaceholderList } from './PlaceholderList';
import type { TemplateText } from './useTemplateDraft';

interface Props {
  kind: MailTemplateKind;
  text: TemplateText;
  problems: TemplateProblem[];
  onChange: (text: TemplateText) => void;
}

const MONOSPACE = 'ui-monospace, Menlo, Consolas, monospace';

/** Subject and body of a template, the fields to insert, and what keeps it from being saved. */
export function TemplateEditor({ kind, text, problems, onChange }: Props) {
  const { t } = useTranslation();
  const subject = useRef<HTMLInputElement>(null);
  const body = useRef<HTMLTextAreaElement>(null);
  // A field is inserted where the cursor last stood: the subject or (by default) the body.
  const target = useRef<'subject' | 'body'>('body');

  function insert(snippet: string) {
    const field = target.current;
    const element = field === 'subject' ? subject.current : body.current;
    const value = text[field];
    const start = element?.selectionStart ?? value.length;
    const end = element?.selectionEnd ?? value.length;
    const edit = insertAtCursor(value, start, end, snippet);
    onChange({ ...text, [field]: edit.value });
    requestAnimationFrame(() => {
      element?.focus();
      element?.setSelectionRange(edit.cursor, edit.cursor);
    });
  }

  return (
    <>
      <TextField
        label={
          kind === 'bankidLetter' ? t('mailTemplates.subjectLetter') : t('mailTemplates.subject')
        }
        value={text.subject}
        onChange={(e) => onChange({ ...text, subject: e.target.value })}
        onFocus={() => (target.current = 'subject')}
        inputRef={subject}
        fullWidth
        slotProps={{ htmlInput: { maxLength: 300, spellCheck: false } }}
        sx={{ mb: 2 }}
      />
      <TextField
        label={t('mailTemplates.body')}
        value={text.body}
        onChange={(e) => onChange({ ...text, body: e.target.value })}
        onFocus={() => (target.current = 'body')}
        inputRef={body}
        multiline
        minRows={14}
        maxRows={28}
        fullWidth
        slotProps={{
          htmlInput: { maxLength: 20_000, spellCheck: false },
          input: { sx: { fontFamily: MONOSPACE, fontSize: 13, lineHeight: 1.5 } },
        }}
      />
      <Problems problems={problems} />
      <PlaceholderList kind={kind} onInsert={insert} />
    </>
  );
}

function Problems({ problems }: { problems: TemplateProblem[] }) {
  const { t } = useTranslation();
  if (problems.length === 0) return null;
  const text = (p: TemplateProblem) => {
    if (p.code === 'mailTemplate.placeholder')
      return t('mailTemplates.problems.placeholder', { name: `{{${p.detail}}}` });
    if (p.detail === '{{') return t('mailTemplates.problems.brace', { close: '}}' });
    return t('mailTemplates.problems.syntax', {
      name: p.detail ? `{{#${p.detail}}}` : '',
      open: '{{#…}}',
      close: '{{/…}}',
    });
  };
  return (
    <Alert severity="error" sx={{ mt: 2 }} role="alert">
      <AlertTitle>{t('mailTemplates.problemsTitle')}</AlertTitle>
      <ul style={{ margin: 0, paddingLeft: '1.2em' }}>
        {problems.map((p) => (
          <li key={`${p.code}:${p.detail}`}>{text(p)}</li>
        ))}
      </ul>
    </Alert>
  );
}
