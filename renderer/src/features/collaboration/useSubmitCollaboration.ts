import { useState } from 'react';
import type { UseFormReturn } from 'react-hook-form';
import { useNavigate } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import type {
  CollaborationInput,
  CustomerDetail,
  ExistingCustomerRef,
} from '../../../../shared/schemas/customer';
import type { Result } from '../../../../shared/errors';
import { ApiError, invoke } from '../../api/client';
import { useNotify } from '../../components/Notifier';
import { detailsOf } from '../../../../shared/errorDetails';
import { fromDetail, type CollaborationFormValues, type FormMode } from './formValues';
import { serverIssues } from './serverIssues';
import { mergeMine } from '../../components/staleMerge';
import { STEPS, stepOfField } from './steps';
import type { CollaborationContext } from './collaborationResolver';

type Form = UseFormReturn<CollaborationFormValues, CollaborationContext, CollaborationInput>;

interface Options {
  form: Form;
  mode: FormMode;
  customerId?: string;
  goToStep: (step: number) => void;
  /** Runs after a successful create, before leaving (discards the draft). */
  onCreated?: () => Promise<void>;
  /** Edit mode: the customer as the form was read; its recordVersion goes with the save. */
  stored?: CustomerDetail;
}

/** A save refused as stale: the version read, the colleague's, and the values refused. */
export interface StaleSave {
  read: CustomerDetail;
  theirs: CustomerDetail;
  changedBy: string | null;
  changedAt: string | null;
  input: CollaborationInput;
  values: CollaborationFormValues;
}

/** Sends the collaboration, and turns a refusal into field errors, a duplicate link or a message. */
export function useSubmitCollaboration(options: Options) {
  const { form, mode, customerId, goToStep, onCreated } = options;
  const { t } = useTranslation();
  const notify = useNotify();
  const navigate = useNavigate();
  const [error, setError] = useState<ApiError | null>(null);
  const [duplicate, setDuplicate] = useState<ExistingCustomerRef | null>(null);
  // The version the next save is made over: the one read, or a colleague's after "reapply".
  const [base, setBase] = useState<CustomerDetail | undefined>(options.stored);
  const [stale, setStale] = useState<StaleSave | null>(null);

  async function send(input: CollaborationInput, over = base): Promise<Result<CustomerDetail>> {
    return mode === 'edit' && customerId
      ? invoke('customers:update', {
          ...input,
          id: customerId,
          ...(over ? { recordVersion: over.recordVersion } : {}),
        })
      : invoke('customers:create', input);
  }

  async function refused(apiError: ApiError, input: CollaborationInput) {
    const details = detailsOf(apiError, 'conflict.stale');
    if (details && base) {
      setStale({
        read: base,
        // The core sends the customer as customers:get shows it, personnummer masked.
        theirs: details.current as unknown as CustomerDetail,
        changedBy: details.changedBy,
        changedAt: details.changedAt,
        input,
        values: form.getValues(),
      });
      return;
    }
    if (apiError.code === 'orgnr.duplicate') {
      const found = await invoke('customers:findByOrgnr', { orgnr: input.customer.orgnr });
      setDuplicate(found.ok ? found.value : null);
      form.setError('customer.orgnr', { type: 'server', message: 'orgnr.duplicate' });
      goToStep(STEPS.indexOf('customer'));
      return;
    }
    const issues = serverIssues(apiError.details);
    for (const issue of issues) {
      form.setError(issue.field as never, { type: 'server', message: issue.code });
    }
    const first = issues[0];
    if (first) goToStep(stepOfField(first.field));
    setError(apiError);
  }

  async function submit(input: CollaborationInput, over = base) {
    setError(null);
    const result = await send(input, over);
    if (!result.ok) return refused(new ApiError(result.error), input);
    if (mode === 'create') await onCreated?.();
    notify(t(mode === 'create' ? 'wizard.created' : 'wizard.saved'), 'success', undefined, {
      forNextPage: true,
    });
    navigate(`/customers/${result.value.id}`);
  }

  /**
   * "Använd mina ändringar": only the fields changed in this form go over the colleague's
   * version (their change to another field stays), shown in the form and saved over it.
   */
  async function reapply() {
    if (!stale) return;
    const { read, theirs, values } = stale;
    setBase(theirs);
    setStale(null);
    form.reset(mergeMine(fromDetail(read), values, fromDetail(theirs)));
    await form.handleSubmit((input) => submit(input, theirs))();
  }

  /** "Ta kollegans": the form shows the colleague's version; the refused values are dropped. */
  function takeTheirs() {
    if (!stale) return;
    setBase(stale.theirs);
    form.reset(fromDetail(stale.theirs));
    setStale(null);
  }

  return {
    submit: (input: CollaborationInput) => submit(input),
    error,
    duplicate,
    stale,
    reapply,
    takeTheirs,
    dismissStale: () => setStale(null),
  };
}
