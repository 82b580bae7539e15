import type { teamKeySv } from './teamKey.sv';

/** Settings → Database → Team key (issue 16 item 4). */
export const teamKeyEn: typeof teamKeySv = {
  title: 'Team key',
  intro:
    'The personnummer in the team database are encrypted with one key the whole team shares. Whoever opens the team database first creates it; colleagues receive it as a file protected by a passphrase.',
  here: 'This computer has the team database’s key.',
  missing:
    'This computer does not have the team database’s key yet. Ask a colleague to export it and import the file here.',
  exportNeedsTeam: 'The key can be exported while Kundstart runs on the team database.',
  export: 'Export key…',
  import: 'Import key…',
  exportTitle: 'Export the team key',
  exportHelp:
    'Choose a passphrase of at least {{min}} characters. Give the file to your colleague and the passphrase another way, for example in person.',
  importTitle: 'Import the team key',
  importHelp:
    'The key is checked against the team database before it is stored: a wrong passphrase or another database’s key changes nothing.',
  passphrase: 'Passphrase',
  passphraseAgain: 'The same passphrase again',
  passphraseMismatch: 'The passphrases differ',
  chooseFile: 'Choose key file…',
  file: 'Key file',
  noFile: 'No file chosen',
  save: 'Save file',
  saving: 'Saving…',
  importNow: 'Import',
  importing: 'Importing…',
  saved: 'The key file {{fileName}} is saved',
  imported: 'The team key is imported. Restart Kundstart to open the team database.',
  noAddress: 'Fill in the team database’s details above first.',
};
