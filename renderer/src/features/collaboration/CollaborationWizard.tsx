import { useCallback, useState, type FormEvent } from 'react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { FormProvider, useForm, useWatch } from 'react-hook-form';
import { useNavigate } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import type { CollaborationInput, CustomerDetail } from '../../../../shared/schemas/customer';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { StaleDialog } from '../../components/StaleDialog';
import { staleChanges } from '../../components/staleChanges';
import { ErrorAlert } from '../../components/ErrorAlert';
import { LoadingBlock } from '../../components/LoadingBlock';
import { useFormat } from '../../i18n/useFormat';
import { collaborationResolver, type CollaborationContext } from './collaborationResolver';
import { DuplicateAlert } from './DuplicateAlert';
import { customerStaleFields } from './customerStale';
import { emptyValues, fromDetail, type CollaborationFormValues, type FormMode } from './formValues';
import { firstErrorPath } from './serverIssues';
import { LAST_STEP, STEPS, STEP_FIELDS, stepOfField } from './steps';
import { StepContent } from './StepContent';
import { useOrgnrLookup } from './useOrgnrLookup';
import { useSubmitCollaboration } from './useSubmitCollaboration';
import { useWizardDraft } from './useWizardDraft';
import { WizardActions } from './WizardActions';
import { WizardStepper } from './WizardStepper';

export interface WizardProps {
  mode: FormMode;
  defaultValues: CollaborationFormValues;
  hasResellerAgreement: boolean;
  customerId?: string;
  /** Edit mode: the stored personnummer, masked. */
  storedPersonnummer?: string | null;
  /** Edit mode: the customer as read, whose version the save names (conflict.stale). */
  stored?: CustomerDetail;
}

const CUSTOMER_STEP = STEPS.indexOf('customer');

export function CollaborationWizard(props: WizardProps) {
  const { mode, hasResellerAgreement, customerId } = props;
  const { t } = useTranslation();
  const format = useFormat();
  const navigate = useNavigate();
  const [step, setStep] = useState(0);
  const [reachable, setReachable] = useState(mode === 'edit' ? LAST_STEP : 0);
  const [confirmRestart, setConfirmRestart] = useState(false);
  const [submitting, setSubmitting] = useState(false);
  const form = useForm<CollaborationFormValues, CollaborationContext, CollaborationInput>({
    defaultValues: props.defaultValues,
    resolver: collaborationResolver,
    context: { mode, hasResellerAgreement, step },
    mode: 'onChange',
  });

  const goToStep = useCallback((next: number) => {
    setStep(next);
    setReachable((r) => Math.max(r, next));
  }, []);
  const draft = useWizardDraft(form, step, goToStep, mode === 'create');
  const orgnr = useWatch({ control: form.control, name: 'customer.orgnr' });
  const lookup = useOrgnrLookup(orgnr, customerId);
  const submitter = useSubmitCollaboration({
    form,
    mode,
    customerId,
    goToStep,
    onCreated: draft.discard,
    ...(props.stored ? { stored: props.stored } : {}),
  });
  const stale = submitter.stale;
  const [reapplying, setReapplying] = useState(false);
  async function reapply() {
    setReapplying(true);
    await submitter.reapply();
    setReapplying(false);
  }
  const duplicate = lookup.existing;
  const blocked = !!duplicate && step >= CUSTOMER_STEP;

  async function next() {
    const names = STEP_FIELDS[STEPS[step] ?? 'summary'];
    const valid = names.length === 0 || (await form.trigger(names as never, { shouldFocus: true }));
    if (!valid || blocked) return;
    if (step === CUSTOMER_STEP && (await lookup.confirm())) return;
    goToStep(step + 1);
  }

  async function create() {
    setSubmitting(true);
    await form.handleSubmit(submitter.submit, (errors) => {
      const path = firstErrorPath(errors);
      if (path) setStep(stepOfField(path));
    })();
    setSubmitting(false);
  }

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (blocked || submitting) return;
    void (step < LAST_STEP ? next() : create());
  }

  async function restart() {
    setConfirmRestart(false);
    await draft.discard();
    form.reset(emptyValues());
    setStep(0);
    setReachable(0);
  }

  const status =
    mode !== 'create'
      ? null
      : draft.savedAt
        ? t('wizard.draftSaved', { when: format.dateTime(draft.savedAt) })
        : t('wizard.draftSaving');

  if (!draft.ready) return <LoadingBlock label={t('app.loading')} rows={4} />;

  return (
    <FormProvider {...form}>
      {draft.restoredAt && (
        <Alert severity="info" sx={{ mb: 2 }}>
          {t('wizard.draftRestored', { when: format.dateTime(draft.restoredAt) })}
          {draft.personnummerDropped && ` ${t('wizard.draftPersonnummer')}`}
        </Alert>
      )}
      <WizardStepper step={step} reachable={reachable} onStep={setStep} />
      <Paper
        component="form"
        variant="outlined"
        noValidate
        onSubmit={onSubmit}
        aria-labelledby="wizard-step-title"
        sx={{ p: 3 }}
      >
        <Typography id="wizard-step-title" variant="h5" component="h2" sx={{ mb: 2 }}>
          {t(`wizard.steps.${STEPS[step] ?? 'summary'}`)}
        </Typography>
        <StepContent
          step={step}
          mode={mode}
          lookup={lookup}
          storedPersonnummer={props.storedPersonnummer ?? null}
          personnummerDropped={draft.personnummerDropped}
          hasResellerAgreement={hasResellerAgreement}
          onEdit={setStep}
        />
        {step > CUSTOMER_STEP && (duplicate ?? submitter.duplicate) && (
          <Box sx={{ mt: 2 }}>
            <DuplicateAlert existing={(duplicate ?? submitter.duplicate)!} />
          </Box>
        )}
        <Box sx={{ mt: submitter.error ? 2 : 0 }}>
          <ErrorAlert error={submitter.error} />
        </Box>
        <WizardActions
          mode={mode}
          isFirst={step === 0}
          isLast={step === LAST_STEP}
          blocked={blocked}
          submitting={submitting}
          status={status}
          onBack={() => setStep(Math.max(0, step - 1))}
          onSecondary={() =>
            mode === 'create' ? setConfirmRestart(true) : navigate(`/customers/${customerId ?? ''}`)
          }
        />
      </Paper>
      {stale && (
        <StaleDialog
          changes={staleChanges(
            customerStaleFields(t),
            fromDetail(stale.read),
            fromDetail(stale.theirs),
            stale.values,
          )}
          changedBy={stale.changedBy}
          changedAt={stale.changedAt}
          busy={reapplying}
          onReapply={() => void reapply()}
          onReload={submitter.takeTheirs}
          onClose={submitter.dismissStale}
        />
      )}
      <ConfirmDialog
        open={confirmRestart}
        title={t('wizard.restartTitle')}
        body={t('wizard.restartBody')}
        confirmLabel={t('wizard.restartConfirm')}
        onConfirm={() => void restart()}
        onClose={() => setConfirmRestart(false)}
      />
    </FormProvider>
  );
}
