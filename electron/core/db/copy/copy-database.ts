import type { EntityManager } from 'typeorm';
import { AppError } from '../../../../shared/errors';
import { createFieldCipher, type FieldCipher } from '../../crypto/cipher';
import { KNOWN_MIGRATIONS, openDatabase } from '../data-source';
import { engineFor } from '../engine';
import { writeKeyCheck, wrongKey } from '../key-check';

const KEY_CHECK = 'key_check';
import { planTables, type PlannedTable } from './plan';
import { MODULUS, rekeyRow, type TableCodec } from './rows';
import { SqliteSource } from './source';
import { BATCH, insertRows, maxId, quoted, sequenceOf, tableSum, targetColumns } from './target';

export interface CopyOptions {
  /** The SQLite file, read only. */
  from: string;
  /** Its data key (the key file beside it, or the desktop's keychain). */
  fromKey: Buffer;
  /** The team database's URL: migrated to this build's schema first. */
  to: string;
  /** The team database's data key on this desktop. */
  toKey: Buffer;
  /** After each table is copied and verified; what it throws rolls the whole copy back. */
  onTable?: (table: CopiedTable) => void;
  /** The tables about to be copied, in their order, before the first (for a progress bar). */
  onPlan?: (tables: string[]) => void;
}

export interface CopiedTable {
  name: string;
  /** Rows added to the target. */
  rows: number;
  /** A bureau table the target already had rows in: the target's are kept, none copied. */
  kept?: true;
}

export interface CopyResult {
  ok: true;
  tables: CopiedTable[];
  elapsedMs: number;
}

/**
 * Copies a single user's SQLite portfolio into a team database on PostgreSQL (issue 16 item 5):
 * every table the migrations made, in foreign-key order, ids kept, in one transaction on the
 * target, each table verified (count and checksum of clear values) before the next; any refusal
 * or difference rolls everything back.
 *
 * Encrypted values are decrypted with the source's key and encrypted again with the target's,
 * and fingerprints made again with it, rather than the target adopting the source's key: the
 * target may already hold colleagues' rows under its own key (adopting would make those
 * unreadable, or leave two keys in one database), and the team key of item 4 will be the
 * target's, not any one desktop's. Re-encrypting is right whatever key the target has; it costs
 * a decrypt and an encrypt per value (milliseconds for a portfolio's personnummer).
 */
export async function copyDatabase(options: CopyOptions): Promise<CopyResult> {
  if (engineFor(options.to) !== 'postgres') throw new Error('The target must be PostgreSQL');
  const started = Date.now();
  const source = await SqliteSource.open(options.from);
  try {
    await assertCurrentSchema(source);
    // The file's key check value is its own key's: the target keeps (or gets) its key's.
    const tables = planTables((await source.tables()).filter((t) => t.name !== KEY_CHECK));
    options.onPlan?.(tables.map((t) => t.name));
    const target = await openDatabase(options.to);
    try {
      const keys = {
        from: createFieldCipher(options.fromKey),
        to: createFieldCipher(options.toKey),
        toKey: options.toKey,
      };
      const copied = await target.transaction((m) =>
        copyTables(m, source, tables, keys, options.onTable),
      );
      return { ok: true, tables: copied, elapsedMs: Date.now() - started };
    } finally {
      await target.destroy();
    }
  } finally {
    await source.close();
  }
}

/** The source must have exactly this build's migrations: its columns are then the target's. */
async function assertCurrentSchema(source: SqliteSource): Promise<void> {
  const applied = await source.migrations();
  const unknown = applied.filter((name, i) => KNOWN_MIGRATIONS[i] !== name);
  if (unknown.length > 0) {
    throw new AppError(
      'db.newerVersion',
      'Filen är sparad av en nyare version av Kundstart. Uppdatera programmet för att kopiera den.',
      { unknownMigrations: unknown },
    );
  }
  if (applied.length < KNOWN_MIGRATIONS.length) {
    throw new AppError(
      'copy.sourceOutdated',
      'Filen är sparad av en äldre version av Kundstart. Öppna den i Kundstart en gång så att den uppgraderas, och kopiera sedan. Inget är kopierat.',
    );
  }
}

interface Keys {
  from: FieldCipher;
  to: FieldCipher;
  toKey: Buffer;
}

async function copyTables(
  m: EntityManager,
  source: SqliteSource,
  tables: PlannedTable[],
  keys: Keys,
  onTable?: (table: CopiedTable) => void,
): Promise<CopiedTable[]> {
  await refuseSameCustomers(m, source);
  await refuseOtherKey(m, tables, keys.to);
  // The team key's check value (issue 16 item 4), written in the copy's transaction: a target
  // whose check value is another key's is refused before any row is copied.
  if (!(await writeKeyCheck(m, keys.toKey))) throw wrongKey('postgres');
  const types = await targetColumns(m);
  const kept = new Set<string>();
  const copied: CopiedTable[] = [];
  for (const table of tables) {
    const keep = table.kind === 'bureau' && (await keepTargets(m, table, kept));
    if (keep) kept.add(table.name);
    const result: CopiedTable = keep
      ? { name: table.name, rows: 0, kept: true }
      : { name: table.name, rows: await copyTable(m, source, table, tables, types, keys) };
    copied.push(result);
    onTable?.(result);
  }
  return copied;
}

