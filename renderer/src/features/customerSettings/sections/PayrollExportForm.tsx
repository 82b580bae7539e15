import Box from '@mui/material/Box';
import Collapse from '@mui/material/Collapse';
import { useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { PAYROLL_FORMATS, PAYROLL_SYSTEMS } from '../../../../../shared/settings/sections';
import { FormRadioGroup } from '../../../components/form/FormRadioGroup';
import { FormTextField } from '../../../components/form/FormTextField';
import { OptionGroup } from './OptionGroup';
import { SectionForm, useSectionForm, type SectionFormProps } from './SectionForm';

export function PayrollExportForm(props: SectionFormProps<'payrollExport'> & { label: string }) {
  const { t } = useTranslation();
  const form = useSectionForm('payrollExport', props.state);
  const { control } = form;
  const system = useWatch({ control, name: 'system' });
  const k = (key: string) => t(`timeSettings.payrollExport.${key}`);

  return (
    <SectionForm form={form} {...props}>
      <Box sx={{ display: 'grid', gap: 2 }}>
        <OptionGroup
          head={
            <>
              <FormRadioGroup
                control={control}
                name="system"
                legend={k('system')}
                columns={2}
                options={PAYROLL_SYSTEMS.map((value) => ({
                  value,
                  label: k(`systems.${value}`),
                }))}
              />
              <Collapse in={system === 'other'}>
                <Box sx={{ pt: 1.5, maxWidth: 420 }}>
                  <FormTextField
                    control={control}
                    name="otherName"
                    label={k('otherName')}
                    size="small"
                    required={system === 'other'}
                  />
                </Box>
              </Collapse>
            </>
          }
        />
        <OptionGroup
          head={
            <FormRadioGroup
              control={control}
              name="format"
              legend={k('format')}
              helperText={k('formatHelp')}
              options={PAYROLL_FORMATS.map((value) => ({ value, label: k(`formats.${value}`) }))}
            />
          }
        />
      </Box>
    </SectionForm>
  );
}
