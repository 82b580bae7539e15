import { z } from 'zod';
import { STANDARD_CODES, STANDARD_CODE_SET } from './codes';
import { isIsoDay } from '../domain/months';

/**
 * The account's time settings, in the order Blikk's article wants them made (step 2): each a
 * section with Swedish defaults that a typical Easy customer can accept as they are.
 */
export const SECTION_KEYS = [
  'workTime',
  'timeCodes',
  'overtime',
  'approval',
  'payrollExport',
] as const;
export type SectionKey = (typeof SECTION_KEYS)[number];

const hours = z.number().min(0).max(24).multipleOf(0.25);
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const clock = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/);

export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

export const workTimeSchema = z
  .object({
    weeklyHours: z
      .object({
        mon: hours,
        tue: hours,
        wed: hours,
        thu: hours,
        fri: hours,
        sat: hours,
        sun: hours,
      })
      .strict(),
    /** Midsommarafton, julafton and nyårsafton: not public holidays, yet free almost everywhere. */
    deFactoHolidaysOff: z.boolean(),
    reducedDays: z
      .array(z.object({ date: isoDate, hours, note: z.string().max(100) }).strict())
      .max(400),
  })
  .strict();

export const timeCodesSchema = z
  .object({
    enabled: z.array(z.string().max(10)).max(100),
    custom: z
      .array(
        z
          .object({
            code: z.string().min(1).max(10),
            name: z.string().min(1).max(80),
            kind: z.enum(['time', 'absence']),
            payrollCode: z.string().min(1).max(20),
          })
          .strict(),
      )
      .max(200),
  })
  .strict();

export const overtimeSchema = z
  .object({
    simple: z.object({ enabled: z.boolean(), maxHoursPerDay: hours }).strict(),
    qualified: z
      .object({ enabled: z.boolean(), afterHoursPerDay: hours, weekendsAndNights: z.boolean() })
      .strict(),
    /** Arbetstidslagen: 200 hours of general overtime a calendar year. */
    annualCapHours: z.number().int().min(0).max(400),
    additionalHours: z.boolean(),
    flex: z
      .object({
        enabled: z.boolean(),
        coreStart: clock,
        coreEnd: clock,
        maxPlusHours: z.number().min(0).max(500),
        maxMinusHours: z.number().min(0).max(500),
      })
      .strict(),
    compTime: z
      .object({ enabled: z.boolean(), maxBalanceHours: z.number().min(0).max(1000) })
      .strict(),
  })
  .strict();

export const approvalSchema = z
  .object({
    period: z.enum(['week', 'month']),
    levels: z.enum(['manager', 'managerThenPayroll']),
    reminders: z
      .object({ enabled: z.boolean(), daysAfterPeriod: z.number().int().min(0).max(14) })
      .strict(),
    lockAfterPayroll: z.boolean(),
  })
  .strict();

export const PAYROLL_SYSTEMS = [
  'fortnox',
  'visma',
  'hogia',
  'crona',
  'kontek',
  'bl',
  'other',
] as const;
export const PAYROLL_FORMATS = ['paxml', 'native'] as const;

export const payrollExportSchema = z
  .object({
    system: z.enum(PAYROLL_SYSTEMS),
    otherName: z.string().max(80),
    format: z.enum(PAYROLL_FORMATS),
  })
  .strict();

export const SECTION_SCHEMAS = {
  workTime: workTimeSchema,
  timeCodes: timeCodesSchema,
  overtime: overtimeSchema,
  approval: approvalSchema,
  payrollExport: payrollExportSchema,
} as const;

export type SectionData = { [K in SectionKey]: z.infer<(typeof SECTION_SCHEMAS)[K]> };

/** What a typical Easy customer can accept as it is. */
export function defaultSections(): SectionData {
  return {
    workTime: {
      weeklyHours: { mon: 8, tue: 8, wed: 8, thu: 8, fri: 8, sat: 0, sun: 0 },
      deFactoHolidaysOff: true,
      reducedDays: [],
    },
    timeCodes: {
      enabled: STANDARD_CODES.filter((c) => c.defaultOn).map((c) => c.code),
      custom: [],
    },
    overtime: {
      simple: { enabled: true, maxHoursPerDay: 2 },
      qualified: { enabled: true, afterHoursPerDay: 2, weekendsAndNights: true },
      annualCapHours: 200,
      additionalHours: true,
      flex: {
        enabled: false,
        coreStart: '09:00',
        coreEnd: '15:00',
        maxPlusHours: 40,
        maxMinusHours: 10,
      },
      compTime: { enabled: true, maxBalanceHours: 150 },
    },
    approval: {
      period: 'month',
      levels: 'manager',
      reminders: { enabled: true, daysAfterPeriod: 2 },
      lockAfterPayroll: true,
    },
    payrollExport: { system: 'fortnox', otherName: '', format: 'paxml' },
  };
}

/** Domain problems a well-formed section can still have; field paths are within the section. */
export function validateSection<K extends SectionKey>(key: K, data: SectionData[K]) {
  const issues: {
    field: string;
    code:
      | 'settings.codeUnknown'
      | 'settings.codeDuplicate'
      | 'settings.flexCoreTimes'
      | 'date.invalid'
      | 'settings.otherNameMissing';
  }[] = [];
  if (key === 'timeCodes') {
    const d = data as SectionData['timeCodes'];
    d.enabled.forEach((code, i) => {
      if (!STANDARD_CODE_SET.has(code))
        issues.push({ field: `enabled.${i}`, code: 'settings.codeUnknown' });
    });
    const seen = new Set<string>(STANDARD_CODE_SET);
    d.custom.forEach((c, i) => {
      const code = c.code.trim().toUpperCase();
      if (seen.has(code))
        issues.push({ field: `custom.${i}.code`, code: 'settings.codeDuplicate' });
      seen.add(code);
    });
  }
  if (key === 'overtime') {
    const d = data as SectionData['overtime'];
    if (d.flex.enabled && d.flex.coreStart >= d.flex.coreEnd) {
      issues.push({ field: 'flex.coreEnd', code: 'settings.flexCoreTimes' });
    }
  }
  if (key === 'workTime') {
    const d = data as SectionData['workTime'];
    d.reducedDays.forEach((day, i) => {
      if (!isIsoDay(day.date)) {
        issues.push({ field: `reducedDays.${i}.date`, code: 'date.invalid' });
      }
    });
  }
  if (key === 'payrollExport') {
    const d = data as SectionData['payrollExport'];
    if (d.system === 'other' && !d.otherName.trim()) {
      issues.push({ field: 'otherName', code: 'settings.otherNameMissing' });
    }
  }
  return issues;
}
