import type { Content, TableCell } from 'pdfmake/interfaces';
import type { ReportingProfile } from '../../../shared/settings/profiles';
import { yesNo } from './format';
import { grid, note, section } from './pdf-blocks';
import type { SetupSheetData } from './sheet-data';

/** Section 5: the reporting profiles, the default one first. */
export function profilesSection(data: SetupSheetData): Content[] {
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
