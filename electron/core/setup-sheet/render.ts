import type {
  Column,
  Content,
  ContentTable,
  CustomTableLayout,
  DynamicContent,
  Margins,
  StyleDictionary,
  TableCell,
  TDocumentDefinitions,
} from 'pdfmake/interfaces';
import type { Address, CustomerDetail } from '../../../shared/schemas/customer';
import type { Holiday, SectionState } from '../../../shared/schemas/settings';
import { STANDARD_CODES, type StandardCode } from '../../../shared/settings/codes';
import type { ReportingProfile } from '../../../shared/settings/profiles';
import { WEEKDAYS, type SectionData, type Weekday } from '../../../shared/settings/sections';
import { FONT, MARGIN_X, renderPdf, rule } from '../pdf/pdfmake';
import type { SetupSheetData } from './sheet-data';

export type { SetupSheetData } from './sheet-data';

const ACCENT = '#1f3a5f';
const MUTED = '#5f6368';
const RULE = '#c9cdd3';
const HEADER_FILL = '#eef0f3';
const TIME_ZONE = 'Europe/Stockholm';
const DASH = '–';

/** The sheet as a PDF: A4, Swedish, in the order Blikk's screens ask for things. */
export async function renderSetupSheet(data: SetupSheetData): Promise<Buffer> {
  return renderPdf(documentDefinition(data));
}

/** `Upplaggningsblad-559244-0001.pdf`: ASCII only, as some mail and file systems mangle more. */
export function setupSheetFileName(customer: CustomerDetail): string {
  const id = asciiSlug(customer.customer.orgnr) || asciiSlug(customer.customer.name) || 'kund';
  return `Upplaggningsblad-${id}.pdf`;
}

function asciiSlug(value: string): string {
  return value
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '') // å ä ö é lose their marks: a a o e
    .replace(/[^A-Za-z0-9-]+/g, '-')
    .replace(/-{2,}/g, '-')
    .replace(/^-|-$/g, '');
}

function documentDefinition(data: SetupSheetData): TDocumentDefinitions {
  const { customer } = data.customer;
  return {
    pageSize: 'A4',
    pageMargins: [MARGIN_X, 58, MARGIN_X, 54],
    language: 'sv-SE',
    info: {
      title: `Uppläggningsblad för Blikk Easy – ${customer.name}`,
      author: data.bureau?.name ?? 'Kundstart',
      creator: 'Kundstart',
      producer: 'Kundstart',
    },
    header: pageHeader(data),
    footer: pageFooter(data),
    content: [
      titleBlock(data),
      collaborationSection(data),
      customerSection(data.customer),
      invoicingSection(data),
      timeSettingsSection(data),
      profilesSection(data),
    ],
    styles: STYLES,
    defaultStyle: { font: FONT, fontSize: 9.5, lineHeight: 1.2, color: '#222222' },
  };
}

const STYLES: StyleDictionary = {
  title: { fontSize: 20, bold: true, color: ACCENT },
  customerName: { fontSize: 14, bold: true, margin: [0, 4, 0, 2] },
  intro: { color: MUTED, margin: [0, 8, 0, 4] },
  h1: { fontSize: 13, bold: true, color: ACCENT },
  h2: { fontSize: 10.5, bold: true, color: ACCENT },
  h3: { bold: true, margin: [0, 6, 0, 2] },
  label: { color: MUTED },
  note: { fontSize: 8.5, color: MUTED },
  review: { fontSize: 8.5, italics: true, color: MUTED, alignment: 'right' },
  unreviewed: { fontSize: 8.5, bold: true, color: ACCENT, alignment: 'right' },
  th: { fontSize: 8.5, bold: true },
  pageLine: { fontSize: 8, color: MUTED },
};

// ---------------------------------------------------------------- page frame

function pageHeader(data: SetupSheetData): DynamicContent {
  return () => ({
    margin: [MARGIN_X, 24, MARGIN_X, 0],
    stack: [
      {
        columns: [
          { text: 'Uppläggningsblad för Blikk Easy', style: 'pageLine' },
          { text: data.bureau?.name ?? '', style: 'pageLine', alignment: 'right' },
        ],
      },
      rule(0.5, RULE, [0, 3, 0, 0]),
    ],
  });
}

