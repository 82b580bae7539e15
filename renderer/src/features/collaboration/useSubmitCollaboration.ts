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
import type { CollaborationFormValues, FormMode } from './formValues';
import { serverIssues } from './serverIssues';
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
}

/** Sends the collaboration, and turns a refusal into field errors, a duplicate link or a message. */
export function useSubmitCollaboration({ form, mode, customerId, goToStep, onCreated }: Options) {
  const { t } = useTranslation();
  const notify = useNotify();
  const navigate = useNavigate();
  const [error, setError] = useState<ApiError | null>(null);
  const [duplicate, setDuplicate] = useState<ExistingCustomerRef | null>(null);

  async function send(input: CollaborationInput): Promise<Result<CustomerDetail>> {
    return mode === 'edit' && customerId
      ? invoke('customers:update', { ...input, id: customerId })
      : invoke('customers:create', input);
  }

  async function refused(apiError: ApiError, input: CollaborationInput) {
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

  async function submit(input: CollaborationInput) {
    setError(null);
    const result = await send(input);
    if (!result.ok) return refused(new ApiError(result.error), input);
    if (mode === 'create') await onCreated?.();
    notify(t(mode === 'create' ? 'wizard.created' : 'wizard.saved'), 'success', undefined, {
      forNextPage: true,
    });
    navigate(`/customers/${result.value.id}`);
  }

  return { submit, error, duplicate };
}
