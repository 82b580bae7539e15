import type { offlineSv } from './offline.sv';

/** The team database out of reach (issue 16 item 6): the banner over every screen. */
export const offlineEn: typeof offlineSv = {
  offlineTitle: 'The team database cannot be reached',
  offlineText:
    'Check the network (VPN). Nothing can be saved until the connection is back; Kundstart reconnects by itself.',
  snapshotTitle: 'The team database cannot be reached – you see the last-read copy',
  snapshotText:
    'The copy can be read but not changed. New customers are kept as drafts on this computer. Restart Kundstart when the network (VPN) works again.',
  readAt: 'Last read {{time}}',
  readAtUnknown: 'When the copy was read is not known',
  back: 'The team database can be reached again',
  draftsTitle: 'Drafts of new customers',
  draftsText:
    'These customers were added while the team database could not be reached ({{count}}). Send them so that colleagues see them.',
  send: 'Send drafts to the team database',
  draftsSent: '{{count}} drafts sent to the team database',
  conflict:
    'A colleague already added {{name}} ({{orgnr}}) to the team database, so nothing was sent.',
  keepTheirs: 'Keep the colleague’s, discard my draft',
};
