/**
 * The dialog shown when a save answers conflict.stale (a colleague saved first): the `stale`
 * namespace, merged into the resources in index.ts. stale.en.ts has the same shape.
 */
export const staleSv = {
  title: 'En kollega har ändrat det här',
  byWhom: '{{who}} sparade ändringar {{when}}, efter att du öppnade formuläret.',
  bySomeone: 'En kollega sparade ändringar efter att du öppnade formuläret.',
  intro: 'Här är det som ändrats, med kollegans värde och ditt:',
  noFieldChanges:
    'Inga av fälten i formuläret skiljer sig, men posten har sparats om. Du kan spara dina värden igen.',
  tableLabel: 'Kollegans ändringar jämfört med dina',
  field: 'Fält',
  theirs: 'Kollegans värde',
  yours: 'Ditt värde',
  empty: '(tomt)',
  reapply: 'Använd mina ändringar',
  reapplyHelp:
    'Sparar de fält du har ändrat över kollegans version. Kollegans ändringar i andra fält behålls.',
  reload: 'Ta kollegans',
  reloadHelp: 'Visar kollegans version i formuläret. Dina osparade ändringar försvinner.',
  /** The time settings' parts, as the dialog names them (sections/sectionStale.ts). */
  sectionFields: {
    weeklyHours: 'Timmar per veckodag (mån–sön)',
    deFactoHolidaysOff: 'Lediga de facto-helgdagar',
    reducedDays: 'Förkortade dagar',
    enabled: 'Tidkoder',
    custom: 'Egna tidkoder',
    simple: 'Enkel övertid',
    qualified: 'Kvalificerad övertid',
    annualCapHours: 'Övertid per år, högst',
    additionalHours: 'Mertid',
    flex: 'Flextid',
    compTime: 'Kompledighet',
    period: 'Attestperiod',
    levels: 'Attestnivåer',
    reminders: 'Påminnelser',
    lockAfterPayroll: 'Lås efter lönekörning',
    system: 'Lönesystem',
    otherName: 'Annat lönesystem',
    format: 'Filformat',
  },
};
