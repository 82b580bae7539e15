import { existsSync, mkdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { AppError } from '../../../shared/errors';
import { appliedMigrations, createDataSource, KNOWN_MIGRATIONS } from '../db/data-source';
import type { DataSource } from 'typeorm';
import type { ServiceContext } from '../context';
import { createFieldCipher, type FieldCipher } from '../crypto/cipher';
import { dialectOf } from '../db/dialect';
import { readBackupFile, writeBackupFile, type KdfCost } from './backup-file';
import { finishRestore, stagedFor, startRestore } from './restore-journal';

/**
 * A backup file under `passphrase` (backup-file.ts): a consistent copy of the open database
 * (SQLite's VACUUM INTO, safe while in use) and the data key, encrypted together. The plain
 * copy lives only until it is encrypted; nothing is written beside the backup.
 */
export async function backupDatabase(
  ctx: ServiceContext,
  target: string,
  passphrase: string,
  cost?: KdfCost,
) {
  const copy = `${target}.copying`;
  const partial = `${target}.partial`;
  rmSync(copy, { force: true });
  rmSync(partial, { force: true });
  try {
    mkdirSync(dirname(target), { recursive: true });
    await dialectOf(ctx.ds).copyInto(ctx.ds, copy);
    await writeBackupFile(partial, copy, ctx.dataKey(), passphrase, cost);
    renameSync(partial, target);
  } catch (err) {
    rmSync(partial, { force: true });
    throw new AppError('backup.failed', `Säkerhetskopian kunde inte skrivas: ${message(err)}`);
  } finally {
    rmSync(copy, { force: true });
  }
  return { file: target, bytes: statSync(target).size };
}

/**
 * Replaces the database (closed) with the one in a backup file, after checking the passphrase,
 * the file's seal, and that it is a Kundstart database this version can open: a refusal
 * changes nothing. The data key is written where this database's key lives (`keyFile`). The
 * replaced database is kept beside it until the next successful start.
 */
export async function restoreDatabase(
  dbFile: string,
  backup: string,
  passphrase: string,
  keyFile: string,
) {
  if (!existsSync(backup)) throw new AppError('backup.notFound', `Filen finns inte: ${backup}`);
  await stageRestore(dbFile, keyFile, (stagedDb) => readBackupFile(backup, passphrase, stagedDb));
  return commitRestore(dbFile, keyFile);
}

/**
 * Stages a database and its key beside the live ones (`write` puts the database in place and
 * answers its key) and checks them; on any refusal the staged files are removed.
 */
export async function stageRestore(
  dbFile: string,
  keyFile: string,
  write: (stagedDb: string) => Promise<Buffer>,
): Promise<void> {
  mkdirSync(dirname(dbFile), { recursive: true });
  finishRestore(dbFile, keyFile);
  const staged = stagedFor(dbFile, keyFile);
  try {
    const key = await write(staged.db);
    await checkDatabase(staged.db, key);
    writeFileSync(staged.key, key.toString('base64') + '\n', { mode: 0o600 });
  } catch (err) {
    for (const file of [staged.db, staged.key]) rmSync(file, { force: true });
    throw err;
  }
}

/** Puts what stageRestore staged in place (the database closed); answers the kept copy. */
export function commitRestore(dbFile: string, keyFile: string) {
  const kept = startRestore(dbFile, keyFile);
  finishRestore(dbFile, keyFile);
  return { file: dbFile, previous: kept };
}

/**
 * A Kundstart database this version can open (its migrations a prefix of ours), whole, whose
 * encrypted values `key` opens.
 */
export async function checkDatabase(file: string, key: Buffer): Promise<void> {
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
    const [check] = await ds.query('PRAGMA integrity_check');
    if (check?.integrity_check !== 'ok')
      throw new AppError('backup.damaged', 'Databasen är skadad');
    await assertKeyOpens(ds, key);
  } catch (err) {
    if (err instanceof AppError) throw err;
    throw new AppError('db.notKundstart', `Filen kunde inte läsas som databas: ${message(err)}`);
  } finally {
    if (ds.isInitialized) await ds.destroy();
  }
}

/**
 * One value of every encrypted column (`*_enc`) must decrypt: an automatic backup made before
 * a restore brought another key would otherwise come back with personnummer nobody can read.
 */
async function assertKeyOpens(ds: DataSource, key: Buffer): Promise<void> {
  const cipher = createFieldCipher(key);
  const tables: { name: string }[] = await ds.query(
    `SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\'`,
  );
  for (const { name: table } of tables) {
    const columns: { name: string }[] = await ds.query(`PRAGMA table_info("${table}")`);
    for (const { name: column } of columns.filter((c) => c.name.endsWith('_enc'))) {
      const [row] = await ds.query(
        `SELECT "${column}" AS value FROM "${table}" WHERE "${column}" IS NOT NULL LIMIT 1`,
      );
      if (row && !opens(cipher, String(row.value))) {
        throw new AppError(
          'backup.otherKey',
          'Säkerhetskopian är gjord med en annan nyckel än databasens nuvarande.',
        );
      }
    }
  }
}

function opens(cipher: FieldCipher, token: string): boolean {
  try {
    cipher.decrypt(token);
    return true;
  } catch {
    return false;
  }
}

function message(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
