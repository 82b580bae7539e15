import { swedishDay } from '../../../../shared/domain/months';
import { useId, useRef } from 'react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Dialog from '@mui/material/Dialog';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import type { PriceList } from '../../../../shared/schemas/invoices';
import { useMutation } from '../../api/useMutation';
import { DialogButtons } from '../../components/DialogButtons';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useFormat } from '../../i18n/useFormat';
import { AddonRowsEditor } from './AddonRowsEditor';
import { EffectiveFromField } from './EffectiveFromField';
import { PriceField } from './PriceField';
import { formFromVersion, toPriceListInput } from './priceForm';
import { usePriceForm, type PriceFormState } from './usePriceForm';
import { nextEffectiveFrom } from './versions';

interface Props {
  /** Newest first, as prices:list answers. */
  versions: readonly PriceList[];
  onClose: () => void;
  onSaved: (saved: PriceList) => void;
}

/** "Ny prisversion": prefilled from the newest version; checked as the user types. */
export function PriceVersionDialog({ versions, onClose, onSaved }: Props) {
  const { t } = useTranslation();
  const format = useFormat();
  const titleId = useId();
  const formRef = useRef<HTMLFormElement>(null);
  const newest = versions[0];
  const state = usePriceForm(
    () =>
      formFromVersion(newest, nextEffectiveFrom(versions, swedishDay(new Date())), format.language),
    versions,
  );
  const saving = useMutation('prices:save');

  async function save() {
    state.submit();
    if (Object.keys(state.problems).length > 0) {
      // After the render that marks them: take the keyboard to the first field to fix.
      requestAnimationFrame(() =>
        formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus(),
      );
      return;
    }
    const result = await saving.run(toPriceListInput(state.form));
    if (result.ok) onSaved(result.value);
  }

  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="lg" aria-labelledby={titleId}>
      <Box
        component="form"
        ref={formRef}
        noValidate
        // The form fills the dialog, so its content scrolls and the buttons stay in view.
        sx={{ display: 'flex', flexDirection: 'column', minHeight: 0 }}
        onSubmit={(event) => {
          event.preventDefault();
          void save();
        }}
      >
        <DialogTitle id={titleId}>{t('prices.form.title')}</DialogTitle>
        <DialogContent>
          <DialogContentText sx={{ mb: 2.5 }}>
            {newest && t('prices.form.prefilled', { date: format.date(newest.effectiveFrom) })}{' '}
            {t('prices.monthRule')}
          </DialogContentText>
          <EffectiveFromField state={state} versions={versions} />
          <LicenceFields state={state} />
          <Typography variant="subtitle1" component="h3" sx={{ mt: 3, mb: 1 }}>
            {t('prices.form.addons')}
          </Typography>
          <AddonRowsEditor state={state} />
          <TextField
            label={t('prices.form.note')}
            helperText={t('prices.form.noteHelper')}
            value={state.form.note}
            onChange={(e) => state.set('note', e.target.value)}
            fullWidth
            multiline
            sx={{ mt: 3 }}
            slotProps={{ htmlInput: { maxLength: 500 } }}
          />
        </DialogContent>
        {/* Outside the scrolling content, so a refusal is seen beside the button that met it. */}
        <Box sx={{ px: 3, pt: 1 }} role="status">
          {state.blocked && (
            <Alert severity="error" sx={{ mb: 1 }}>
              {t('prices.form.fixFirst')}
            </Alert>
          )}
          <ErrorAlert error={saving.error} />
        </Box>
        <DialogButtons
          onCancel={onClose}
          confirmLabel={t('prices.form.save')}
          confirmDisabled={saving.busy}
        />
      </Box>
    </Dialog>
  );
}

function LicenceFields({ state }: { state: PriceFormState }) {
  const { t } = useTranslation();
  const { licenceList, licenceReseller } = state.form;
  return (
    <Box component="fieldset" sx={{ border: 0, p: 0, m: 0, mt: 3 }}>
      <Typography component="legend" variant="subtitle1" sx={{ mb: 1.5, p: 0 }}>
        {t('prices.form.licence')}
      </Typography>
      <Box sx={{ display: 'grid', gridTemplateColumns: 'repeat(2, minmax(0, 200px))', gap: 2 }}>
        <PriceField
          label={t('prices.form.list')}
          value={licenceList}
          onChange={(value) => state.set('licenceList', value)}
          onBlur={() => state.touch('licenceList')}
          problem={state.problemOf('licenceList')}
          warning={state.warningOf('licenceList')}
          required
        />
        <PriceField
          label={t('prices.form.reseller')}
          value={licenceReseller}
          onChange={(value) => state.set('licenceReseller', value)}
          onBlur={() => state.touch('licenceReseller')}
          problem={state.problemOf('licenceReseller')}
          warning={state.warningOf('licenceReseller')}
          required
        />
      </Box>
    </Box>
  );
}
