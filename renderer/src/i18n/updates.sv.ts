/** Automatic updates of the desktop app (Inställningar). */
export const updatesSv = {
  title: 'Uppdateringar',
  intro:
    'Skrivbordsappen kan hämta nya versioner själv från en mapp på byråns egen webbserver och installera dem när den stängs. Av tills ni slår på det; gäller från nästa start.',
  enabled: 'Hämta uppdateringar automatiskt',
  feedUrl: 'Adress till uppdateringarna',
  feedHelp:
    'Mappen med latest.yml och installationsfilerna, till exempel https://byran.se/kundstart/',
  notHttps: 'Adressen måste börja med https://',
  feedMissing: 'Ange adressen som uppdateringarna hämtas från',
  save: 'Spara',
  saved: 'Inställningen för uppdateringar är sparad',
};
