import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import Typography from '@mui/material/Typography';
import LockOutlined from '@mui/icons-material/LockOutlined';
import { useController, type Control } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { MailSettingsInput } from '../../../../shared/schemas/mail';
import { FormTextField } from '../../components/form/FormTextField';
import type { MailSettingsValues } from './mailSettingsForm';

interface Props {
  control: Control<MailSettingsValues, unknown, MailSettingsInput>;
  hasPassword: boolean;
}

/**
 * Write-only: a stored password is never sent to the screen. It shows that one is saved, a
 * field to replace it, and a way to remove it.
 */
export function MailPasswordField({ control, hasPassword }: Props) {
  const { t } = useTranslation();
  const remove = useController({ control, name: 'removePassword' }).field;
  if (hasPassword && remove.value) {
    return (
      <Box>
        <Typography variant="body2" sx={{ mb: 1 }}>
          {t('mailSettings.passwordRemoving')}
        </Typography>
        <Button size="small" onClick={() => remove.onChange(false)}>
          {t('mailSettings.keepPassword')}
        </Button>
      </Box>
    );
  }
  return (
    <Box>
      <FormTextField
        control={control}
        name="password"
        type="password"
        label={t(hasPassword ? 'mailSettings.newPassword' : 'mailSettings.password')}
        helperText={t(
          hasPassword ? 'mailSettings.newPasswordHelper' : 'mailSettings.passwordHelper',
        )}
        autoComplete="new-password"
      />
      {hasPassword && (
        <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, mt: 1 }}>
          <Chip
            size="small"
            color="success"
            variant="outlined"
            icon={<LockOutlined />}
            label={t('mailSettings.passwordSaved')}
          />
          <Button size="small" color="error" onClick={() => remove.onChange(true)}>
            {t('mailSettings.removePassword')}
          </Button>
        </Box>
      )}
    </Box>
  );
}