function pageFooter(data: SetupSheetData): DynamicContent {
  const { name, orgnr } = data.customer.customer;
  return (page, pages) => ({
    margin: [MARGIN_X, 14, MARGIN_X, 0],
    stack: [
      rule(0.5, RULE, [0, 0, 0, 3]),
      {
        columns: [
          { text: `${name} · ${orgnr}`, style: 'pageLine' },
          { text: `Sida ${page} av ${pages}`, style: 'pageLine', alignment: 'right' },
        ],
      },
    ],
  });
}

// ---------------------------------------------------------------- building blocks

/** A heading kept on the page of what follows it; later blocks may break across pages. */
function withHeading(heading: Content, blocks: Content[]): Content[] {
  const [first, ...rest] = blocks;
  return [{ stack: [heading, first ?? ''], unbreakable: true }, ...rest];
}

function section(no: number, title: string, blocks: Content[], review?: Reviewed): Content[] {
  const heading: Content = {
    stack: [
      {
        columns: [{ text: `${no}  ${title}`, style: 'h1' }, review ? reviewLine(review, 4) : ''],
      },
      rule(0.8, ACCENT, [0, 2, 0, 6]),
    ],
    margin: [0, 16, 0, 0],
  };
  return withHeading(heading, blocks);
}

interface Reviewed {
  reviewedAt: string | null;
  reviewedBy: string | null;
}

function subsection(title: string, review: Reviewed, blocks: Content[]): Content[] {
  const heading: Content = {
    columns: [{ text: title, style: 'h2', width: '*' }, reviewLine(review)],
    margin: [0, 10, 0, 4],
  };
  return withHeading(heading, blocks);
}

/** `top` lines the small text up with a larger heading beside it. */
function reviewLine({ reviewedAt, reviewedBy }: Reviewed, top = 0): Column {
  const margin: Margins = [0, top, 0, 0];
  if (!reviewedAt) return { text: 'Ej granskad', style: 'unreviewed', width: 'auto', margin };
  const text = `Granskad: ${svDate(reviewedAt)} av ${reviewedBy?.trim() || 'okänd'}`;
  return { text, style: 'review', width: 'auto', margin };
}

/** Label and value rows: what the bureau types into one Blikk screen. */
function facts(rows: [string, Content][]): ContentTable {
  return {
    table: {
      widths: [160, '*'],
      body: rows.map(([label, value]) => [{ text: label, style: 'label' }, value]),
    },
    layout: FACTS_LAYOUT,
  };
}

const FACTS_LAYOUT: CustomTableLayout = {
  hLineWidth: (i, node) => (i === 0 || i === node.table.body.length ? 0 : 0.5),
  vLineWidth: () => 0,
  hLineColor: () => RULE,
  paddingLeft: (i) => (i === 0 ? 0 : 8),
  paddingRight: () => 0,
  paddingTop: () => 3,
  paddingBottom: () => 3,
};

/**
 * A table with a shaded header row that repeats on the next page. Headers from column
 * `centreFrom` on are centred, over the centred Ja/Nej and numbers below them.
 */
function grid(
  widths: (number | string)[],
  header: string[],
  rows: TableCell[][],
  centreFrom = header.length,
): ContentTable {
  const th = (text: string, i: number): TableCell => ({
    text,
    style: 'th',
    fillColor: HEADER_FILL,
    alignment: i >= centreFrom ? 'center' : 'left',
  });
  return {
    table: { headerRows: 1, dontBreakRows: true, widths, body: [header.map(th), ...rows] },
    layout: GRID_LAYOUT,
  };
}

const GRID_LAYOUT: CustomTableLayout = {
  hLineWidth: (i, node) => (i === 0 || i === node.table.body.length ? 0.8 : 0.5),
  vLineWidth: () => 0,
  hLineColor: (i, node) => (i === 0 || i === node.table.body.length ? ACCENT : RULE),
  paddingLeft: () => 5,
  paddingRight: () => 5,
  paddingTop: () => 3,
  paddingBottom: () => 3,
};

function note(text: string, margin: [number, number, number, number] = [0, 4, 0, 0]): Content {
  return { text, style: 'note', margin };
}

// ---------------------------------------------------------------- formatting

const DATE = new Intl.DateTimeFormat('sv-SE', {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  timeZone: TIME_ZONE,
});
const DAY = new Intl.DateTimeFormat('sv-SE', {
  weekday: 'short',
  day: 'numeric',
  month: 'short',
  timeZone: TIME_ZONE,
});
const NUMBER = new Intl.NumberFormat('sv-SE', { maximumFractionDigits: 2 });

