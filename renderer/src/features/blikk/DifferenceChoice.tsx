import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import type { BlikkDifference } from '../../../../shared/schemas/blikk';
import { useFormat } from '../../i18n/useFormat';

interface Props {
  difference: BlikkDifference;
  busy: boolean;
  onChoose: (difference: BlikkDifference, choice: 'accept' | 'keep') => void;
}

/**
 * "Använd Blikks värde" (only for a value Kundstart can take) and "Behåll Kundstarts"; once
 * kept, the action left is Blikk's: "Behålls … : rätta i Blikk".
 */
export function DifferenceChoice({ difference, busy, onChoose }: Props) {
  const { t } = useTranslation();
  const format = useFormat();
  const field = t(`blikk.fields.${difference.field}`);
  if (difference.kept) {
    return (
      <Typography variant="body2" color="warning.dark">
        {t('blikk.result.kept', { date: format.date(difference.kept.at) })}
      </Typography>
    );
  }
  return (
    <Box sx={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: 1 }}>
      {difference.acceptable ? (
        <Button
          size="small"
          variant="outlined"
          disabled={busy}
          aria-label={`${t('blikk.result.accept')}: ${difference.user}, ${field}`}
          onClick={() => onChoose(difference, 'accept')}
        >
          {t('blikk.result.accept')}
        </Button>
      ) : (
        <Typography variant="body2" color="text.secondary">
          {t('blikk.result.notAcceptable')}
        </Typography>
      )}
      <Button
        size="small"
        disabled={busy}
        aria-label={`${t('blikk.result.keep')}: ${difference.user}, ${field}`}
        onClick={() => onChoose(difference, 'keep')}
      >
        {t('blikk.result.keep')}
      </Button>
    </Box>
  );
}
