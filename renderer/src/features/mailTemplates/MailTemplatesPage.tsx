import { useCallback, useEffect, useRef, useState } from 'react';
import Box from '@mui/material/Box';
import Breadcrumbs from '@mui/material/Breadcrumbs';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import Link from '@mui/material/Link';
import Paper from '@mui/material/Paper';
import Tab from '@mui/material/Tab';
import Tabs from '@mui/material/Tabs';
import ToggleButton from '@mui/material/ToggleButton';
import ToggleButtonGroup from '@mui/material/ToggleButtonGroup';
import Typography from '@mui/material/Typography';
import { Link as RouterLink } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import {
  MAIL_TEMPLATE_KINDS,
  MESSAGE_LANGUAGES,
  type MailTemplateKind,
  type MessageLanguage,
  type MessagePreview as Preview,
} from '../../../../shared/schemas/mail';
import { useQuery } from '../../api/hooks';
import { useMutation } from '../../api/useMutation';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { ErrorAlert } from '../../components/ErrorAlert';
import { LoadingBlock } from '../../components/LoadingBlock';
import { useNotify } from '../../components/Notifier';
import { PageHeader } from '../../components/PageHeader';
import { useUnsavedGuard } from '../../components/form/useUnsavedGuard';
import { useDebouncedValue } from '../../hooks/useDebouncedValue';
import { useDocumentTitle } from '../../hooks/useDocumentTitle';
import { useFormat } from '../../i18n/useFormat';
import { MessagePreview } from './MessagePreview';
import { PreviewCustomerField } from './PreviewCustomerField';
import { TemplateEditor } from './TemplateEditor';
import { useTemplateDraft, type TemplateText } from './useTemplateDraft';

interface TemplateKey {
  kind: MailTemplateKind;
  language: MessageLanguage;
}

/** The bureau's message templates: choose one, edit it with a live preview, save or reset. */
export function MailTemplatesPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('mailTemplates.title'));
  const list = useQuery('mailTemplates:list', {}, { refreshOn: ['bureau:changed'] });
  const [key, setKey] = useState<TemplateKey>({ kind: 'welcome', language: 'sv' });
  const template = list.data?.find((x) => x.kind === key.kind && x.language === key.language);
  const draft = useTemplateDraft(template);
  const [asked, setAsked] = useState<TemplateKey | null>(null);
  const dirty = useRef(false);
  dirty.current = draft.dirty;
  const guard = useUnsavedGuard(
    useCallback(() => dirty.current, []),
    t('mailTemplates.unsavedWhat'),
  );
  const choose = (next: TemplateKey) => (draft.dirty ? setAsked(next) : setKey(next));
  const names = (k: TemplateKey) => ({
    kind: t(`mailTemplates.kinds.${k.kind}`),
    language: t(`mailTemplates.languages.${k.language}`),
  });

  return (
    <>
      <PageHeader
        title={t('mailTemplates.title')}
        subtitle={t('mailTemplates.intro', { braces: '{{ }}' })}
        before={<TemplatesBreadcrumbs />}
      />
      {guard}
      <ErrorAlert error={list.error} onRetry={list.reload} />
      <Chooser value={key} onChange={choose} />
      {template && draft.text ? (
        <Workspace
          key={`${key.kind}.${key.language}`}
          templateKey={key}
          isDefault={template.isDefault}
          updatedAt={template.updatedAt}
          draft={{ ...draft, text: draft.text }}
          onSaved={list.reload}
        />
      ) : (
        !list.error && <LoadingBlock label={t('mailTemplates.title')} />
      )}
      <ConfirmDialog
        open={asked !== null}
        title={t('mailTemplates.discardTitle')}
        body={t('mailTemplates.discardBody', names(key))}
        confirmLabel={t('mailTemplates.discardConfirm')}
        onConfirm={() => {
          draft.discard();
          if (asked) setKey(asked);
          setAsked(null);
        }}
        onClose={() => setAsked(null)}
      />
    </>
  );
}

function Chooser({ value, onChange }: { value: TemplateKey; onChange: (k: TemplateKey) => void }) {
  const { t } = useTranslation();
  return (
    <Box sx={{ mb: 2 }}>
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 2, flexWrap: 'wrap' }}>
        <Tabs
          value={value.kind}
          onChange={(_, kind: MailTemplateKind) => onChange({ ...value, kind })}
          aria-label={t('mailTemplates.kindLabel')}
          variant="scrollable"
          sx={{ flex: '1 1 auto' }}
        >
          {MAIL_TEMPLATE_KINDS.map((kind) => (
            <Tab key={kind} value={kind} label={t(`mailTemplates.kinds.${kind}`)} />
          ))}
        </Tabs>
        <ToggleButtonGroup
          exclusive
          size="small"
          value={value.language}
          onChange={(_, language: MessageLanguage | null) =>
            language && onChange({ ...value, language })
          }
          aria-label={t('mailTemplates.languageLabel')}
        >
          {MESSAGE_LANGUAGES.map((language) => (
            <ToggleButton key={language} value={language} lang={language}>
              {t(`mailTemplates.languages.${language}`)}
            </ToggleButton>
          ))}
        </ToggleButtonGroup>
      </Box>
      <Typography variant="body2" color="text.secondary" sx={{ mt: 1 }}>
        {t(`mailTemplates.kindHints.${value.kind}`)}
      </Typography>
    </Box>
  );
}

