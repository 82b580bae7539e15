import { useFieldArray, useWatch, type Control } from 'react-hook-form';
import type { SectionData } from '../../../../../shared/settings/sections';
import { FormNumberField } from '../../../components/form/FormNumberField';
import { FormTextField } from '../../../components/form/FormTextField';
import { useFormat } from '../../../i18n/useFormat';
import { HolidayHelper } from './HolidayHelper';
import { labelled, RowsTable } from './RowsTable';
import { SubHeading } from './SubHeading';
import { useDayHours } from './useDayHours';
import { useSectionText } from './useSectionText';
import { reducedDayFrom } from './workTime';

/** Days with shorter hours than the schedule's, typed in or picked from the year's half days. */
export function ReducedDays({ control }: { control: Control<SectionData['workTime']> }) {
  const k = useSectionText('workTime');
  const format = useFormat();
  const dayHours = useDayHours();
  const { fields, append, remove } = useFieldArray({ control, name: 'reducedDays' });
  const weeklyHours = useWatch({ control, name: 'weeklyHours' });
  const days = useWatch({ control, name: 'reducedDays' });
  const cells = (index: number) => [
    <FormTextField
      control={control}
      name={`reducedDays.${index}.date`}
      size="small"
      placeholder={k('datePlaceholder')}
      slotProps={{
        htmlInput: { 'aria-label': k('dateOf', { row: index + 1 }), inputMode: 'numeric' },
      }}
    />,
    <FormNumberField
      control={control}
      name={`reducedDays.${index}.hours`}
      slotProps={labelled(k('hoursOf', { row: index + 1 }))}
      {...dayHours}
      size="small"
    />,
    <FormTextField
      control={control}
      name={`reducedDays.${index}.note`}
      size="small"
      slotProps={labelled(k('noteOf', { row: index + 1 }))}
      invalidText={k('noteInvalid')}
    />,
  ];
  const dayName = (index: number) => {
    const date = days[index]?.date ?? '';
    return date ? format.date(date) : k('newRow');
  };

  return (
    <>
      <SubHeading help={k('reducedDaysHelp')}>{k('reducedDays')}</SubHeading>
      <RowsTable
        label={k('reducedDays')}
        columns={[
          { label: k('date'), sx: { width: 190 } },
          { label: k('hours'), sx: { width: 120 } },
          { label: k('note') },
        ]}
        rows={fields}
        cells={cells}
        removeLabel={(index) => k('removeDay', { day: dayName(index) })}
        onRemove={remove}
        addLabel={k('addDay')}
        onAdd={() => append({ date: '', hours: 4, note: '' })}
      />
      <HolidayHelper
        addedDates={new Set(days.map((day) => day.date))}
        onAddHalfDay={(holiday) => append(reducedDayFrom(holiday, weeklyHours))}
      />
    </>
  );
}