/** A calendar date is read at noon UTC so that no time zone moves it to another day. */
function toDate(iso: string): Date {
  return new Date(/^\d{4}-\d{2}-\d{2}$/.test(iso) ? `${iso}T12:00:00Z` : iso);
}

/** "28 nov. 2026". */
function svDate(iso: string): string {
  const date = toDate(iso);
  return Number.isNaN(date.getTime()) ? iso : DATE.format(date);
}

/** "fre 3 apr.": the weekday tells whether a holiday falls on a working day. */
function svDay(iso: string): string {
  const date = toDate(iso);
  return Number.isNaN(date.getTime()) ? iso : DAY.format(date);
}

/** "8", "7,5". */
function svNumber(n: number): string {
  return NUMBER.format(n);
}

function hours(n: number): string {
  return `${svNumber(n)} ${n === 1 ? 'timme' : 'timmar'}`;
}

function yesNo(value: boolean): string {
  return value ? 'Ja' : 'Nej';
}

function orDash(value: string | null | undefined): string {
  return value?.trim() || DASH;
}

function addressText(a: Address): string {
  const town = [a.postalCode, a.city].filter((p) => p?.trim()).join(' ');
  return orDash([a.street, town].filter((p) => p?.trim()).join(', '));
}

/**
 * CustomerDetail only ever holds the masked personnummer; this keeps it so even if a full
 * number were ever passed by mistake, because the sheet is printed and mailed around.
 */
function maskedPersonnummer(value: string): string {
  return value.replace(/\d{4}$/, '****');
}

// ---------------------------------------------------------------- title

function titleBlock(data: SetupSheetData): Content {
  const { customer } = data.customer;
  return {
    stack: [
      { text: 'Uppläggningsblad för Blikk Easy', style: 'title' },
      { text: customer.name, style: 'customerName' },
      facts([
        ['Organisationsnummer', customer.orgnr],
        ['Byrå', data.bureau?.name ?? 'Byråns profil är inte ifylld'],
        ['Skapat', svDate(data.generatedAt)],
      ]),
      {
        text:
          'Lägg upp kunden i Blikk i den här ordningen: samarbetet och kunduppgifterna (1–3), ' +
          'sedan tidsinställningarna avsnitt för avsnitt (4) och sist rapporteringsprofilerna (5), ' +
          'innan användarna läggs till.',
        style: 'intro',
      },
    ],
  };
}

// ---------------------------------------------------------------- 1-3: the collaboration

const VERSION_NAMES: Record<CustomerDetail['version'], string> = {
  easy: 'Blikk Easy',
  pro: 'Blikk Pro',
  enterprise: 'Blikk Enterprise',
};

function collaborationSection(data: SetupSheetData): Content[] {
  return section(1, 'Samarbete', [
    facts([
      ['Version', VERSION_NAMES[data.customer.version]],
      ['Antal licenser', String(data.customer.licences)],
      [
        'Behörigheter',
        {
          stack: [
            'Rapportör, Attestansvarig eller Administratör',
            note('Alla behörigheter kostar samma i Easy', [0, 1, 0, 0]),
          ],
        },
      ],
    ]),
  ]);
}

function customerSection(detail: CustomerDetail): Content[] {
  const { customer } = detail;
  const company: [string, Content][] = [
    ['Företagsnamn', customer.name],
    ['Organisationsnummer', customer.orgnr],
    ...(customer.orgType.trim() ? [['Bolagsform', customer.orgType] as [string, Content]] : []),
    ['Adress', addressText(customer.address)],
    ['Telefon', orDash(customer.phone)],
    ['E-post för faktura', orDash(customer.invoiceEmail)],
  ];
  return section(2, 'Kunduppgifter och primärkontakt', [
    { stack: [{ text: 'Kund', style: 'h3' }, facts(company)] },
    {
      stack: [
        { text: 'Primärkontakt', style: 'h3', margin: [0, 10, 0, 2] },
        contactFacts(detail.contact),
      ],
      unbreakable: true,
    },
  ]);
}

function contactFacts(contact: CustomerDetail['contact']): Content {
  if (!contact) return note('Ingen primärkontakt angiven.', [0, 0, 0, 0]);
  const personnummer = contact.personnummerMasked
    ? `${maskedPersonnummer(contact.personnummerMasked)} (BankID)`
    : 'Ej angivet: loggar in med e-post';
  return facts([
    ['Namn', contact.name],
    ['E-post', orDash(contact.email)],
    ['Telefon', orDash(contact.phone)],
    ['Personnummer', personnummer],
    ['Även första administratör', yesNo(contact.alsoFirstAdmin)],
  ]);
}

