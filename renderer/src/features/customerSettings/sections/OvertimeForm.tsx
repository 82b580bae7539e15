import Box from '@mui/material/Box';
import { useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { FormNumberField } from '../../../components/form/FormNumberField';
import { FormSwitch } from '../../../components/form/FormSwitch';
import { FormTextField } from '../../../components/form/FormTextField';
import { normalizeClock } from '../../../components/form/normalize';
import { OptionGroup } from './OptionGroup';
import { SectionForm, useSectionForm, type SectionFormProps } from './SectionForm';

const HOURS = { min: 0, max: 24, step: 0.25 };

export function OvertimeForm(props: SectionFormProps<'overtime'> & { label: string }) {
  const { t } = useTranslation();
  const form = useSectionForm('overtime', props.state);
  const { control } = form;
  const simple = useWatch({ control, name: 'simple.enabled' });
  const qualified = useWatch({ control, name: 'qualified.enabled' });
  const flex = useWatch({ control, name: 'flex.enabled' });
  const comp = useWatch({ control, name: 'compTime.enabled' });
  const hoursInvalid = t('timeSettings.workTime.hoursInvalid');
  const k = (key: string) => t(`timeSettings.overtime.${key}`);

  return (
    <SectionForm form={form} {...props}>
      <Box sx={{ display: 'grid', gap: 2 }}>
        <OptionGroup
          head={
            <FormSwitch
              control={control}
              name="simple.enabled"
              label={k('simple')}
              helperText={k('simpleHelp')}
            />
          }
        >
          <FormNumberField
            control={control}
            name="simple.maxHoursPerDay"
            label={k('maxHoursPerDay')}
            disabled={!simple}
            size="small"
            {...HOURS}
            invalidText={hoursInvalid}
          />
        </OptionGroup>

        <OptionGroup
          head={
            <FormSwitch
              control={control}
              name="qualified.enabled"
              label={k('qualified')}
              helperText={k('qualifiedHelp')}
            />
          }
        >
          <FormNumberField
            control={control}
            name="qualified.afterHoursPerDay"
            label={k('afterHoursPerDay')}
            disabled={!qualified}
            size="small"
            {...HOURS}
            invalidText={hoursInvalid}
          />
          <FormSwitch
            control={control}
            name="qualified.weekendsAndNights"
            variant="checkbox"
            label={k('weekendsAndNights')}
            disabled={!qualified}
          />
        </OptionGroup>

        <OptionGroup
          head={
            <FormNumberField
              control={control}
              name="annualCapHours"
              label={k('annualCap')}
              helperText={k('annualCapHelp')}
              size="small"
              min={0}
              max={400}
              step={1}
              invalidText={k('annualCapInvalid')}
              sx={{ maxWidth: 420 }}
              fullWidth
            />
          }
        />

        <OptionGroup
          head={
            <FormSwitch
              control={control}
              name="additionalHours"
              label={k('additionalHours')}
              helperText={k('additionalHoursHelp')}
            />
          }
        />

        <OptionGroup
          head={
            <FormSwitch
              control={control}
              name="flex.enabled"
              label={k('flex')}
              helperText={k('flexHelp')}
            />
          }
        >
          {(['coreStart', 'coreEnd'] as const).map((name) => (
            // Text, not <input type="time">: Chromium's picker follows the browser's locale (09:00 AM).
            <FormTextField
              key={name}
              control={control}
              name={`flex.${name}`}
              label={k(name)}
              disabled={!flex}
              size="small"
              normalize={normalizeClock}
              placeholder={k('clockPlaceholder')}
              invalidText={k('clockInvalid')}
              slotProps={{ htmlInput: { inputMode: 'numeric' } }}
            />
          ))}
          <FormNumberField
            control={control}
            name="flex.maxPlusHours"
            label={k('maxPlus')}
            disabled={!flex}
            size="small"
            min={0}
            max={500}
            step={0.25}
            invalidText={k('flexInvalid')}
          />
          <FormNumberField
            control={control}
            name="flex.maxMinusHours"
            label={k('maxMinus')}
            disabled={!flex}
            size="small"
            min={0}
            max={500}
            step={0.25}
            invalidText={k('flexInvalid')}
          />
        </OptionGroup>

        <OptionGroup
          head={
            <FormSwitch
              control={control}
              name="compTime.enabled"
              label={k('compTime')}
              helperText={k('compTimeHelp')}
            />
          }
        >
          <FormNumberField
            control={control}
            name="compTime.maxBalanceHours"
            label={k('maxBalance')}
            disabled={!comp}
            size="small"
            min={0}
            max={1000}
            step={0.25}
            invalidText={k('maxBalanceInvalid')}
          />
        </OptionGroup>
      </Box>
    </SectionForm>
  );
}
