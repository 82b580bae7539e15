import { describe, expect, it } from 'vitest';
import { defaultSections } from '../../../../shared/settings/sections';
import { sectionSchema } from './sectionResolver';

const issuesOf = (result: {
  success: boolean;
  error?: { issues: { path: PropertyKey[]; message: string }[] };
}) => (result.error?.issues ?? []).map((i) => `${i.path.join('.')}:${i.message}`);

describe('a time-settings section form', () => {
  it('accepts the defaults as they are', () => {
    const defaults = defaultSections();
    expect(sectionSchema('workTime').safeParse(defaults.workTime).success).toBe(true);
    expect(sectionSchema('overtime').safeParse(defaults.overtime).success).toBe(true);
    expect(sectionSchema('payrollExport').safeParse(defaults.payrollExport).success).toBe(true);
  });

  it('refuses an empty or out-of-range number of hours on the field itself', () => {
    const workTime = defaultSections().workTime;
    const result = sectionSchema('workTime').safeParse({
      ...workTime,
      weeklyHours: { ...workTime.weeklyHours, mon: Number.NaN, tue: 25, wed: 7.3 },
    });
    expect(issuesOf(result)).toEqual([
      'weeklyHours.mon:input.invalid',
      'weeklyHours.tue:input.invalid',
      'weeklyHours.wed:input.invalid',
    ]);
  });

  it('names a custom code that repeats a standard one with the domain code', () => {
    const timeCodes = defaultSections().timeCodes;
    const result = sectionSchema('timeCodes').safeParse({
      ...timeCodes,
      custom: [{ code: 'sem', name: 'Semester igen', kind: 'absence', payrollCode: '300' }],
    });
    expect(issuesOf(result)).toEqual(['custom.0.code:settings.codeDuplicate']);
  });

  it('asks for the name of a payroll system chosen as "other"', () => {
    const result = sectionSchema('payrollExport').safeParse({
      system: 'other',
      otherName: ' ',
      format: 'native',
    });
    expect(issuesOf(result)).toEqual(['otherName:settings.otherNameMissing']);
  });
});
