import Box from '@mui/material/Box';
import { FormSwitch } from '../../../components/form/FormSwitch';
import { ReducedDays } from './ReducedDays';
import { SectionForm, useSectionForm, type SectionFormProps } from './SectionForm';
import { useSectionText } from './useSectionText';
import { WeekSchedule } from './WeekSchedule';

export function WorkTimeForm(props: SectionFormProps<'workTime'>) {
  const form = useSectionForm('workTime', props.state);
  const k = useSectionText('workTime');
  return (
    <SectionForm form={form} {...props}>
      <WeekSchedule control={form.control} />
      <Box sx={{ mt: 2 }}>
        <FormSwitch
          control={form.control}
          name="deFactoHolidaysOff"
          label={k('deFactoOff')}
          helperText={k('deFactoOffHelp')}
        />
      </Box>
      <ReducedDays control={form.control} />
    </SectionForm>
  );
}
