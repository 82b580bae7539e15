import { useCallback, useRef, useState, type ReactNode } from 'react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import CircularProgress from '@mui/material/CircularProgress';
import Typography from '@mui/material/Typography';
import { useForm, type DefaultValues, type FieldPath, type UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { FieldIssue } from '../../../../../shared/errors';
import type { SectionState } from '../../../../../shared/schemas/settings';
import type { SectionData, SectionKey } from '../../../../../shared/settings/sections';
import { useUnsavedGuard } from '../../../components/form/useUnsavedGuard';
import { sectionResolver } from '../sectionResolver';

export type SaveOutcome = { ok: true } | { ok: false; issues: FieldIssue[] };

/** What every section form gets from the page. */
export interface SectionFormProps<K extends SectionKey> {
  state: SectionState<K>;
  /** The section's numbered name, which also names its form. */
  label: string;
  /** Saves the section, then marks it reviewed when `review` is set. */
  onSave: (data: SectionData[K], review: boolean) => Promise<SaveOutcome>;
  onUnreview: () => Promise<void>;
}

export function useSectionForm<K extends SectionKey>(key: K, state: SectionState<K>) {
  return useForm<SectionData[K]>({
    defaultValues: state.data as DefaultValues<SectionData[K]>,
    resolver: sectionResolver(key),
    // Quiet until the first save, then live: a row just added is not yet an error.
    mode: 'onSubmit',
    reValidateMode: 'onChange',
  });
}

interface FrameProps<K extends SectionKey> extends SectionFormProps<K> {
  form: UseFormReturn<SectionData[K]>;
  children: ReactNode;
}

/**
 * The form of one section, with its buttons: "Spara och markera som granskad" is the main
 * action until the section is reviewed; after that "Spara" and "Markera som ej granskad".
 */
export function SectionForm<K extends SectionKey>(props: FrameProps<K>) {
  const { t } = useTranslation();
  const { form, state, label, onSave, onUnreview, children } = props;
  const { formState } = form;
  const [busy, setBusy] = useState<'save' | 'review' | 'unreview' | null>(null);
  const reviewed = state.reviewedAt !== null;
  // While a save runs, its own move on to the next section is no leaving.
  const saving = useRef(false);
  const unsaved = useCallback(() => !saving.current && form.formState.isDirty, [form.formState]);
  const guard = useUnsavedGuard(unsaved, label);

  const submit = (review: boolean) =>
    form.handleSubmit(async (data) => {
      setBusy(review ? 'review' : 'save');
      saving.current = true;
      try {
        const outcome = await onSave(data, review);
        if (outcome.ok) {
          form.reset(data);
          return;
        }
        for (const issue of outcome.issues) {
          form.setError(issue.field as FieldPath<SectionData[K]>, {
            type: 'server',
            message: issue.code,
          });
        }
      } finally {
        saving.current = false;
        setBusy(null);
      }
    });

  async function unreview() {
    setBusy('unreview');
    try {
      await onUnreview();
    } finally {
      setBusy(null);
    }
  }

  const hasErrors = Object.keys(formState.errors).length > 0;
  const spinner = (what: typeof busy) =>
    busy === what ? <CircularProgress size={16} color="inherit" /> : undefined;
  return (
    <Box component="form" noValidate aria-label={label} onSubmit={submit(false)}>
      {children}
      {guard}
      {hasErrors && formState.isSubmitted && (
        <Alert severity="error" sx={{ mt: 3 }}>
          {t('wizard.fixErrors')}
        </Alert>
      )}
      <Box
        sx={{
          display: 'flex',
          alignItems: 'center',
          gap: 1.5,
          mt: 3,
          pt: 2,
          borderTop: 1,
          borderColor: 'divider',
          flexWrap: 'wrap',
        }}
      >
        {(!reviewed || formState.isDirty) && (
          <Button
            variant="contained"
            onClick={submit(true)}
            disabled={busy !== null}
            endIcon={spinner('review')}
          >
            {t('timeSettings.saveAndReview')}
          </Button>
        )}
        <Button
          type="submit"
          variant={reviewed && !formState.isDirty ? 'contained' : 'outlined'}
          disabled={busy !== null}
          endIcon={spinner('save')}
        >
          {t('timeSettings.save')}
        </Button>
        {reviewed && (
          <Button
            color="inherit"
            onClick={() => void unreview()}
            disabled={busy !== null}
            endIcon={spinner('unreview')}
          >
            {t('timeSettings.unreview')}
          </Button>
        )}
        <Typography variant="body2" color="text.secondary" aria-live="polite" sx={{ ml: 'auto' }}>
          {formState.isDirty ? t('timeSettings.unsaved') : ''}
        </Typography>
      </Box>
    </Box>
  );
}
