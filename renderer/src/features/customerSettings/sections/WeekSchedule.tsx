import { useId } from 'react';
import Box from '@mui/material/Box';
import FormHelperText from '@mui/material/FormHelperText';
import Typography from '@mui/material/Typography';
import { useFormState, useWatch, type Control } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { WEEKDAYS, type SectionData } from '../../../../../shared/settings/sections';
import { FormNumberField } from '../../../components/form/FormNumberField';
import { useFormat } from '../../../i18n/useFormat';
import { SubHeading } from './SubHeading';
import { useDayHours } from './useDayHours';
import { useSectionText } from './useSectionText';
import { weeklyTotal } from './workTime';

/** The hours of each weekday, with one message for the row of them and the week's total. */
export function WeekSchedule({ control }: { control: Control<SectionData['workTime']> }) {
  const { t } = useTranslation();
  const k = useSectionText('workTime');
  const format = useFormat();
  const dayHours = useDayHours();
  const weeklyHours = useWatch({ control, name: 'weeklyHours' });
  const errorId = useId();
  const { errors } = useFormState({ control, name: 'weeklyHours' });

  return (
    <>
      <SubHeading first>{k('schedule')}</SubHeading>
      <Box
        role="group"
        aria-label={k('schedule')}
        sx={{ display: 'grid', gridTemplateColumns: 'repeat(7, minmax(0, 1fr))', gap: 1.5 }}
      >
        {WEEKDAYS.map((day) => (
          <FormNumberField
            key={day}
            control={control}
            name={`weeklyHours.${day}`}
            label={t(`timeSettings.weekdays.${day}`)}
            {...dayHours}
            size="small"
            hideError
            slotProps={{ htmlInput: { 'aria-describedby': errorId } }}
          />
        ))}
      </Box>
      {errors.weeklyHours !== undefined && (
        <FormHelperText error id={errorId} sx={{ mx: 0 }}>
          {k('scheduleInvalid')}
        </FormHelperText>
      )}
      <Typography sx={{ mt: 1.5 }} aria-live="polite">
        {k('total', { hours: format.number(weeklyTotal(weeklyHours)) })}
      </Typography>
    </>
  );
}
