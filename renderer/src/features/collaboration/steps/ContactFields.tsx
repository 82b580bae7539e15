import Box from '@mui/material/Box';
import Checkbox from '@mui/material/Checkbox';
import FormControlLabel from '@mui/material/FormControlLabel';
import Typography from '@mui/material/Typography';
import { Controller, useFormContext, useWatch } from 'react-hook-form';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { normalizePersonnummer } from '../../../components/form/normalize';
import { FormTextField } from '../../../components/form/FormTextField';
import type { CollaborationFormValues } from '../formValues';
import { FieldGrid, span } from './FieldGrid';

interface Props {
  storedPersonnummer: string | null;
  /** A restored draft left the personnummer out: the field says so until it is filled again. */
  personnummerDropped: boolean;
  mode: 'create' | 'edit';
}

function FormCheckbox({
  name,
  label,
}: {
  name: 'contact.alsoFirstAdmin' | 'contact.removePersonnummer';
  label: string;
}) {
  const { control } = useFormContext<CollaborationFormValues>();
  return (
    <Controller
      control={control}
      name={name}
      render={({ field }) => (
        <FormControlLabel
          label={label}
          control={
            <Checkbox
              name={field.name}
              checked={field.value}
              onChange={(event) => field.onChange(event.target.checked)}
              onBlur={field.onBlur}
            />
          }
        />
      )}
    />
  );
}

/** The outline and hint of a field whose value a restored draft could not bring back. */
const DROPPED_MARK = {
  '& .MuiOutlinedInput-notchedOutline': { borderColor: 'warning.main', borderWidth: 2 },
  '& .MuiFormHelperText-root': { color: 'warning.dark' },
};

function personnummerHint(
  t: TFunction,
  { storedPersonnummer, personnummerDropped, mode }: Props,
  typed: string,
): string {
  if (mode === 'edit' && storedPersonnummer) {
    return t('wizard.contact.personnummerKeep', { masked: storedPersonnummer });
  }
  if (personnummerDropped && !typed.trim()) return t('wizard.contact.personnummerDropped');
  return t('wizard.contact.personnummerHelper');
}

export function ContactFields(props: Props) {
  const { storedPersonnummer, personnummerDropped, mode } = props;
  const { t } = useTranslation();
  const { control } = useFormContext<CollaborationFormValues>();
  const [removing, typed] = useWatch({
    control,
    name: ['contact.removePersonnummer', 'contact.personnummer'],
  });
  const keepHint = personnummerHint(t, props, typed);
  const dropped = personnummerDropped && !typed.trim();

  return (
    <Box component="section" sx={{ mt: 4 }}>
      <Typography variant="h6" component="h3">
        {t('wizard.contact.heading')}
      </Typography>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
        {t('wizard.contact.intro')}
      </Typography>
      <FieldGrid>
        <FormTextField
          control={control}
          name="contact.name"
          label={t('wizard.contact.name')}
          required
          autoComplete="name"
          sx={span(3)}
        />
        <FormTextField
          control={control}
          name="contact.email"
          label={t('wizard.contact.email')}
          type="email"
          required
          autoComplete="email"
          sx={span(3)}
        />
        <FormTextField
          control={control}
          name="contact.phone"
          label={t('wizard.contact.phone')}
          type="tel"
          autoComplete="tel"
          sx={span(3)}
        />
        <FormTextField
          control={control}
          name="contact.personnummer"
          normalize={normalizePersonnummer}
          label={t('wizard.contact.personnummer')}
          helperText={keepHint}
          disabled={removing}
          autoComplete="off"
          sx={dropped ? { ...span(3), ...DROPPED_MARK } : span(3)}
        />
      </FieldGrid>
      <Box sx={{ mt: 1, display: 'flex', flexDirection: 'column' }}>
        {mode === 'edit' && storedPersonnummer && (
          <FormCheckbox
            name="contact.removePersonnummer"
            label={t('wizard.contact.removePersonnummer')}
          />
        )}
        <FormCheckbox name="contact.alsoFirstAdmin" label={t('wizard.contact.firstAdmin')} />
      </Box>
    </Box>
  );
}
