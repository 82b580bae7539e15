import { mkdirSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { swedishDay } from '../../../shared/domain/months';
import type { ServiceContext } from '../context';
import type { AutomaticBackup, AutomaticBackupKind } from '../../../shared/schemas/backup';
import { dialectOf } from '../db/dialect';

/**
 * Automatic backups: VACUUM INTO copies in `backups/` beside the database, made before every
 * migration and once a day while the app runs. They stay on this computer, hold personnummer
 * only encrypted, and have no key beside them (the database's own key restores them). Each is
 * written under a hidden `.partial` name and renamed when whole, so a half-written copy never
 * counts. Kept: the newest of each of the last 7 days and of each of the last 4 weeks, and the
 * last 4 made before a migration.
 */
const KEEP_DAYS = 7;
const KEEP_WEEKS = 4;
const KEEP_BEFORE_MIGRATION = 4;
const DAY_MS = 24 * 60 * 60 * 1000;
/** How often the running app looks whether the daily backup is due. */
const LOOK_EVERY_MS = 60 * 60 * 1000;
/** A `.partial` this old is left by a process that died; a younger one may be being written. */
const STALE_PARTIAL_MS = 60 * 60 * 1000;

export const backupsFolderFor = (dbFile: string) => join(dirname(dbFile), 'backups');

const NAME = /^(.+)-(\d{8}T\d{6}Z)-(daily|migration)\.db$/;

/** `kundstart-20261207T151846Z-daily.db` */
function nameFor(dbFile: string, at: Date, kind: AutomaticBackupKind): string {
  const stamp = at
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d+Z$/, 'Z');
  return `${basename(dbFile, '.db')}-${stamp}-${kind}.db`;
}

function atOf(stamp: string): string {
  const [, y, mo, d, h, mi, s] = /^(\d{4})(\d\d)(\d\d)T(\d\d)(\d\d)(\d\d)Z$/.exec(stamp)!;
  return `${y}-${mo}-${d}T${h}:${mi}:${s}.000Z`;
}

/** This database's automatic backups, newest first. */
export function listAutomaticBackups(dbFile: string): AutomaticBackup[] {
  const folder = backupsFolderFor(dbFile);
  let names: string[];
  try {
    names = readdirSync(folder);
  } catch {
    return [];
  }
  const own = basename(dbFile, '.db');
  return names
    .map((name) => ({ name, match: NAME.exec(name) }))
    .filter(({ match }) => match && match[1] === own)
    .map(({ name, match }) => ({
      name,
      at: atOf(match![2]!),
      kind: match![3] as AutomaticBackupKind,
      bytes: statSync(join(folder, name)).size,
    }))
    .sort((a, b) => b.at.localeCompare(a.at));
}

/** Writes one automatic backup through `vacuumInto`, then applies the retention. */
export async function takeAutomaticBackup(
  dbFile: string,
  kind: AutomaticBackupKind,
  now: Date,
  vacuumInto: (file: string) => Promise<unknown>,
): Promise<string> {
  const folder = backupsFolderFor(dbFile);
  mkdirSync(folder, { recursive: true, mode: 0o700 });
  const name = nameFor(dbFile, now, kind);
  const partial = join(folder, `.${name}.${process.pid}.partial`);
  rmSync(partial, { force: true });
  try {
    await vacuumInto(partial);
    renameSync(partial, join(folder, name));
  } finally {
    rmSync(partial, { force: true });
  }
  pruneAutomaticBackups(dbFile, now);
  return join(folder, name);
}

/** True when no daily backup is younger than a day. */
export function dailyBackupDue(dbFile: string, now: Date): boolean {
  const newest = listAutomaticBackups(dbFile).find((b) => b.kind === 'daily');
  return !newest || now.getTime() - Date.parse(newest.at) >= DAY_MS;
}

export function pruneAutomaticBackups(dbFile: string, now: Date): void {
  const folder = backupsFolderFor(dbFile);
  const all = listAutomaticBackups(dbFile);
  const keep = new Set(
    all
      .filter((b) => b.kind === 'migration')
      .slice(0, KEEP_BEFORE_MIGRATION)
      .map((b) => b.name),
  );
  const days = new Set<string>();
  const weeks = new Set<string>();
  for (const backup of all.filter((b) => b.kind === 'daily')) {
    const day = swedishDay(new Date(backup.at));
    if (!days.has(day) && days.size < KEEP_DAYS) keep.add(backup.name);
    if (!weeks.has(isoWeekOf(day)) && weeks.size < KEEP_WEEKS) keep.add(backup.name);
    days.add(day);
    weeks.add(isoWeekOf(day));
  }
  for (const backup of all) if (!keep.has(backup.name)) rmSync(join(folder, backup.name));
  for (const name of readdirSync(folder)) {
    const file = join(folder, name);
    if (name.endsWith('.partial') && now.getTime() - statSync(file).mtimeMs > STALE_PARTIAL_MS) {
      rmSync(file, { force: true });
    }
  }
}

/** `2026-W49` for a `YYYY-MM-DD` day (ISO 8601: a week belongs to the year of its Thursday). */
function isoWeekOf(day: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  const weekday = (date.getUTCDay() + 6) % 7;
  date.setUTCDate(date.getUTCDate() - weekday + 3); // the Thursday of its week
  const year = date.getUTCFullYear();
  const dayOfYear = (date.getTime() - Date.UTC(year, 0, 1)) / DAY_MS + 1;
  const week = Math.ceil(dayOfYear / 7);
  return `${year}-W${String(week).padStart(2, '0')}`;
}

/** The running app's daily backup: looked for now (at open) and every hour after. */
export function startDailyBackups(ctx: ServiceContext, everyMs = LOOK_EVERY_MS) {
  let running: Promise<unknown> = Promise.resolve();
  const look = () => {
    running = running
      .then(async () => {
        if (!dailyBackupDue(ctx.dbFile, ctx.now())) return;
        await takeAutomaticBackup(ctx.dbFile, 'daily', ctx.now(), (copy) =>
          dialectOf(ctx.ds).copyInto(ctx.ds, copy),
        );
      })
      .catch((err: unknown) => {
        console.warn(`[kundstart] The automatic backup failed: ${String(err)}`);
      });
  };
  look();
  const timer = setInterval(look, everyMs);
  timer.unref();
  return {
    /** Waits for a backup being written, so closing never leaves one half done. */
    async stop() {
      clearInterval(timer);
      await running;
    },
    /** For tests: answers once the backups looked for so far are written. */
    settled: () => running,
  };
}
