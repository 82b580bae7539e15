import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import CircularProgress from '@mui/material/CircularProgress';
import Typography from '@mui/material/Typography';
import ArrowBack from '@mui/icons-material/ArrowBack';
import ArrowForward from '@mui/icons-material/ArrowForward';
import RestartAlt from '@mui/icons-material/RestartAlt';
import { useTranslation } from 'react-i18next';
import type { FormMode } from './formValues';

interface Props {
  mode: FormMode;
  isFirst: boolean;
  isLast: boolean;
  blocked: boolean;
  submitting: boolean;
  status: string | null;
  onBack: () => void;
  /** Create mode: "Börja om"; edit mode: "Avbryt". */
  onSecondary: () => void;
}

/** The row under the form: start over / cancel on the left, back and next / create on the right. */
export function WizardActions(props: Props) {
  const { t } = useTranslation();
  const { mode, isFirst, isLast, blocked, submitting, status } = props;
  const primary = !isLast
    ? t('wizard.next')
    : mode === 'create'
      ? t('wizard.create')
      : t('wizard.save');
  return (
    <Box sx={{ display: 'flex', alignItems: 'center', gap: 1.5, mt: 3, flexWrap: 'wrap' }}>
      <Button
        onClick={props.onSecondary}
        color="inherit"
        startIcon={mode === 'create' ? <RestartAlt /> : undefined}
      >
        {mode === 'create' ? t('wizard.restart') : t('wizard.cancelEdit')}
      </Button>
      <Typography variant="body2" color="text.secondary" sx={{ flex: 1 }} aria-live="polite">
        {status}
      </Typography>
      <Button onClick={props.onBack} disabled={isFirst} startIcon={<ArrowBack />}>
        {t('wizard.back')}
      </Button>
      <Button
        type="submit"
        variant="contained"
        disabled={blocked || submitting}
        endIcon={
          submitting ? (
            <CircularProgress size={16} color="inherit" />
          ) : !isLast ? (
            <ArrowForward />
          ) : undefined
        }
      >
        {primary}
      </Button>
    </Box>
  );
}