const PAYER_NAMES = { bureau: 'Byrån', customer: 'Kunden' } as const;
const METHOD_NAMES = {
  collective: 'samlingsfaktura',
  email: 'e-post (PDF)',
  'e-invoice': 'e-faktura',
  paper: 'papper',
} as const;

function invoicingSection(data: SetupSheetData): Content[] {
  const { invoicing } = data.customer;
  return section(3, 'Fakturering', [
    facts([
      ['Faktureras', `${PAYER_NAMES[invoicing.payer]} – ${METHOD_NAMES[invoicing.method]}`],
      ...invoiceDetails(data),
    ]),
  ]);
}

function invoiceDetails({ bureau, customer }: SetupSheetData): [string, Content][] {
  const { invoicing } = customer;
  switch (invoicing.method) {
    case 'collective':
      return [['Återförsäljaravtal', agreementText(bureau)]];
    case 'email':
      return [['E-post för faktura', orDash(customer.customer.invoiceEmail)]];
    case 'e-invoice': {
      const e = invoicing.eInvoice;
      if (!e) return [['Mottagar-id', DASH]];
      return [[e.scheme === 'peppol' ? 'Peppol-ID' : 'GLN', e.id]];
    }
    case 'paper':
      return [['Fakturaadress', addressText(invoicing.paperAddress)]];
  }
}

/** Only a bureau with a reseller agreement can take the collective invoice (ÅF-priser). */
function agreementText(bureau: SetupSheetData['bureau']): string {
  if (!bureau?.resellerAgreement) return 'Saknas: krävs för samlingsfaktura och ÅF-priser';
  const from = bureau.agreementValidFrom
    ? `, gäller från ${svDate(bureau.agreementValidFrom)}`
    : '';
  return `Nr ${orDash(bureau.agreementNumber)}${from}`;
}

// ---------------------------------------------------------------- 4: time settings

function timeSettingsSection(data: SetupSheetData): Content[] {
  const { sections } = data.settings;
  return section(4, 'Tidsinställningar', [
    ...workTime(sections.workTime, data.holidays),
    ...timeCodes(sections.timeCodes),
    ...overtime(sections.overtime),
    ...approval(sections.approval),
    ...payrollExport(sections.payrollExport),
  ]);
}

const WEEKDAY_NAMES: Record<Weekday, string> = {
  mon: 'Mån',
  tue: 'Tis',
  wed: 'Ons',
  thu: 'Tor',
  fri: 'Fre',
  sat: 'Lör',
  sun: 'Sön',
};

function workTime(state: SectionState<'workTime'>, holidays: Holiday[]): Content[] {
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

// ---------------------------------------------------------------- 5: reporting profiles

function profilesSection(data: SetupSheetData): Content[] {
  const { settings } = data;
  const review = {
    reviewedAt: settings.profilesReviewedAt,
    reviewedBy: settings.profilesReviewedBy,
  };
  // The default profile first: every user has it until moved to another.
  const profiles = [...settings.profiles].sort((a, b) => Number(b.isDefault) - Number(a.isDefault));
  return section(
    5,
    'Rapporteringsprofiler',
    [
      grid(PROFILE_WIDTHS, PROFILE_COLUMNS, profiles.map(profileRow), 1),
      note('Projekt, aktivitet och tidsartikel: Ja betyder att fältet måste fyllas i.'),
    ],
    review,
  );
}

const PROFILE_COLUMNS = [
  'Namn',
  'Klockslag krävs',
  'Projekt',
  'Aktivitet',
  'Tidsartikel',
  'Får stänga dag under schema',
  'Avrundning',
];
const PROFILE_WIDTHS = ['*', 52, 44, 48, 56, 66, 58];

function profileRow(p: ReportingProfile): TableCell[] {
  const centred = (text: string): TableCell => ({ text, alignment: 'center' });
  return [
    { text: p.isDefault ? [p.name, { text: ' (standard)', style: 'label' }] : p.name },
    centred(yesNo(p.clockTimesRequired)),
    centred(yesNo(p.projectRequired)),
    centred(yesNo(p.activityRequired)),
    centred(yesNo(p.timeArticleRequired)),
    centred(yesNo(p.closeBelowSchedule)),
    centred(p.roundingMinutes ? `${p.roundingMinutes} min` : 'Ingen'),
  ];
}
