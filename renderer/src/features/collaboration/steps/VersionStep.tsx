import { useId } from 'react';
import Chip from '@mui/material/Chip';
import FormControl from '@mui/material/FormControl';
import FormLabel from '@mui/material/FormLabel';
import RadioGroup from '@mui/material/RadioGroup';
import Stack from '@mui/material/Stack';
import { Controller, useFormContext } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { VERSIONS, type Version } from '../../../../../shared/schemas/customer';
import type { CollaborationFormValues } from '../formValues';
import { OptionCard } from './OptionCard';

const OFFERED: readonly Version[] = ['easy'];

export function VersionStep() {
  const { t } = useTranslation();
  const { control } = useFormContext<CollaborationFormValues>();
  const idBase = useId();
  return (
    <Controller
      control={control}
      name="version"
      render={({ field }) => (
        <FormControl component="fieldset" sx={{ width: '100%' }}>
          <FormLabel component="legend" sx={{ mb: 2, color: 'text.primary' }}>
            {t('wizard.version.legend')}
          </FormLabel>
          <RadioGroup name={field.name} value={field.value} onChange={field.onChange}>
            <Stack spacing={1.5}>
              {VERSIONS.map((version) => {
                const offered = OFFERED.includes(version);
                return (
                  <OptionCard
                    key={version}
                    value={version}
                    label={t(`wizard.version.${version}`)}
                    disabled={!offered}
                    selected={field.value === version}
                    descriptionId={`${idBase}-${version}`}
                    description={offered ? t('wizard.version.easyDescription') : undefined}
                    badge={
                      !offered && (
                        <Chip
                          id={`${idBase}-${version}`}
                          size="small"
                          label={t('wizard.version.comingSoon')}
                        />
                      )
                    }
                  />
                );
              })}
            </Stack>
          </RadioGroup>
        </FormControl>
      )}
    />
  );
}
