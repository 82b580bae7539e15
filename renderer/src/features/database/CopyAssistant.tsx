import { useEffect, useRef, useState } from 'react';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Step from '@mui/material/Step';
import StepLabel from '@mui/material/StepLabel';
import Stepper from '@mui/material/Stepper';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import type { DatabaseTestResult } from '../../../../shared/schemas/database';
import type { CopyOutcome, CopyPreview } from '../../../../shared/schemas/database-copy';
import { useEvent } from '../../api/hooks';
import { useMutation } from '../../api/useMutation';
import { ErrorAlert } from '../../components/ErrorAlert';
import { SectionCard } from '../../components/SectionCard';
import { CopyProgress, CopyResult, PreviewStep, type Progress } from './CopySteps';
import { TeamFieldsForm, TestedAlert } from './TeamFieldsForm';
import { EMPTY_TEAM, teamUrl, type TeamFields } from './teamUrl';

const STEPS = ['target', 'preview', 'copy', 'result'] as const;
type StepName = (typeof STEPS)[number];

/**
 * Inställningar → Databas: moves the portfolio of the file this start runs on to a team database
 * (issue 16 item 5), in four steps: the target and its connection test, a review of what would be
 * copied and of the customers the target already has (the copy is refused until none is left),
 * the copy with progress per table (one transaction: a cancel leaves the target as it was), and
 * the verified counts with the offer to use the team database from the next start.
 */
export function CopyAssistant() {
  const { t } = useTranslation();
  const [step, setStep] = useState<StepName>('target');
  const [fields, setFields] = useState<TeamFields>(EMPTY_TEAM);
  const [password, setPassword] = useState('');
  const [touched, setTouched] = useState(false);
  const [tested, setTested] = useState<DatabaseTestResult | null>(null);
  const [preview, setPreview] = useState<CopyPreview | null>(null);
  const [progress, setProgress] = useState<Progress | null>(null);
  const [outcome, setOutcome] = useState<CopyOutcome | null>(null);
  const [cancelling, setCancelling] = useState(false);
  const test = useMutation('database:test');
  const review = useMutation('database:copyPreview');
  const copy = useMutation('database:copy');
  const cancel = useMutation('database:copyCancel');
  const url = teamUrl(fields);
  const target = { url: url ?? '', ...(password ? { password } : {}) };
  const heading = useRef<HTMLHeadingElement>(null);

  // Each step's heading takes the focus, so a keyboard or screen reader user follows along.
  useEffect(() => {
    if (step !== 'target') heading.current?.focus();
  }, [step]);

  useEvent('database:copyProgress', (payload) => {
    if (copy.busy) setProgress(payload);
  });

  function edit(patch: Partial<TeamFields>) {
    setFields({ ...fields, ...patch });
    setTested(null);
    test.reset();
    review.reset();
  }

  async function runTest() {
    setTouched(true);
    setTested(null);
    if (!url) return;
    const result = await test.run(target);
    if (result.ok) setTested(result.value);
  }

  async function runPreview() {
    setTouched(true);
    if (!url) return;
    const result = await review.run(target);
    if (!result.ok) return;
    setPreview(result.value);
    setStep('preview');
  }

  async function runCopy() {
    setProgress(null);
    setOutcome(null);
    setCancelling(false);
    cancel.reset();
    setStep('copy');
    const result = await copy.run(target);
    if (result.ok) {
      setOutcome(result.value);
      setStep('result');
    }
  }

  function restart() {
    copy.reset();
    setPreview(null);
    setOutcome(null);
    setStep('target');
  }

  return (
    <SectionCard title={t('database.copy.title')}>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
        {t('database.copy.intro')}
      </Typography>
      <Stepper activeStep={STEPS.indexOf(step)} sx={{ mb: 3 }}>
        {STEPS.map((name) => (
          <Step key={name}>
            <StepLabel>{t(`database.copy.steps.${name}`)}</StepLabel>
          </Step>
        ))}
      </Stepper>
      <Typography
        ref={heading}
        tabIndex={-1}
        variant="subtitle1"
        component="h3"
        sx={{ mb: 1.5, fontWeight: 600, outline: 'none' }}
      >
        {t(`database.copy.steps.${step}`)}
      </Typography>
      {step === 'target' && (
        <Box sx={{ display: 'grid', gap: 2 }}>
          <TeamFieldsForm
            fields={fields}
            password={password}
            missing={touched && !url}
            onEdit={edit}
            onPassword={(value) => {
              setPassword(value);
              setTested(null);
            }}
          />
          {tested && <TestedAlert result={tested} />}
          <ErrorAlert error={test.error ?? review.error} />
          <Box sx={{ display: 'flex', gap: 1 }}>
            <Button variant="outlined" onClick={() => void runTest()} disabled={test.busy}>
              {test.busy ? t('database.testing') : t('database.test')}
            </Button>
            <Button variant="contained" onClick={() => void runPreview()} disabled={review.busy}>
              {review.busy ? t('database.copy.checking') : t('database.copy.next')}
            </Button>
          </Box>
        </Box>
      )}
      {step === 'preview' && preview && (
        <PreviewStep
          preview={preview}
          checking={review.busy}
          error={review.error}
          onBack={() => setStep('target')}
          onRecheck={() => void runPreview()}
          onCopy={() => void runCopy()}
        />
      )}
      {step === 'copy' && (
        <CopyProgress
          progress={progress}
          busy={copy.busy}
          cancelling={cancelling}
          error={copy.error ?? cancel.error}
          onCancel={() => {
            setCancelling(true);
            void cancel.run({});
          }}
          onBack={restart}
        />
      )}
      {step === 'result' && outcome && (
        <CopyResult outcome={outcome} target={target} onRestart={restart} />
      )}
    </SectionCard>
  );
}
