import { homedir } from 'node:os';
import { join, resolve } from 'node:path';
import { engineFor } from './db/engine';

/** The per-user app-data folder of each OS, as DESIGN.md section 3 names them. */
export function appDataDir(platform = process.platform, env = process.env): string {
  if (platform === 'win32')
    return join(env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), 'Kundstart');
  if (platform === 'darwin') return join(homedir(), 'Library', 'Application Support', 'Kundstart');
  return join(env.XDG_CONFIG_HOME ?? join(homedir(), '.config'), 'Kundstart');
}

/**
 * `--db FILE`, else KUNDSTART_DB, else kundstart.db in the app-data folder. A PostgreSQL URL
 * (db/engine.ts) is kept as it is: the team database.
 */
export function resolveDbFile(flag?: string, env = process.env): string {
  const chosen = flag ?? env.KUNDSTART_DB;
  if (chosen && engineFor(chosen) === 'postgres') return chosen;
  return chosen ? resolve(chosen) : join(appDataDir(process.platform, env), 'kundstart.db');
}

/**
 * Where a database's own files live on this desktop: the SQLite file itself, whose key file,
 * backups and preferences sit beside it; for a team database a name under the app-data folder
 * (`team/HOST-PORT-DATABASE`), so its key file (until the team key of issue 16 item 4) and
 * preferences are this desktop's and never mix with another database's.
 */
export function localFileFor(database: string, env = process.env): string {
  if (engineFor(database) === 'sqlite') return database;
  const url = new URL(database);
  const name = [
    url.hostname || 'localhost',
    url.port || '5432',
    url.pathname.slice(1) || 'postgres',
  ]
    .map((part) => decodeURIComponent(part).replace(/[^\w.-]+/g, '_'))
    .join('-');
  return join(appDataDir(process.platform, env), 'team', name);
}
