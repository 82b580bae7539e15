import type { databaseSv } from './database.sv';

/** Settings → Database: the own file or the bureau's team database on PostgreSQL. */
export const databaseEn: typeof databaseSv = {
  title: 'Database',
  intro:
    'Kundstart keeps the customers in a database file of its own on this computer, or in the bureau’s shared team database on a PostgreSQL server.',
  current: 'In use now',
  next: 'At the next start',
  kind: 'Where customers are kept',
  file: 'Own database file (this computer)',
  postgres: 'Team database (PostgreSQL)',
  host: 'Server',
  port: 'Port',
  database: 'Database',
  user: 'User',
  password: 'Password',
  passwordHelp: 'Leave empty to use the stored password or PGPASSWORD.',
  passwordStored: 'A password is stored in this computer’s keychain.',
  tls: 'TLS (encryption)',
  tlsModes: {
    'verify-full': 'Encrypted, the server’s certificate checked (recommended)',
    require: 'Encrypted, the certificate not checked',
    disable: 'Unencrypted (on a trusted network only)',
  },
  address: 'Address',
  test: 'Test connection',
  testing: 'Testing…',
  use: 'Use',
  ok: 'The connection works. PostgreSQL {{version}}.',
  states: {
    empty: 'The database is empty: Kundstart sets up its tables the first time it opens it.',
    older:
      'The database is Kundstart’s, with an older schema: it is upgraded when Kundstart opens it.',
    current: 'The database is Kundstart’s, with this version’s schema.',
  },
  fieldsMissing: 'Fill in server, database and user.',
  saved: 'The database choice is saved',
  restart: 'Restart Kundstart to switch database. The choice applies from the next start.',
  browserMode:
    'In browser mode the database is chosen when the server starts: kundstart serve --db postgres://… (or KUNDSTART_DB), with the password in PGPASSWORD. You can test the connection here.',
};
