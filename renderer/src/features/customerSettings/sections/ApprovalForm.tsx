import { FormNumberField } from '../../../components/form/FormNumberField';
import { FormRadioGroup } from '../../../components/form/FormRadioGroup';
import { choices } from './choices';
import { OptionGroup, OptionGroups } from './OptionGroup';
import { SectionForm, useSectionForm, type SectionFormProps } from './SectionForm';
import { SwitchOption } from './SwitchOption';
import { useSectionText } from './useSectionText';

export function ApprovalForm(props: SectionFormProps<'approval'>) {
  const form = useSectionForm('approval', props.state);
  const { control } = form;
  const k = useSectionText('approval');

  return (
    <SectionForm form={form} {...props}>
      <OptionGroups>
        <OptionGroup
          head={
            <FormRadioGroup
              control={control}
              name="period"
              legend={k('period')}
              helperText={k('periodHelp')}
              row
              options={choices(['week', 'month'], (value) => k(`periods.${value}`))}
            />
          }
        />
        <OptionGroup
          head={
            <FormRadioGroup
              control={control}
              name="levels"
              legend={k('levels')}
              options={choices(['manager', 'managerThenPayroll'], (value) =>
                k(`levelOptions.${value}`),
              )}
            />
          }
        />
        <SwitchOption
          control={control}
          name="reminders.enabled"
          label={k('reminders')}
          helperText={k('remindersHelp')}
        >
          {(off) => (
            <FormNumberField
              control={control}
              name="reminders.daysAfterPeriod"
              label={k('daysAfterPeriod')}
              disabled={off}
              size="small"
              invalidText={k('daysInvalid')}
            />
          )}
        </SwitchOption>
        <SwitchOption
          control={control}
          name="lockAfterPayroll"
          label={k('lockAfterPayroll')}
          helperText={k('lockAfterPayrollHelp')}
        />
      </OptionGroups>
    </SectionForm>
  );
}
