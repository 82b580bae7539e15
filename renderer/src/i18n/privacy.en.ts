import type { privacySv } from './privacy.sv';

/** In English: personal-data requests (register extract and erasure). */
export const privacyEn: typeof privacySv = {
  nav: 'Personal data',
  title: 'Personal data',
  subtitle:
    'Register extract and erasure: everything Kundstart holds about a person, at every customer (GDPR articles 15 and 17).',
  search: {
    title: 'Find a person',
    label: 'Personnummer or e-mail address',
    helper: 'The personnummer may be written in any form. The search covers every customer.',
    submit: 'Search',
  },
  found: {
    title: 'Where the person is held',
    asUser: 'User',
    asContact: 'Primary contact',
    counts:
      'Messages: {{messages}} · Invitations: {{invitations}} · Blikk reconciliations: {{blikk}} · Entries in the log: {{audit}}',
    exportJson: 'Register extract (JSON)',
    exportPdf: 'Register extract (PDF)',
    exported: '{{fileName}} is saved.',
    erase: 'Erase the person…',
  },
  erase: {
    title: 'Erase {{name}}?',
    body: "The person's users, messages and drafts are removed, the primary contact is emptied and the audit log keeps only that an erasure was made, by whom and when. This cannot be undone.",
    confirmLabel: "Type the person's name to confirm",
    confirm: 'Erase',
    done: 'The person is erased.',
  },
  retention: {
    title: 'Retention',
    days: 'Remove sent messages and drafts after (days)',
    helper:
      'Empty: keep them. Applied when Kundstart starts and then daily, and written to the audit log.',
    invalid: 'Enter a whole number of days from 1 to 3650, or leave the field empty.',
    save: 'Save',
    saved: 'The retention is saved.',
  },
};
