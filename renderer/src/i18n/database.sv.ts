/** Inställningar → Databas: the own file or the bureau's team database on PostgreSQL. */
export const databaseSv = {
  title: 'Databas',
  intro:
    'Kundstart sparar kunderna i en egen databasfil på den här datorn, eller i byråns gemensamma teamdatabas på en PostgreSQL-server.',
  current: 'Används nu',
  next: 'Vid nästa start',
  kind: 'Var kunderna sparas',
  file: 'Egen databasfil (den här datorn)',
  postgres: 'Teamdatabas (PostgreSQL)',
  host: 'Server',
  port: 'Port',
  database: 'Databas',
  user: 'Användare',
  password: 'Lösenord',
  passwordHelp: 'Lämna tomt för att använda det sparade lösenordet eller PGPASSWORD.',
  passwordStored: 'Ett lösenord är sparat i datorns nyckelring.',
  tls: 'TLS (kryptering)',
  tlsModes: {
    'verify-full': 'Krypterad, kontrollera serverns certifikat (rekommenderas)',
    require: 'Krypterad, utan kontroll av certifikatet',
    disable: 'Okrypterad (bara i ett betrott nät)',
  },
  address: 'Adress',
  test: 'Testa anslutning',
  testing: 'Testar…',
  use: 'Använd',
  ok: 'Anslutningen fungerar. PostgreSQL {{version}}.',
  states: {
    empty: 'Databasen är tom: Kundstart lägger upp sina tabeller när den öppnas första gången.',
    older:
      'Databasen är Kundstarts, med ett äldre schema: den uppdateras när Kundstart öppnar den.',
    current: 'Databasen är Kundstarts, med den här versionens schema.',
  },
  fieldsMissing: 'Fyll i server, databas och användare.',
  saved: 'Databasvalet är sparat',
  restart: 'Starta om Kundstart för att byta databas. Valet gäller från nästa start.',
  browserMode:
    'I webbläsarläget väljs databasen när servern startas: kundstart serve --db postgres://… (eller KUNDSTART_DB), med lösenordet i PGPASSWORD. Här kan du testa anslutningen.',
};
