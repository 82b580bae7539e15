import type { backupsSv } from './backups.sv';

export const backupsEn: typeof backupsSv = {
  title: 'Backups',
  intro:
    'Kundstart keeps a copy every day and before every update of the data file, in the backups folder beside it. The last seven days and four weeks are kept.',
  none: 'No automatic backup yet.',
  listLabel: 'Automatic backups',
  at: 'Time',
  size: 'Size',
  kind: 'Kind',
  kinds: { daily: 'Daily', migration: 'Before an update' },
  megabytes: '{{size}} MB',
  backupNow: 'Back up now',
  restoreFromFile: 'Restore from file…',
  restore: 'Restore…',
  restoreRow: 'Restore the copy from {{at}}',
  passphrase: 'Passphrase',
  passphraseAgain: 'The same passphrase again',
  passphraseHelp:
    'At least {{min}} characters. The file can only be restored with the passphrase: keep it safe, apart from the file.',
  passphraseMismatch: 'The passphrases differ.',
  save: 'Save backup',
  saving: 'Saving …',
  saved: 'The backup {{fileName}} is saved.',
  file: 'Backup (.kundstart)',
  chooseFile: 'Choose file…',
  noFile: 'No file chosen',
  confirmTitle: 'Restore the backup?',
  confirmAutomatic:
    'Everything in Kundstart is replaced with the copy from {{at}}. Changes made after it are lost. The current data file is kept until the next start.',
  confirmFile:
    'Everything in Kundstart is replaced with the contents of the backup. Changes made after it are lost. The current data file is kept until the next start.',
  confirm: 'Restore',
  restoring: 'Restoring …',
};