/** A bureau table is kept as the target has it when it has rows, or points to a kept table. */
async function keepTargets(m: EntityManager, table: PlannedTable, kept: Set<string>) {
  if (table.references.some((r) => kept.has(r))) return true;
  const rows: unknown[] = await m.query(`SELECT 1 FROM ${quoted(table.name)} LIMIT 1`);
  return rows.length > 0;
}

/**
 * A customer of the file that the target already has (the same organisationsnummer, or the
 * same id) would be a second copy of one company: refused, naming them all, before any write.
 */
async function refuseSameCustomers(m: EntityManager, source: SqliteSource): Promise<void> {
  const ours = await source.all('SELECT id, orgnr FROM customers');
  const existing: { id: string; name: string; orgnr: string }[] = await m.query(
    `SELECT id, name, orgnr FROM customers WHERE orgnr = ANY($1) OR id = ANY($2) ORDER BY name, orgnr`,
    [ours.map((c) => String(c.orgnr)), ours.map((c) => String(c.id))],
  );
  if (existing.length === 0) return;
  throw new AppError(
    'copy.customersExist',
    `Teamdatabasen har redan ${existing.length} av filens kunder (samma organisationsnummer). Inget är kopierat.`,
    { customers: existing },
  );
}

/**
 * This desktop's key for the team database must read what is already encrypted there: a key file
 * made here for a database colleagues fill under another key (until the team key of item 4)
 * would add rows no colleague can read. One value per encrypted column is tried.
 */
async function refuseOtherKey(m: EntityManager, tables: PlannedTable[], key: FieldCipher) {
  for (const table of tables) {
    for (const column of table.columns.filter((c) => c.endsWith('_enc'))) {
      const [row]: { value: string }[] = await m.query(
        `SELECT ${quoted(column)} AS value FROM ${quoted(table.name)}
         WHERE ${quoted(column)} IS NOT NULL LIMIT 1`,
      );
      if (!row) continue;
      try {
        key.decrypt(row.value);
      } catch {
        throw new AppError(
          'copy.failed',
          `Den här datorns nyckel till teamdatabasen läser inte det som redan är krypterat där (${table.name}). Inget är kopierat.`,
          { table: table.name, reason: 'the target key does not decrypt the target' },
        );
      }
    }
  }
}

/** One table: its rows re-keyed and inserted in batches, then verified. Returns rows added. */
async function copyTable(
  m: EntityManager,
  source: SqliteSource,
  table: PlannedTable,
  tables: PlannedTable[],
  types: Map<string, Map<string, string>>,
  keys: Keys,
): Promise<number> {
  try {
    const codec = await codecOf(m, table, tables, types);
    const before = await tableSum(m, codec, table.primaryKey, keys.to);
    let rows = 0;
    let sum = 0n;
    for await (const batch of source.rows(table.name, BATCH)) {
      const inserts = batch.map((row) => {
        const rekeyed = rekeyRow(codec, row, keys.from, keys.to);
        sum = (sum + rekeyed.sum) % MODULUS;
        return rekeyed.insert;
      });
      await insertRows(m, codec, inserts);
      rows += inserts.length;
    }
    const after = await tableSum(m, codec, table.primaryKey, keys.to);
    if (after.rows !== before.rows + rows || after.sum !== (before.sum + sum) % MODULUS) {
      throw new AppError(
        'copy.verifyFailed',
        `Tabellen ${table.name} stämde inte med filen efter kopieringen. Teamdatabasen är oförändrad.`,
        { table: table.name },
      );
    }
    if (codec.shift) await followSequence(m, table, codec.shift.column);
    return rows;
  } catch (err) {
    if (err instanceof AppError) throw err;
    const reason = err instanceof Error ? err.message : String(err);
    throw new AppError(
      'copy.failed',
      `Kopieringen avbröts vid tabellen ${table.name}. Teamdatabasen är oförändrad.`,
      { table: table.name, reason },
    );
  }
}

/**
 * The table's columns as the target has them. A generated id (the audit log's, the licence and
 * invoicing history's) keeps its value in an empty target, and moves past the target's own ids
 * otherwise, which is safe only while no foreign key points at it.
 */
async function codecOf(
  m: EntityManager,
  table: PlannedTable,
  tables: PlannedTable[],
  types: Map<string, Map<string, string>>,
): Promise<TableCodec> {
  const columns = types.get(table.name);
  const same = columns?.size === table.columns.length && table.columns.every((c) => columns.has(c));
  if (!columns || !same)
    throw new Error(`The target's columns of ${table.name} are not the file's`);
  const codec: TableCodec = { table: table.name, columns: table.columns, types: columns };
  const [id] = table.primaryKey;
  if (!id || !(await sequenceOf(m, table))) return codec;
  const by = await maxId(m, table.name, id);
  if (by > 0 && tables.some((t) => t.references.includes(table.name))) {
    throw new Error(`${table.name}'s ids are referenced and cannot move past the target's`);
  }
  return { ...codec, shift: { column: id, by } };
}

/** The next id the target generates comes after the copied ones. */
async function followSequence(m: EntityManager, table: PlannedTable, column: string) {
  const seq = await sequenceOf(m, table);
  const max = await maxId(m, table.name, column);
  if (seq && max > 0) await m.query('SELECT setval($1, $2)', [seq, max]);
}
