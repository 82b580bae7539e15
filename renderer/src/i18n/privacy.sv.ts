/** In Swedish: personal-data requests (registerutdrag och radering). privacy.en.ts has the same shape. */
export const privacySv = {
  nav: 'Personuppgifter',
  title: 'Personuppgifter',
  subtitle:
    'Registerutdrag och radering: allt Kundstart har om en person, hos alla kunder (GDPR artikel 15 och 17).',
  search: {
    title: 'Sök person',
    label: 'Personnummer eller e-postadress',
    helper: 'Personnumret kan skrivas i valfri form. Sökningen gäller alla kunder.',
    submit: 'Sök',
  },
  found: {
    title: 'Var personen finns',
    asUser: 'Användare',
    asContact: 'Kontaktperson',
    counts:
      'Meddelanden: {{messages}} · Inbjudningar: {{invitations}} · Avstämningar mot Blikk: {{blikk}} · Händelser i loggen: {{audit}}',
    exportJson: 'Registerutdrag (JSON)',
    exportPdf: 'Registerutdrag (PDF)',
    exported: '{{fileName}} är sparad.',
    erase: 'Radera personen…',
  },
  erase: {
    title: 'Radera {{name}}?',
    body: 'Personens användare, meddelanden och utkast tas bort, kontaktpersonen töms och händelseloggen behåller bara att en radering gjordes, av vem och när. Det går inte att ångra.',
    confirmLabel: 'Skriv personens namn för att bekräfta',
    confirm: 'Radera',
    done: 'Personen är raderad.',
  },
  retention: {
    title: 'Gallring',
    days: 'Ta bort skickade meddelanden och utkast efter (dagar)',
    helper:
      'Tomt: behåll dem. Gallringen görs när Kundstart startar och sedan varje dag, och skrivs i händelseloggen.',
    invalid: 'Ange ett heltal mellan 1 och 3650 dagar, eller lämna fältet tomt.',
    save: 'Spara',
    saved: 'Gallringen är sparad.',
  },
};
