import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { useFormContext } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { FormTextField } from '../../../components/form/FormTextField';
import type { CollaborationFormValues } from '../formValues';

const ROLES = ['reporter', 'approver', 'admin'] as const;

export function LicencesStep() {
  const { t } = useTranslation();
  const { control } = useFormContext<CollaborationFormValues>();
  return (
    <Box sx={{ maxWidth: 640 }}>
      <FormTextField
        control={control}
        name="licences"
        label={t('wizard.licences.label')}
        helperText={t('wizard.licences.helper')}
        type="number"
        required
        autoFocus
        fullWidth={false}
        sx={{ width: 260 }}
        slotProps={{ htmlInput: { min: 1, step: 1, inputMode: 'numeric' } }}
      />
      <Alert severity="info" sx={{ mt: 3 }}>
        {t('wizard.licences.sameCost')}
      </Alert>
      <Typography variant="subtitle1" component="h3" sx={{ mt: 3, mb: 1, fontWeight: 600 }}>
        {t('wizard.licences.rolesTitle')}
      </Typography>
      <Box
        component="dl"
        sx={{ m: 0, display: 'grid', gridTemplateColumns: 'max-content 1fr', gap: 1, columnGap: 3 }}
      >
        {ROLES.map((role) => (
          <Box key={role} sx={{ display: 'contents' }}>
            <Box component="dt" sx={{ fontWeight: 600 }}>
              {t(`common.roles.${role}`)}
            </Box>
            <Box component="dd" sx={{ m: 0, color: 'text.secondary' }}>
              {t(`wizard.licences.${role}`)}
            </Box>
          </Box>
        ))}
      </Box>
    </Box>
  );
}
