import Box from '@mui/material/Box';
import { useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { FormNumberField } from '../../../components/form/FormNumberField';
import { FormRadioGroup } from '../../../components/form/FormRadioGroup';
import { FormSwitch } from '../../../components/form/FormSwitch';
import { OptionGroup } from './OptionGroup';
import { SectionForm, useSectionForm, type SectionFormProps } from './SectionForm';

export function ApprovalForm(props: SectionFormProps<'approval'> & { label: string }) {
  const { t } = useTranslation();
  const form = useSectionForm('approval', props.state);
  const { control } = form;
  const reminders = useWatch({ control, name: 'reminders.enabled' });
  const k = (key: string) => t(`timeSettings.approval.${key}`);

  return (
    <SectionForm form={form} {...props}>
      <Box sx={{ display: 'grid', gap: 2 }}>
        <OptionGroup
          head={
            <FormRadioGroup
              control={control}
              name="period"
              legend={k('period')}
              helperText={k('periodHelp')}
              row
              options={[
                { value: 'week', label: k('periods.week') },
                { value: 'month', label: k('periods.month') },
              ]}
            />
          }
        />
        <OptionGroup
          head={
            <FormRadioGroup
              control={control}
              name="levels"
              legend={k('levels')}
              options={[
                { value: 'manager', label: k('levelOptions.manager') },
                { value: 'managerThenPayroll', label: k('levelOptions.managerThenPayroll') },
              ]}
            />
          }
        />
        <OptionGroup
          head={
            <FormSwitch
              control={control}
              name="reminders.enabled"
              label={k('reminders')}
              helperText={k('remindersHelp')}
            />
          }
        >
          <FormNumberField
            control={control}
            name="reminders.daysAfterPeriod"
            label={k('daysAfterPeriod')}
            disabled={!reminders}
            size="small"
            min={0}
            max={14}
            step={1}
            invalidText={k('daysInvalid')}
          />
        </OptionGroup>
        <OptionGroup
          head={
            <FormSwitch
              control={control}
              name="lockAfterPayroll"
              label={k('lockAfterPayroll')}
              helperText={k('lockAfterPayrollHelp')}
            />
          }
        />
      </Box>
    </SectionForm>
  );
}
