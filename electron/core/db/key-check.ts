import { randomBytes } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import { AppError } from '../../../shared/errors';
import { createFieldCipher } from '../crypto/cipher';
import { keyCheckValue, keyMatchesCheck } from '../crypto/key-check';
import { connectionRefusal, tlsRequested } from './connection-errors';
import type { Engine } from './engine';
import { createPostgresDataSource } from './postgres-data-source';

/** What a database says about its data key, read before anything is written to it. */
export interface KeyState {
  /** The `key_check` row's value; null when there is none (or no table yet). */
  check: string | null;
  /** One encrypted value (any `*_enc` column), to try a key on when there is no check value. */
  sample: string | null;
}

const quoted = (name: string) => `"${name.replace(/"/g, '""')}"`;

async function hasTable(ds: DataSource, table: string): Promise<boolean> {
  const runner = ds.createQueryRunner();
  try {
    return await runner.hasTable(table);
  } finally {
    await runner.release();
  }
}

/** Reads the check value and one encrypted value, with reads only. */
export async function readKeyState(ds: DataSource): Promise<KeyState> {
  let check: string | null = null;
  if (await hasTable(ds, 'key_check')) {
    const rows: { check_value: string }[] = await ds.query(
      'SELECT check_value FROM key_check WHERE id = 1',
    );
    check = rows[0]?.check_value ?? null;
  }
  return { check, sample: check ? null : await encryptedSample(ds) };
}

/** An encrypted value of any table, found from the entities' `*_enc` columns. */
async function encryptedSample(ds: DataSource): Promise<string | null> {
  for (const entity of ds.entityMetadatas) {
    const columns = entity.columns.filter((c) => c.databaseName.endsWith('_enc'));
    if (columns.length === 0 || !(await hasTable(ds, entity.tableName))) continue;
    for (const column of columns) {
      const name = quoted(column.databaseName);
      const rows: { value: string }[] = await ds.query(
        `SELECT ${name} AS value FROM ${quoted(entity.tableName)} WHERE ${name} IS NOT NULL LIMIT 1`,
      );
      if (rows[0]) return rows[0].value;
    }
  }
  return null;
}

/** Whether `key` is the database's: its check value, else it decrypts what is encrypted. */
export function keyFits(state: KeyState, key: Buffer): boolean {
  if (state.check) return keyMatchesCheck(key, state.check);
  if (!state.sample) return true;
  try {
    createFieldCipher(key).decrypt(state.sample);
    return true;
  } catch {
    return false;
  }
}

/** Whether a desktop with no key of its own may make the database's first one. */
export function keyless(state: KeyState): boolean {
  return !state.check && !state.sample;
}

/**
 * Writes the check value of `key` unless the database has one, then answers whether the stored
 * value is this key's: two first desktops racing both insert, one row wins, and the other learns
 * here that its new key is not the team's.
 */
export async function writeKeyCheck(m: EntityManager, key: Buffer): Promise<boolean> {
  await m.query(
    'INSERT INTO key_check (id, check_value) VALUES (1, ?) ON CONFLICT (id) DO NOTHING',
    [keyCheckValue(key)],
  );
  const rows: { check_value: string }[] = await m.query(
    'SELECT check_value FROM key_check WHERE id = 1',
  );
  return Boolean(rows[0] && keyMatchesCheck(key, rows[0].check_value));
}

export function wrongKey(engine: Engine): AppError {
  return engine === 'postgres'
    ? new AppError(
        'key.wrongTeamKey',
        'Den här datorns nyckel passar inte teamdatabasen. Importera teamets nyckel från en kollega. Inget är ändrat.',
      )
    : new AppError(
        'key.wrongKey',
        'Nyckeln bredvid databasfilen hör inte till filen. Inget är ändrat.',
      );
}

export function teamKeyMissing(): AppError {
  return new AppError(
    'key.teamKeyMissing',
    'Den här datorn har ännu inte teamdatabasens nyckel. Be en kollega exportera teamets nyckel (kundstart db key export) och importera den här (kundstart db key import). Inget är ändrat.',
  );
}

/** A new data key, for the first desktop on a team database. */
export function newDataKey(): Buffer {
  return randomBytes(32);
}

/**
 * A team database's key state read on a connection of its own, without migrating or writing
 * anything: what an import of the team key is checked against before it is stored.
 */
export async function readTeamKeyState(url: string): Promise<KeyState> {
  const ds = createPostgresDataSource(url);
  try {
    await ds.initialize();
  } catch (err) {
    throw connectionRefusal(err, tlsRequested(url));
  }
  try {
    return await readKeyState(ds);
  } finally {
    await ds.destroy();
  }
}
