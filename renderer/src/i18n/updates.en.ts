import type { updatesSv } from './updates.sv';

/** Automatic updates of the desktop app (Settings). */
export const updatesEn: typeof updatesSv = {
  title: 'Updates',
  intro:
    "The desktop app can fetch new versions itself from a folder on the bureau's own web server and install them when it closes. Off until you turn it on; applies from the next start.",
  enabled: 'Fetch updates automatically',
  feedUrl: 'Update address',
  feedHelp:
    'The folder holding latest.yml and the installers, for example https://bureau.se/kundstart/',
  notHttps: 'The address must start with https://',
  feedMissing: 'Enter the address updates are fetched from',
  save: 'Save',
  saved: 'The update setting is saved',
};
