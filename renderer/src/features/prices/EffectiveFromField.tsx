import Alert from '@mui/material/Alert';
import TextField from '@mui/material/TextField';
import { useTranslation } from 'react-i18next';
import { addMonths, monthOf } from '../../../../shared/domain/months';
import type { PriceList } from '../../../../shared/schemas/invoices';
import { useFormat } from '../../i18n/useFormat';
import type { PriceFormState } from './usePriceForm';
import { firstPricedMonth } from './versions';

interface Props {
  state: PriceFormState;
  versions: readonly PriceList[];
}

/** The date a version takes effect, with the month it first prices and what it would replace. */
export function EffectiveFromField({ state, versions }: Props) {
  const { t } = useTranslation();
  const format = useFormat();
  const monthText = useFormat().month;
  const value = state.form.effectiveFrom.trim();
  const problem = state.problemOf('effectiveFrom');
  const warning = problem ? undefined : state.warningOf('effectiveFrom');
  const valid = !state.problems.effectiveFrom;
  const replaced = valid ? versions.find((v) => v.effectiveFrom === value) : undefined;
  const first = valid ? firstPricedMonth(value) : null;
  const helper = !first
    ? t('prices.form.effectiveFromHelper')
    : first === monthOf(value)
      ? t('prices.form.firstMonth', { month: monthText(first) })
      : t('prices.form.midMonth', {
          month: monthText(monthOf(value)),
          next: monthText(addMonths(monthOf(value), 1)),
        });
  return (
    <>
      <TextField
        label={t('prices.form.effectiveFrom')}
        value={state.form.effectiveFrom}
        onChange={(e) => state.set('effectiveFrom', e.target.value, e.target.value.length >= 10)}
        onBlur={() => state.touch('effectiveFrom')}
        error={!!problem}
        helperText={problem ?? helper}
        required
        autoFocus
        sx={{ maxWidth: 420 }}
        fullWidth
        slotProps={{ htmlInput: { autoComplete: 'off', maxLength: 10 } }}
      />
      {warning && (
        <Alert severity="warning" sx={{ mt: 1.5, maxWidth: 420 }}>
          {warning}
        </Alert>
      )}
      {replaced && (
        <Alert severity={replaced.locked ? 'error' : 'warning'} sx={{ mt: 1.5 }}>
          {t(replaced.locked ? 'prices.form.replacesLocked' : 'prices.form.replaces', {
            date: format.date(replaced.effectiveFrom),
          })}
        </Alert>
      )}
    </>
  );
}
