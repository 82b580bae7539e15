import type { staleSv } from './stale.sv';

export const staleEn: typeof staleSv = {
  title: 'A colleague has changed this',
  byWhom: '{{who}} saved changes {{when}}, after you opened the form.',
  bySomeone: 'A colleague saved changes after you opened the form.',
  intro: 'This is what changed, with their value and yours:',
  noFieldChanges:
    'None of the fields in the form differ, but the record was saved again. You can save your values again.',
  tableLabel: "The colleague's changes compared with yours",
  field: 'Field',
  theirs: "Colleague's value",
  yours: 'Your value',
  empty: '(empty)',
  reapply: 'Use my changes',
  reapplyHelp:
    "Saves the fields you changed over the colleague's version. Their changes to other fields are kept.",
  reload: "Take the colleague's",
  reloadHelp: "Shows the colleague's version in the form. Your unsaved changes are lost.",
  /** The time settings' parts, as the dialog names them (sections/sectionStale.ts). */
  sectionFields: {
    weeklyHours: 'Hours per weekday (Mon–Sun)',
    deFactoHolidaysOff: 'De facto holidays off',
    reducedDays: 'Reduced days',
    enabled: 'Time codes',
    custom: 'Own time codes',
    simple: 'Simple overtime',
    qualified: 'Qualified overtime',
    annualCapHours: 'Overtime per year, at most',
    additionalHours: 'Additional hours',
    flex: 'Flexitime',
    compTime: 'Compensatory leave',
    period: 'Approval period',
    levels: 'Approval levels',
    reminders: 'Reminders',
    lockAfterPayroll: 'Lock after payroll',
    system: 'Payroll system',
    otherName: 'Other payroll system',
    format: 'File format',
  },
};
