import { useCallback, useEffect, useRef, useState, type ReactNode } from 'react';
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
import { StaleDialog } from '../../../components/StaleDialog';
import { staleChanges } from '../../../components/staleChanges';
import { mergeMine } from '../../../components/staleMerge';
import type { Colleague, StaleSave } from '../../../components/staleRefusal';
import { sectionResolver } from '../sectionResolver';
import { sectionStaleFields } from './sectionStale';

/** A refused save: its field problems, or (stale) the colleague's newer version of the section. */
export type SaveOutcome =
  { ok: true } | { ok: false; issues: FieldIssue[]; stale?: Colleague<SectionState> };

/** What every section form gets from the page. */
export interface SectionFormProps<K extends SectionKey> {
  state: SectionState<K>;
  /** The section's numbered name, which also names its form. */
  label: string;
  /**
   * Saves the section over `recordVersion` (the version the form shows), then marks it reviewed
   * when `review` is set.
   */
  onSave: (data: SectionData[K], review: boolean, recordVersion: number) => Promise<SaveOutcome>;
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
  const stale = useStaleSection(form, state, saving);
  const { base } = stale;

  const submit = (review: boolean, over = base) =>
    form.handleSubmit(async (data) => {
      setBusy(review ? 'review' : 'save');
      saving.current = true;
      try {
        const outcome = await onSave(data, review, over.recordVersion);
        if (outcome.ok) {
          form.reset(data);
          return;
        }
        if (outcome.stale) {
          const theirs = outcome.stale.theirs as SectionState<K>;
          stale.refused({ ...outcome.stale, theirs, read: over, values: data, review });
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
      {stale.refusal && (
        <StaleDialog
          changes={staleChanges(
            sectionStaleFields(t, stale.refusal.read.data),
            stale.refusal.read.data,
            stale.refusal.theirs.data,
            stale.refusal.values,
          )}
          changedBy={stale.refusal.changedBy}
          changedAt={stale.refusal.changedAt}
          busy={busy !== null}
          onReapply={() => {
            const again = stale.reapply();
            if (again) void submit(again.review, again.over)();
          }}
          onReload={stale.takeTheirs}
          onClose={stale.dismiss}
        />
      )}
    </Box>
  );
}

type SectionStale<K extends SectionKey> = StaleSave<SectionState<K>, SectionData[K]> & {
  review: boolean;
};

/**
 * The version the form saves over, and a save refused as stale. A colleague's save (or a copy)
 * shows up in an untouched form; in one with typed values the values stay, and their save is
 * refused as stale, with the dialog, instead of being wiped or silently overwriting theirs.
 */
function useStaleSection<K extends SectionKey>(
  form: UseFormReturn<SectionData[K]>,
  state: SectionState<K>,
  saving: { current: boolean },
) {
  const [base, setBase] = useState(state);
  const [refusal, setRefusal] = useState<SectionStale<K> | null>(null);
  const dirty = form.formState.isDirty;
  useEffect(() => {
    if (state.recordVersion === base.recordVersion || (dirty && !saving.current)) return;
    setBase(state);
    form.reset(state.data);
  }, [state, base, dirty, form, saving]);

  /** "Använd mina ändringar": the parts changed here over theirs, shown, then saved over theirs. */
  function reapply(): { review: boolean; over: SectionState<K> } | null {
    if (!refusal) return null;
    const { read, values, theirs, review } = refusal;
    setBase(theirs);
    setRefusal(null);
    form.reset(mergeMine(read.data, values, theirs.data));
    return { review, over: theirs };
  }

  function takeTheirs() {
    if (!refusal) return;
    setBase(refusal.theirs);
    form.reset(refusal.theirs.data);
    setRefusal(null);
  }

  return {
    base,
    refusal,
    refused: setRefusal,
    reapply,
    takeTheirs,
    dismiss: () => setRefusal(null),
  };
}
