import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import IconButton from '@mui/material/IconButton';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import AddIcon from '@mui/icons-material/Add';
import DeleteOutlined from '@mui/icons-material/DeleteOutlined';
import { useId } from 'react';
import FormHelperText from '@mui/material/FormHelperText';
import { useFieldArray, useFormState, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { Holiday } from '../../../../../shared/schemas/settings';
import { WEEKDAYS } from '../../../../../shared/settings/sections';
import { FormNumberField } from '../../../components/form/FormNumberField';
import { FormSwitch } from '../../../components/form/FormSwitch';
import { FormTextField } from '../../../components/form/FormTextField';
import { visuallyHidden } from '../../../components/visuallyHidden';
import { useFormat } from '../../../i18n/useFormat';
import { HolidayHelper } from './HolidayHelper';
import { SectionForm, useSectionForm, type SectionFormProps } from './SectionForm';
import { SubHeading } from './SubHeading';
import { reducedDayFrom, weeklyTotal } from './workTime';

const HOURS = { min: 0, max: 24, step: 0.25 };

export function WorkTimeForm(props: SectionFormProps<'workTime'> & { label: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const form = useSectionForm('workTime', props.state);
  const { control } = form;
  const reduced = useFieldArray({ control, name: 'reducedDays' });
  const weeklyHours = useWatch({ control, name: 'weeklyHours' });
  const reducedDays = useWatch({ control, name: 'reducedDays' });
  const total = weeklyTotal(weeklyHours);
  const scheduleErrorId = useId();
  const { errors } = useFormState({ control, name: 'weeklyHours' });
  const scheduleInvalid = errors.weeklyHours !== undefined;

  function addHalfDay(holiday: Holiday) {
    reduced.append(reducedDayFrom(holiday, weeklyHours));
  }

  return (
    <SectionForm form={form} {...props}>
      <SubHeading first>{t('timeSettings.workTime.schedule')}</SubHeading>
      <Box
        role="group"
        aria-label={t('timeSettings.workTime.schedule')}
        sx={{ display: 'grid', gridTemplateColumns: 'repeat(7, minmax(0, 1fr))', gap: 1.5 }}
      >
        {WEEKDAYS.map((day) => (
          <FormNumberField
            key={day}
            control={control}
            name={`weeklyHours.${day}`}
            label={t(`timeSettings.weekdays.${day}`)}
            {...HOURS}
            size="small"
            hideError
            slotProps={{ htmlInput: { 'aria-describedby': scheduleErrorId } }}
          />
        ))}
      </Box>
      {scheduleInvalid && (
        <FormHelperText error id={scheduleErrorId} sx={{ mx: 0 }}>
          {t('timeSettings.workTime.scheduleInvalid')}
        </FormHelperText>
      )}
      <Typography sx={{ mt: 1.5 }} aria-live="polite">
        {t('timeSettings.workTime.total', { hours: format.number(total) })}
      </Typography>

      <Box sx={{ mt: 2 }}>
        <FormSwitch
          control={control}
          name="deFactoHolidaysOff"
          label={t('timeSettings.workTime.deFactoOff')}
          helperText={t('timeSettings.workTime.deFactoOffHelp')}
        />
      </Box>

      <SubHeading>{t('timeSettings.workTime.reducedDays')}</SubHeading>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 1.5 }}>
        {t('timeSettings.workTime.reducedDaysHelp')}
      </Typography>
      {reduced.fields.length > 0 && (
        <Table size="small" aria-label={t('timeSettings.workTime.reducedDays')} sx={{ mb: 1 }}>
          <TableHead>
            <TableRow>
              <TableCell sx={{ width: 190 }}>{t('timeSettings.workTime.date')}</TableCell>
              <TableCell sx={{ width: 120 }}>{t('timeSettings.workTime.hours')}</TableCell>
              <TableCell>{t('timeSettings.workTime.note')}</TableCell>
              <TableCell sx={{ width: 56 }}>
                <Box component="span" sx={visuallyHidden}>
                  {t('timeSettings.remove')}
                </Box>
              </TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {reduced.fields.map((row, index) => {
              const date = reducedDays[index]?.date ?? '';
              const rowName = date ? format.date(date) : t('timeSettings.workTime.newRow');
              return (
                <TableRow key={row.id} sx={{ verticalAlign: 'top' }}>
                  <TableCell sx={{ pl: 0 }}>
                    <FormTextField
                      control={control}
                      name={`reducedDays.${index}.date`}
                      size="small"
                      placeholder={t('timeSettings.workTime.datePlaceholder')}
                      slotProps={{
                        htmlInput: {
                          'aria-label': t('timeSettings.workTime.dateOf', { row: index + 1 }),
                          inputMode: 'numeric',
                        },
                      }}
                    />
                  </TableCell>
                  <TableCell>
                    <FormNumberField
                      control={control}
                      name={`reducedDays.${index}.hours`}
                      slotProps={{
                        htmlInput: {
                          'aria-label': t('timeSettings.workTime.hoursOf', { row: index + 1 }),
                        },
                      }}
                      {...HOURS}
                      size="small"
                      invalidText={t('timeSettings.workTime.hoursInvalid')}
                    />
                  </TableCell>
                  <TableCell>
                    <FormTextField
                      control={control}
                      name={`reducedDays.${index}.note`}
                      size="small"
                      slotProps={{
                        htmlInput: {
                          'aria-label': t('timeSettings.workTime.noteOf', { row: index + 1 }),
                        },
                      }}
                      invalidText={t('timeSettings.workTime.noteInvalid')}
                    />
                  </TableCell>
                  <TableCell sx={{ pr: 0 }}>
                    <IconButton
                      aria-label={t('timeSettings.workTime.removeDay', { day: rowName })}
                      onClick={() => reduced.remove(index)}
                    >
                      <DeleteOutlined />
                    </IconButton>
                  </TableCell>
                </TableRow>
              );
            })}
          </TableBody>
        </Table>
      )}
      <Button
        startIcon={<AddIcon />}
        onClick={() => reduced.append({ date: '', hours: 4, note: '' })}
      >
        {t('timeSettings.workTime.addDay')}
      </Button>

      <HolidayHelper
        addedDates={new Set(reducedDays.map((day) => day.date))}
        onAddHalfDay={addHalfDay}
      />
    </SectionForm>
  );
}
