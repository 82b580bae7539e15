/** Inställningar → Databas → Teamets nyckel (issue 16 item 4). */
export const teamKeySv = {
  title: 'Teamets nyckel',
  intro:
    'Personnumren i teamdatabasen är krypterade med en nyckel som alla i teamet delar. Den första som öppnar teamdatabasen skapar nyckeln; kollegor får den som en fil skyddad med en lösenfras.',
  here: 'Den här datorn har teamdatabasens nyckel.',
  missing:
    'Den här datorn har ännu inte teamdatabasens nyckel. Be en kollega exportera den och importera filen här.',
  exportNeedsTeam: 'Nyckeln kan exporteras när Kundstart körs mot teamdatabasen.',
  export: 'Exportera nyckel…',
  import: 'Importera nyckel…',
  exportTitle: 'Exportera teamets nyckel',
  exportHelp:
    'Välj en lösenfras på minst {{min}} tecken. Ge filen till kollegan och lösenfrasen på annat sätt, till exempel muntligt.',
  importTitle: 'Importera teamets nyckel',
  importHelp:
    'Nyckeln kontrolleras mot teamdatabasen innan den sparas: en fel lösenfras eller en annan databas nyckel ändrar ingenting.',
  passphrase: 'Lösenfras',
  passphraseAgain: 'Samma lösenfras igen',
  passphraseMismatch: 'Lösenfraserna är inte lika',
  chooseFile: 'Välj nyckelfil…',
  file: 'Nyckelfil',
  noFile: 'Ingen fil vald',
  save: 'Spara fil',
  saving: 'Sparar…',
  importNow: 'Importera',
  importing: 'Importerar…',
  saved: 'Nyckelfilen {{fileName}} är sparad',
  imported: 'Teamets nyckel är importerad. Starta om Kundstart för att öppna teamdatabasen.',
  noAddress: 'Fyll i teamdatabasens uppgifter ovan först.',
};
