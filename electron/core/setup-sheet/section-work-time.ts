import type { Content, TableCell } from 'pdfmake/interfaces';
import type { Holiday, SectionState } from '../../../shared/schemas/settings';
import { WEEKDAYS, type SectionData, type Weekday } from '../../../shared/settings/sections';
import { hours, orDash, svDay, svNumber } from './format';
import { facts, grid, note, subsection, withHeading } from './pdf-blocks';

// 4.1 Arbetstid: the week, the eves off, shorter days and the year's public holidays.

const WEEKDAY_NAMES: Record<Weekday, string> = {
  mon: 'Mån',
  tue: 'Tis',
  wed: 'Ons',
  thu: 'Tor',
  fri: 'Fre',
  sat: 'Lör',
  sun: 'Sön',
};

export function workTime(state: SectionState<'workTime'>, holidays: Holiday[]): Content[] {
  const d = state.data;
  return subsection('4.1 Arbetstid', state, [
    weekTable(d.weeklyHours),
    {
      ...facts([['Midsommar-, jul- och nyårsafton', deFactoText(d.deFactoHolidaysOff, holidays)]]),
      margin: [0, 8, 0, 0],
    },
    ...reducedDays(d.reducedDays, holidays),
    ...publicHolidays(holidays),
  ]);
}

function weekTable(week: SectionData['workTime']['weeklyHours']): Content {
  const total = WEEKDAYS.reduce((sum, day) => sum + week[day], 0);
  const cells: TableCell[] = [
    ...WEEKDAYS.map((day) => ({ text: svNumber(week[day]), alignment: 'center' as const })),
    { text: svNumber(total), alignment: 'center', bold: true },
  ];
  return grid(
    [...WEEKDAYS.map(() => '*'), 70],
    [...WEEKDAYS.map((day) => WEEKDAY_NAMES[day]), 'Per vecka'],
    [cells],
    0,
  );
}

function deFactoText(off: boolean, holidays: Holiday[]): Content {
  const days = holidays
    .filter((h) => h.kind === 'deFacto')
    .map((h) => `${h.name} ${svDay(h.date)}`)
    .join(', ');
  const treated = off ? 'Lediga (ingen arbetstid)' : 'Vanliga arbetsdagar enligt schemat';
  return days ? { stack: [treated, note(days, [0, 1, 0, 0])] } : treated;
}

function reducedDays(days: SectionData['workTime']['reducedDays'], holidays: Holiday[]): Content[] {
  const heading: Content = {
    text: 'Dagar med kortare arbetstid',
    style: 'h3',
    margin: [0, 8, 0, 2],
  };
  const halfDays = holidays.filter((h) => h.kind === 'halfDay');
  const hint = halfDays.length
    ? [
        note(
          'Vanliga halvdagar, om avtalet ger dem: ' +
            halfDays.map((h) => `${h.name} ${svDay(h.date)}`).join(', '),
        ),
      ]
    : [];
  if (!days.length)
    return [...withHeading(heading, [note('Inga inlagda.', [0, 0, 0, 0])]), ...hint];
  const rows = [...days]
    .sort((a, b) => a.date.localeCompare(b.date))
    .map((day): TableCell[] => [svDay(day.date), hours(day.hours), orDash(day.note)]);
  const table = grid([110, 70, '*'], ['Datum', 'Arbetstid', 'Anteckning'], rows);
  return [...withHeading(heading, [table]), ...hint];
}

function publicHolidays(holidays: Holiday[]): Content[] {
  const list = holidays.filter((h) => h.kind === 'public');
  if (!list.length) return [];
  const year = list[0]?.date.slice(0, 4) ?? '';
  const perColumn = Math.ceil(list.length / 3);
  const columns = [0, 1, 2].map((c) => ({
    width: '*',
    stack: list.slice(c * perColumn, (c + 1) * perColumn).map((h) => ({
      columns: [
        { text: svDay(h.date), width: 52, style: 'label' },
        { text: h.name, width: '*' },
      ],
      margin: [0, 0, 0, 1] as [number, number, number, number],
    })),
  }));
  return [
    {
      stack: [
        { text: `Helgdagar ${year} (röda dagar)`, style: 'h3', margin: [0, 8, 0, 3] },
        { columns, columnGap: 12, fontSize: 8.5 },
      ],
      unbreakable: true,
    },
  ];
}
