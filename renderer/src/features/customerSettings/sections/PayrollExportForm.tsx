import Box from '@mui/material/Box';
import Collapse from '@mui/material/Collapse';
import { useWatch } from 'react-hook-form';
import { PAYROLL_FORMATS, PAYROLL_SYSTEMS } from '../../../../../shared/settings/sections';
import { FormRadioGroup } from '../../../components/form/FormRadioGroup';
import { FormTextField } from '../../../components/form/FormTextField';
import { choices } from './choices';
import { OptionGroup, OptionGroups } from './OptionGroup';
import { SectionForm, useSectionForm, type SectionFormProps } from './SectionForm';
import { useSectionText } from './useSectionText';

export function PayrollExportForm(props: SectionFormProps<'payrollExport'>) {
  const form = useSectionForm('payrollExport', props.state);
  const { control } = form;
  const system = useWatch({ control, name: 'system' });
  const k = useSectionText('payrollExport');

  return (
    <SectionForm form={form} {...props}>
      <OptionGroups>
        <OptionGroup
          head={
            <>
              <FormRadioGroup
                control={control}
                name="system"
                legend={k('system')}
                columns={2}
                options={choices(PAYROLL_SYSTEMS, (value) => k(`systems.${value}`))}
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
              options={choices(PAYROLL_FORMATS, (value) => k(`formats.${value}`))}
            />
          }
        />
      </OptionGroups>
    </SectionForm>
  );
}
