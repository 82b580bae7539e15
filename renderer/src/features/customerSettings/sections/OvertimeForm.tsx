import type { FieldPath } from 'react-hook-form';
import type { SectionData } from '../../../../../shared/settings/sections';
import { FormNumberField } from '../../../components/form/FormNumberField';
import { FormSwitch } from '../../../components/form/FormSwitch';
import { FormTextField } from '../../../components/form/FormTextField';
import { normalizeClock } from '../../../components/form/normalize';
import { OptionGroup, OptionGroups } from './OptionGroup';
import { SectionForm, useSectionForm, type SectionFormProps } from './SectionForm';
import { SwitchOption } from './SwitchOption';
import { useDayHours } from './useDayHours';
import { useSectionText } from './useSectionText';

type Overtime = SectionData['overtime'];

export function OvertimeForm(props: SectionFormProps<'overtime'>) {
  const form = useSectionForm('overtime', props.state);
  const { control } = form;
  const k = useSectionText('overtime');
  const dayHours = useDayHours();
  const flexHours = { min: 0, max: 500, step: 0.25, invalidText: k('flexInvalid') };
  const compHours = { min: 0, max: 1000, step: 0.25, invalidText: k('maxBalanceInvalid') };
  // Every number of a rule is a small field, disabled while the rule is off.
  const hours = (name: FieldPath<Overtime>, label: string, off: boolean, range = dayHours) => (
    <FormNumberField
      control={control}
      name={name}
      label={k(label)}
      disabled={off}
      size="small"
      {...range}
    />
  );

  return (
    <SectionForm form={form} {...props}>
      <OptionGroups>
        <SwitchOption
          control={control}
          name="simple.enabled"
          label={k('simple')}
          helperText={k('simpleHelp')}
        >
          {(off) => hours('simple.maxHoursPerDay', 'maxHoursPerDay', off)}
        </SwitchOption>

        <SwitchOption
          control={control}
          name="qualified.enabled"
          label={k('qualified')}
          helperText={k('qualifiedHelp')}
        >
          {(off) => (
            <>
              {hours('qualified.afterHoursPerDay', 'afterHoursPerDay', off)}
              <FormSwitch
                control={control}
                name="qualified.weekendsAndNights"
                variant="checkbox"
                label={k('weekendsAndNights')}
                disabled={off}
              />
            </>
          )}
        </SwitchOption>

        <OptionGroup
          head={
            <FormNumberField
              control={control}
              name="annualCapHours"
              label={k('annualCap')}
              helperText={k('annualCapHelp')}
              size="small"
              invalidText={k('annualCapInvalid')}
              sx={{ maxWidth: 420 }}
              fullWidth
            />
          }
        />

        <SwitchOption
          control={control}
          name="additionalHours"
          label={k('additionalHours')}
          helperText={k('additionalHoursHelp')}
        />

        <SwitchOption
          control={control}
          name="flex.enabled"
          label={k('flex')}
          helperText={k('flexHelp')}
        >
          {(off) => (
            <>
              {(['coreStart', 'coreEnd'] as const).map((name) => (
                // Text, not <input type="time">: Chromium's picker follows the browser's locale (09:00 AM).
                <FormTextField
                  key={name}
                  control={control}
                  name={`flex.${name}`}
                  label={k(name)}
                  disabled={off}
                  size="small"
                  normalize={normalizeClock}
                  placeholder={k('clockPlaceholder')}
                  invalidText={k('clockInvalid')}
                  slotProps={{ htmlInput: { inputMode: 'numeric' } }}
                />
              ))}
              {hours('flex.maxPlusHours', 'maxPlus', off, flexHours)}
              {hours('flex.maxMinusHours', 'maxMinus', off, flexHours)}
            </>
          )}
        </SwitchOption>

        <SwitchOption
          control={control}
          name="compTime.enabled"
          label={k('compTime')}
          helperText={k('compTimeHelp')}
        >
          {(off) => hours('compTime.maxBalanceHours', 'maxBalance', off, compHours)}
        </SwitchOption>
      </OptionGroups>
    </SectionForm>
  );
}
