import Step from '@mui/material/Step';
import StepButton from '@mui/material/StepButton';
import Stepper from '@mui/material/Stepper';
import { useTranslation } from 'react-i18next';
import { STEPS } from './steps';

interface Props {
  step: number;
  /** The furthest step reached: the ones up to it can be clicked. */
  reachable: number;
  onStep: (step: number) => void;
}

export function WizardStepper({ step, reachable, onStep }: Props) {
  const { t } = useTranslation();
  return (
    <Stepper nonLinear activeStep={step} aria-label={t('wizard.stepsLabel')} sx={{ mb: 3 }}>
      {STEPS.map((id, index) => (
        <Step key={id} completed={index < step} disabled={index > reachable}>
          <StepButton
            onClick={() => onStep(index)}
            aria-current={index === step ? 'step' : undefined}
          >
            {t(`wizard.steps.${id}`)}
          </StepButton>
        </Step>
      ))}
    </Stepper>
  );
}
