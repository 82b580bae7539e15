/** The team database out of reach (issue 16 item 6): the banner over every screen. */
export const offlineSv = {
  offlineTitle: 'Teamdatabasen kan inte nås',
  offlineText:
    'Kontrollera nätverket (VPN). Inget kan sparas förrän anslutningen är tillbaka; Kundstart ansluter igen av sig själv.',
  snapshotTitle: 'Teamdatabasen kan inte nås – du ser den senast lästa kopian',
  snapshotText:
    'Kopian går att läsa men inte ändra. Nya kunder sparas som utkast på den här datorn. Starta om Kundstart när nätverket (VPN) fungerar igen.',
  readAt: 'Senast läst {{time}}',
  readAtUnknown: 'Tidpunkten för kopian är okänd',
  back: 'Teamdatabasen nås igen',
  draftsTitle: 'Utkast till nya kunder',
  draftsText:
    'De här kunderna lades upp medan teamdatabasen inte gick att nå ({{count}} st). Skicka dem så att kollegerna ser dem.',
  send: 'Skicka utkast till teamdatabasen',
  draftsSent: '{{count}} utkast skickade till teamdatabasen',
  conflict:
    'En kollega har redan lagt upp {{name}} ({{orgnr}}) i teamdatabasen, så inget är skickat.',
  keepTheirs: 'Behåll kollegans, släng mitt utkast',
};
