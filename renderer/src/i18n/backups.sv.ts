/** Säkerhetskopior in Inställningar: the automatic backups, a backup file now, a restore. */
export const backupsSv = {
  title: 'Säkerhetskopior',
  intro:
    'Kundstart sparar en kopia varje dag och före varje uppdatering av datafilen, i mappen backups bredvid den. De sju senaste dagarna och fyra senaste veckorna sparas.',
  none: 'Ingen automatisk säkerhetskopia än.',
  listLabel: 'Automatiska säkerhetskopior',
  at: 'Tidpunkt',
  size: 'Storlek',
  kind: 'Slag',
  kinds: { daily: 'Daglig', migration: 'Före uppdatering' },
  megabytes: '{{size}} MB',
  backupNow: 'Säkerhetskopiera nu',
  restoreFromFile: 'Återställ från fil…',
  restore: 'Återställ…',
  restoreRow: 'Återställ kopian från {{at}}',
  passphrase: 'Lösenfras',
  passphraseAgain: 'Samma lösenfras igen',
  passphraseHelp:
    'Minst {{min}} tecken. Filen går bara att läsa in med lösenfrasen: förvara den säkert, skild från filen.',
  passphraseMismatch: 'Lösenfraserna är inte lika.',
  save: 'Spara säkerhetskopia',
  saving: 'Sparar …',
  saved: 'Säkerhetskopian {{fileName}} är sparad.',
  file: 'Säkerhetskopia (.kundstart)',
  chooseFile: 'Välj fil…',
  noFile: 'Ingen fil vald',
  confirmTitle: 'Återställa säkerhetskopian?',
  confirmAutomatic:
    'Allt i Kundstart ersätts med kopian från {{at}}. Ändringar gjorda efter den försvinner. Den nuvarande datafilen sparas till nästa start.',
  confirmFile:
    'Allt i Kundstart ersätts med innehållet i säkerhetskopian. Ändringar gjorda efter den försvinner. Den nuvarande datafilen sparas till nästa start.',
  confirm: 'Återställ',
  restoring: 'Återställer …',
};
