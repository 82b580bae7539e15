import { copyFileSync, existsSync, renameSync, rmSync } from 'node:fs';
import { AppError } from '../../../shared/errors';
import { appliedMigrations, createDataSource, KNOWN_MIGRATIONS } from '../db/data-source';
import { keyFileFor } from '../crypto/key-file';
import type { ServiceContext } from '../context';

/**
 * A consistent copy of the open database (SQLite's VACUUM INTO, safe while in use), plus its
 * key beside it: personnummer are encrypted, and a backup without its key restores nothing.
 */
export async function backupDatabase(ctx: ServiceContext, target: string, keyFile: string) {
  const partial = `${target}.partial`;
  rmSync(partial, { force: true });
  try {
    await ctx.ds.query('VACUUM INTO ?', [partial]);
    renameSync(partial, target);
    if (existsSync(keyFile)) copyFileSync(keyFile, keyFileFor(target));
  } catch (err) {
    rmSync(partial, { force: true });
    throw new AppError('backup.failed', `Säkerhetskopian kunde inte skrivas: ${message(err)}`);
  }
  return { file: target, keyFile: existsSync(keyFileFor(target)) ? keyFileFor(target) : null };
}

/**
 * Replaces the database (closed) with a backup after checking that it is a Kundstart database
 * this version can open. The replaced database is kept beside it, never deleted.
 */
export async function restoreDatabase(dbFile: string, backup: string, keyFile: string) {
  if (!existsSync(backup)) throw new AppError('restore.failed', `Filen finns inte: ${backup}`);
  const staged = `${dbFile}.restoring`;
  copyFileSync(backup, staged);
  try {
    await checkBackup(staged);
  } catch (err) {
    rmSync(staged, { force: true });
    throw err;
  }
  const kept = existsSync(dbFile) ? `${dbFile}.before-restore-${Date.now()}` : null;
  if (kept) {
    renameSync(dbFile, kept);
    if (existsSync(keyFile)) copyFileSync(keyFile, keyFileFor(kept));
  }
  for (const suffix of ['-wal', '-shm']) rmSync(dbFile + suffix, { force: true });
  renameSync(staged, dbFile);
  if (existsSync(keyFileFor(backup))) copyFileSync(keyFileFor(backup), keyFile);
  return { file: dbFile, previous: kept };
}

async function checkBackup(file: string): Promise<void> {
  const ds = createDataSource(file);
  try {
    await ds.initialize();
    const applied = await appliedMigrations(ds);
    if (applied.length === 0) {
      throw new AppError('db.notKundstart', 'Filen är ingen säkerhetskopia av Kundstart');
    }
    if (applied.some((name, i) => KNOWN_MIGRATIONS[i] !== name)) {
      throw new AppError('db.newerVersion', 'Säkerhetskopian är gjord av en nyare Kundstart');
    }
  } catch (err) {
    if (err instanceof AppError) throw err;
    throw new AppError('db.notKundstart', `Filen kunde inte läsas som databas: ${message(err)}`);
  } finally {
    if (ds.isInitialized) await ds.destroy();
  }
}

function message(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