interface WorkspaceProps {
  templateKey: TemplateKey;
  isDefault: boolean;
  updatedAt: string | null;
  draft: ReturnType<typeof useTemplateDraft> & { text: TemplateText };
  onSaved: () => void;
}

function Workspace({ templateKey, isDefault, updatedAt, draft, onSaved }: WorkspaceProps) {
  const { t } = useTranslation();
  const notify = useNotify();
  const format = useFormat();
  const save = useMutation('mailTemplates:save');
  const reset = useMutation('mailTemplates:reset');
  const [confirmReset, setConfirmReset] = useState(false);
  const [customerId, setCustomerId] = useState<string | null>(null);
  const preview = useLivePreview(templateKey, draft.text, customerId);
  const names = {
    kind: t(`mailTemplates.kinds.${templateKey.kind}`),
    language: t(`mailTemplates.languages.${templateKey.language}`),
  };

  async function onSave() {
    const result = await save.run({ ...templateKey, ...draft.text });
    if (!result.ok) return;
    notify(t('mailTemplates.saved'));
    onSaved();
  }

  async function onReset() {
    setConfirmReset(false);
    if (isDefault) return draft.discard();
    const result = await reset.run(templateKey);
    if (!result.ok) return;
    draft.discard();
    notify(t('mailTemplates.resetDone'));
    onSaved();
  }

  return (
    <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: { xs: '1fr', lg: '1fr 1fr' } }}>
      <Paper
        component="section"
        variant="outlined"
        aria-label={t('mailTemplates.editorTitle')}
        sx={{ p: 2.5 }}
      >
        <Box sx={{ display: 'flex', alignItems: 'center', mb: 2 }}>
          <Typography variant="h6" component="h2" sx={{ flex: 1 }}>
            {t('mailTemplates.editorTitle')}
          </Typography>
          <Chip
            size="small"
            color={draft.dirty ? 'warning' : 'default'}
            label={
              draft.dirty
                ? t('mailTemplates.unsaved')
                : isDefault
                  ? t('mailTemplates.isDefault')
                  : t('mailTemplates.edited', { date: format.date(updatedAt ?? '') })
            }
          />
        </Box>
        <TemplateEditor
          kind={templateKey.kind}
          text={draft.text}
          problems={draft.problems}
          onChange={draft.change}
        />
        <ErrorAlert error={save.error ?? reset.error} />
        <Box sx={{ display: 'flex', gap: 1.5, mt: 2, pt: 2, borderTop: 1, borderColor: 'divider' }}>
          <Button
            variant="contained"
            onClick={() => void onSave()}
            disabled={!draft.dirty || draft.problems.length > 0 || save.busy}
          >
            {t('mailTemplates.save')}
          </Button>
          <Button
            variant="outlined"
            onClick={() => setConfirmReset(true)}
            disabled={(isDefault && !draft.dirty) || reset.busy}
          >
            {t('mailTemplates.reset')}
          </Button>
        </Box>
      </Paper>
      <Paper component="section" variant="outlined" aria-labelledby="preview-title" sx={{ p: 2.5 }}>
        <Typography id="preview-title" variant="h6" component="h2">
          {t('mailTemplates.previewTitle')}
        </Typography>
        <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
          {customerId ? t('mailTemplates.previewHintCustomer') : t('mailTemplates.previewHint')}
        </Typography>
        <PreviewCustomerField value={customerId} onChange={setCustomerId} />
        <MessagePreview
          preview={preview}
          letter={templateKey.kind === 'bankidLetter'}
          language={templateKey.language}
        />
      </Paper>
      <ConfirmDialog
        open={confirmReset}
        title={t('mailTemplates.resetTitle')}
        body={t('mailTemplates.resetBody', names)}
        confirmLabel={t('mailTemplates.resetConfirm')}
        onConfirm={() => void onReset()}
        onClose={() => setConfirmReset(false)}
      />
    </Box>
  );
}

/** The unsaved text rendered by the services, once typing pauses; the last one stays shown. */
function useLivePreview(
  key: TemplateKey,
  text: TemplateText,
  customerId: string | null,
): Preview | undefined {
  const typed = useDebouncedValue(text, 300);
  const answer = useQuery('mailTemplates:preview', {
    ...key,
    ...typed,
    ...(customerId ? { customerId } : {}),
  });
  const [shown, setShown] = useState<Preview | undefined>(undefined);
  useEffect(() => {
    if (answer.data) setShown(answer.data);
  }, [answer.data]);
  return shown;
}

function TemplatesBreadcrumbs() {
  const { t } = useTranslation();
  return (
    <Breadcrumbs sx={{ mb: 1 }} aria-label={t('mailTemplates.breadcrumbsLabel')}>
      <Link component={RouterLink} to="/bureau" underline="hover" color="inherit">
        {t('bureau.title')}
      </Link>
      <Typography color="text.primary">{t('mailTemplates.title')}</Typography>
    </Breadcrumbs>
  );
}
