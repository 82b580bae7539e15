import { useCallback, useEffect, useRef, useState } from 'react';
import type { UseFormReturn } from 'react-hook-form';
import { invoke } from '../../api/client';
import type { CollaborationInput } from '../../../../shared/schemas/customer';
import type { CollaborationContext } from './collaborationResolver';
import { emptyValues, mergeKnown, type CollaborationFormValues } from './formValues';
import { LAST_STEP } from './steps';

const DRAFT_KEY = 'new-collaboration';
const SAVE_DELAY_MS = 500;

interface DraftPayload {
  step: number;
  values: CollaborationFormValues;
  /** A personnummer was typed and left out of the draft: the restored form says so. */
  personnummerDropped: boolean;
}

/** A stored draft, made safe for the form: unknown keys dropped, enums and step checked. */
function readDraft(payload: Record<string, unknown>): DraftPayload {
  const values = mergeKnown(emptyValues(), payload.values);
  const defaults = emptyValues();
  if (values.version !== 'easy') values.version = 'easy';
  if (!['bureau', 'customer'].includes(values.invoicing.payer))
    values.invoicing = defaults.invoicing;
  const step = typeof payload.step === 'number' ? payload.step : 0;
  return {
    values,
    step: Math.min(Math.max(0, Math.trunc(step)), LAST_STEP),
    personnummerDropped: payload.personnummerDropped === true,
  };
}

/**
 * Personnummer are personal data: they stay in the form and never go into a draft, which
 * remembers only that one was typed.
 */
function toPayload(step: number, values: CollaborationFormValues): Record<string, unknown> {
  return {
    step,
    values: { ...values, contact: { ...values.contact, personnummer: '' } },
    personnummerDropped: values.contact.personnummer.trim() !== '',
  };
}

type Form = UseFormReturn<CollaborationFormValues, CollaborationContext, CollaborationInput>;

export interface WizardDraft {
  ready: boolean;
  restoredAt: string | null;
  savedAt: string | null;
  /** The restored draft had a personnummer, left out: the contact's field must be filled again. */
  personnummerDropped: boolean;
  /** Stops saving and removes the stored draft (after "Börja om" or a successful create). */
  discard: () => Promise<void>;
}

/**
 * Keeps the new-collaboration wizard in drafts:save while the user types (debounced), and
 * restores it on open. Disabled in edit mode.
 */
export function useWizardDraft(
  form: Form,
  step: number,
  setStep: (step: number) => void,
  enabled: boolean,
): WizardDraft {
  const [state, setState] = useState({
    ready: !enabled,
    restoredAt: null as string | null,
    savedAt: null as string | null,
    personnummerDropped: false,
  });
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const dirty = useRef(false);
  const stepRef = useRef(step);
  // A save still on its way must land before a discard, or it would bring the draft back.
  const inFlight = useRef<Promise<void> | null>(null);
  const { reset, watch, getValues } = form;

  const saveNow = useCallback(() => {
    timer.current = null;
    const saving = invoke('drafts:save', {
      key: DRAFT_KEY,
      payload: toPayload(stepRef.current, getValues()),
    }).then((result) => {
      if (result.ok) setState((s) => ({ ...s, savedAt: result.value.updatedAt }));
    });
    inFlight.current = saving;
    return saving;
  }, [getValues]);

  const schedule = useCallback(() => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(() => void saveNow(), SAVE_DELAY_MS);
  }, [saveNow]);

  useEffect(() => {
    if (!enabled) return;
    let live = true;
    void invoke('drafts:get', { key: DRAFT_KEY }).then((result) => {
      if (!live) return;
      const draft = result.ok && result.value ? result.value : null;
      const restored = draft ? readDraft(draft.payload) : null;
      if (restored) {
        reset(restored.values);
        setStep(restored.step);
      }
      setState({
        ready: true,
        restoredAt: draft?.updatedAt ?? null,
        savedAt: null,
        personnummerDropped: restored?.personnummerDropped ?? false,
      });
    });
    return () => {
      live = false;
    };
  }, [enabled, reset, setStep]);

  useEffect(() => {
    if (!enabled || !state.ready) return;
    const subscription = watch((_values, { name }) => {
      // A reset has no field name: only the user's own changes make a draft.
      if (!name) return;
      dirty.current = true;
      schedule();
    });
    return () => subscription.unsubscribe();
  }, [enabled, state.ready, watch, schedule]);

  useEffect(() => {
    stepRef.current = step;
    if (enabled && dirty.current) schedule();
  }, [enabled, step, schedule]);

  // Leaving the page within the debounce still keeps the last keystrokes.
  useEffect(
    () => () => {
      if (timer.current) {
        clearTimeout(timer.current);
        void saveNow();
      }
    },
    [saveNow],
  );

  const discard = useCallback(async () => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    dirty.current = false;
    setState((s) => ({ ...s, restoredAt: null, savedAt: null, personnummerDropped: false }));
    await inFlight.current;
    await invoke('drafts:discard', { key: DRAFT_KEY });
  }, []);

  return { ...state, discard };
}
