import type { Column, Content, TableCell } from 'pdfmake/interfaces';
import type { SectionState } from '../../../shared/schemas/settings';
import { STANDARD_CODES, type StandardCode } from '../../../shared/settings/codes';
import type { SectionData } from '../../../shared/settings/sections';
import { hours, orDash, svNumber, yesNo } from './format';
import { facts, grid, note, section, subsection, withHeading } from './pdf-blocks';
import { workTime } from './section-work-time';
import type { SetupSheetData } from './sheet-data';

/** Section 4: the account's time settings, one subsection per Blikk settings screen. */
export function timeSettingsSection(data: SetupSheetData): Content[] {
  const { sections } = data.settings;
  return section(4, 'Tidsinställningar', [
    ...workTime(sections.workTime, data.holidays),
    ...timeCodes(sections.timeCodes),
    ...overtime(sections.overtime),
    ...approval(sections.approval),
    ...payrollExport(sections.payrollExport),
  ]);
}

// ---------------------------------------------------------------- 4.2-4.5

function timeCodes(state: SectionState<'timeCodes'>): Content[] {
  const enabled = new Set(state.data.enabled);
  const chosen = STANDARD_CODES.filter((c) => enabled.has(c.code));
  return subsection('4.2 Tidkoder och frånvaro', state, [
    {
      columns: [
        codeTable(
          'Tid',
          chosen.filter((c) => c.kind === 'time'),
        ),
        codeTable(
          'Frånvaro',
          chosen.filter((c) => c.kind === 'absence'),
        ),
      ],
      columnGap: 16,
    },
    ...customCodes(state.data.custom),
  ]);
}

function codeTable(title: string, codes: StandardCode[]): Column {
  const rows = codes.map((c): TableCell[] => [{ text: c.code, bold: true }, c.sv]);
  if (!rows.length) rows.push([{ text: 'Inga valda', colSpan: 2, style: 'note' }, {}]);
  return { ...grid([40, '*'], [title, 'Benämning'], rows), width: '*' };
}

function customCodes(custom: SectionData['timeCodes']['custom']): Content[] {
  const heading: Content = { text: 'Egna koder', style: 'h3', margin: [0, 8, 0, 2] };
  if (!custom.length) return withHeading(heading, [note('Inga egna koder.', [0, 0, 0, 0])]);
  const rows = custom.map((c): TableCell[] => [
    { text: c.code, bold: true },
    c.name,
    c.kind === 'time' ? 'Tid' : 'Frånvaro',
    c.payrollCode,
  ]);
  return withHeading(heading, [
    grid([50, '*', 70, 80], ['Kod', 'Benämning', 'Typ', 'Lönekod'], rows),
  ]);
}

function overtime(state: SectionState<'overtime'>): Content[] {
  const d = state.data;
  const qualified = d.qualified.enabled
    ? `Ja, efter ${hours(d.qualified.afterHoursPerDay)} övertid samma dag` +
      (d.qualified.weekendsAndNights ? ' samt helger och nätter' : '')
    : 'Nej';
  return subsection('4.3 Övertid, mertid och flex', state, [
    facts([
      [
        'Enkel övertid',
        d.simple.enabled ? `Ja, högst ${hours(d.simple.maxHoursPerDay)} per dag` : 'Nej',
      ],
      ['Kvalificerad övertid', qualified],
      ['Tak för allmän övertid', `${hours(d.annualCapHours)} per kalenderår`],
      ['Mertid (deltidsanställda)', yesNo(d.additionalHours)],
      ['Flextid', flexText(d.flex)],
      [
        'Kompledighet',
        d.compTime.enabled ? `Ja, kompsaldo högst ${hours(d.compTime.maxBalanceHours)}` : 'Nej',
      ],
    ]),
  ]);
}

function flexText(flex: SectionData['overtime']['flex']): string {
  if (!flex.enabled) return 'Nej';
  return (
    `Ja, kärntid ${flex.coreStart}–${flex.coreEnd}; flexsaldo högst ` +
    `+${svNumber(flex.maxPlusHours)} / −${hours(flex.maxMinusHours)}`
  );
}

function approval(state: SectionState<'approval'>): Content[] {
  const d = state.data;
  const days = d.reminders.daysAfterPeriod;
  return subsection('4.4 Attest och låsning', state, [
    facts([
      ['Attestperiod', d.period === 'week' ? 'Vecka' : 'Månad'],
      [
        'Attestnivåer',
        d.levels === 'manager' ? 'Attestansvarig (chef)' : 'Attestansvarig, sedan löneansvarig',
      ],
      [
        'Påminnelse',
        d.reminders.enabled
          ? `Ja, ${days} ${days === 1 ? 'dag' : 'dagar'} efter periodens slut`
          : 'Nej',
      ],
      ['Lås perioden efter lönekörning', yesNo(d.lockAfterPayroll)],
    ]),
  ]);
}

const PAYROLL_NAMES = {
  fortnox: 'Fortnox Lön',
  visma: 'Visma Lön',
  hogia: 'Hogia Lön',
  crona: 'Crona Lön',
  kontek: 'Kontek Lön',
  bl: 'BL Lön',
} as const;

function payrollExport(state: SectionState<'payrollExport'>): Content[] {
  const d = state.data;
  const system = d.system === 'other' ? orDash(d.otherName) : PAYROLL_NAMES[d.system];
  return subsection('4.5 Löneexport', state, [
    facts([
      ['Lönesystem', system],
      ['Filformat', d.format === 'paxml' ? 'PAXml' : 'Systemets eget format'],
    ]),
  ]);
}
