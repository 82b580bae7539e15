import { useState } from 'react';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import TextField from '@mui/material/TextField';
import Tooltip from '@mui/material/Tooltip';
import VisibilityOffOutlined from '@mui/icons-material/VisibilityOffOutlined';
import VisibilityOutlined from '@mui/icons-material/VisibilityOutlined';
import { useFormContext, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { formatPersonnummer } from '../../../../shared/domain/personnummer';
import { ApiError, invoke } from '../../api/client';
import { ErrorAlert } from '../../components/ErrorAlert';
import { FormTextField } from '../../components/form/FormTextField';
import { normalizePersonnummer } from '../../components/form/normalize';
import type { UserFormValues } from './userForm';

interface Props {
  /** The stored user, when there is one. */
  userId: string | null;
  masked: string | null;
}

/** 19900101-1234 from the 12 stored digits; anything else as given. */
const printed = (digits: string) => (/^\d{12}$/.test(digits) ? formatPersonnummer(digits) : digits);

/**
 * A stored number is shown masked, with "Visa" (fetched and logged by the services), "Byt" and
 * "Ta bort"; without one, a plain field. Left alone, the stored number is kept.
 */
export function PersonnummerField({ userId, masked }: Props) {
  const { t } = useTranslation();
  const { control, setValue } = useFormContext<UserFormValues>();
  const mode = useWatch({ control, name: 'personnummerMode' });
  const [full, setFull] = useState<string | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const stored = userId !== null && masked !== null;

  const setMode = (next: UserFormValues['personnummerMode']) => {
    setValue('personnummerMode', next, { shouldDirty: true });
    // Going back to "keep" forgets a half-typed number (and its error).
    if (next !== 'change') setValue('personnummer', '', { shouldValidate: true });
  };

  async function reveal() {
    if (!userId) return;
    setError(null);
    const result = await invoke('users:revealPersonnummer', { id: userId });
    if (!result.ok) return setError(new ApiError(result.error));
    setFull(result.value.personnummer ? printed(result.value.personnummer) : null);
  }

  if (!stored) {
    return (
      <FormTextField
        control={control}
        name="personnummer"
        label={t('users.dialog.personnummer')}
        helperText={t('users.dialog.personnummerHelper')}
        normalize={normalizePersonnummer}
        autoComplete="off"
      />
    );
  }

  return (
    <Box>
      <Box sx={{ display: 'flex', gap: 1, alignItems: 'flex-start', flexWrap: 'wrap' }}>
        <TextField
          label={t('users.dialog.personnummerStored')}
          value={mode === 'remove' ? '' : (full ?? masked)}
          helperText={
            mode === 'remove' ? t('users.dialog.removing') : t('users.dialog.personnummerHelper')
          }
          disabled={mode === 'remove'}
          slotProps={{
            htmlInput: { readOnly: true, style: { fontVariantNumeric: 'tabular-nums' } },
          }}
          sx={{ width: { xs: '100%', sm: 'calc(50% - 8px)' } }}
        />
        <Box sx={{ display: 'flex', gap: 0.5, pt: 1, ml: { sm: 1 } }}>
          {mode === 'keep' &&
            (full ? (
              <Button
                size="small"
                startIcon={<VisibilityOffOutlined />}
                onClick={() => setFull(null)}
              >
                {t('users.dialog.hide')}
              </Button>
            ) : (
              <Tooltip title={t('users.dialog.revealTooltip')} describeChild>
                <Button
                  size="small"
                  startIcon={<VisibilityOutlined />}
                  onClick={() => void reveal()}
                >
                  {t('users.dialog.reveal')}
                </Button>
              </Tooltip>
            ))}
          {mode === 'keep' ? (
            <>
              <Button size="small" onClick={() => setMode('change')}>
                {t('users.dialog.change')}
              </Button>
              <Button size="small" color="error" onClick={() => setMode('remove')}>
                {t('users.dialog.remove')}
              </Button>
            </>
          ) : (
            <Button size="small" onClick={() => setMode('keep')}>
              {t('users.dialog.keep')}
            </Button>
          )}
        </Box>
      </Box>
      {mode === 'change' && (
        <FormTextField
          control={control}
          name="personnummer"
          label={t('users.dialog.personnummerNew')}
          helperText={t('users.dialog.personnummerNewHelper')}
          normalize={normalizePersonnummer}
          autoComplete="off"
          autoFocus
          sx={{ mt: 2, width: { xs: '100%', sm: 'calc(50% - 8px)' } }}
        />
      )}
      {error && (
        <Box sx={{ mt: 1 }}>
          <ErrorAlert error={error} />
        </Box>
      )}
    </Box>
  );
}
