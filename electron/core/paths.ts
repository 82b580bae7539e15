import { homedir } from 'node:os';
import { join, resolve } from 'node:path';

/** The per-user app-data folder of each OS, as DESIGN.md section 3 names them. */
export function appDataDir(platform = process.platform, env = process.env): string {
  if (platform === 'win32')
    return join(env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), 'Kundstart');
  if (platform === 'darwin') return join(homedir(), 'Library', 'Application Support', 'Kundstart');
  return join(env.XDG_CONFIG_HOME ?? join(homedir(), '.config'), 'Kundstart');
}

/** `--db FILE`, else KUNDSTART_DB, else kundstart.db in the app-data folder. */
export function resolveDbFile(flag?: string, env = process.env): string {
  const chosen = flag ?? env.KUNDSTART_DB;
  return chosen ? resolve(chosen) : join(appDataDir(process.platform, env), 'kundstart.db');
}
