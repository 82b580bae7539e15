import type { Holiday } from '../../../../../shared/schemas/settings';
import { WEEKDAYS, type SectionData, type Weekday } from '../../../../../shared/settings/sections';

type WorkTime = SectionData['workTime'];

/** The scheduled hours of a week; an empty field counts as nothing. */
export function weeklyTotal(hours: WorkTime['weeklyHours']): number {
  return WEEKDAYS.reduce((sum, day) => sum + (Number.isFinite(hours[day]) ? hours[day] : 0), 0);
}

/** mon…sun of a calendar date (YYYY-MM-DD), whatever the time zone. */
export function weekdayOf(date: string): Weekday {
  const day = new Date(`${date}T12:00:00Z`).getUTCDay();
  return WEEKDAYS[(day + 6) % 7] ?? 'mon';
}

/** A half day: half the day's scheduled hours, to the nearest quarter hour. */
export function halfDayHours(hours: WorkTime['weeklyHours'], date: string): number {
  const scheduled = hours[weekdayOf(date)];
  return Number.isFinite(scheduled) ? Math.round(scheduled * 2) / 4 : 0;
}

/** A common half day as a reduced day of the schedule, named after the day it precedes. */
export function reducedDayFrom(
  holiday: Holiday,
  hours: WorkTime['weeklyHours'],
): WorkTime['reducedDays'][number] {
  return { date: holiday.date, hours: halfDayHours(hours, holiday.date), note: holiday.name };
}
