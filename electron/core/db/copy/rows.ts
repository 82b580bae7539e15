import { createHash } from 'node:crypto';
import type { FieldCipher } from '../../crypto/cipher';
import type { Row } from './source';

/**
 * What the copy does to a table's values on their way, read from the column names and the
 * target's column types, so a column a later migration adds is copied without a change here:
 * - `*_enc` columns are encrypted with the data key: decrypted with the source's key and
 *   encrypted again with the target's;
 * - `*_fp` columns are keyed fingerprints of their `*_enc` column's clear text: made again with
 *   the target's key;
 * - booleans (0/1 in SQLite) become true/false; a generated integer id may be shifted past the
 *   target's own ids.
 */
export interface TableCodec {
  table: string;
  columns: string[];
  /** The target's data type of each column (information_schema's data_type). */
  types: Map<string, string>;
  /** An integer id the target generates, and how far the copied ids move past the target's. */
  shift?: { column: string; by: number };
}

const ENCRYPTED = /_enc$/;
const FINGERPRINT = /_fp$/;

/** The `*_enc` column a fingerprint column is made from. */
function encryptedOf(codec: TableCodec, column: string): string {
  const enc = column.replace(FINGERPRINT, '_enc');
  if (!codec.columns.includes(enc)) {
    throw new Error(`${codec.table}.${column}: a fingerprint without its encrypted column`);
  }
  return enc;
}

/** A source row as the target stores it, and its checksum over clear values. */
export function rekeyRow(
  codec: TableCodec,
  row: Row,
  from: FieldCipher,
  to: FieldCipher,
): { insert: Row; sum: bigint } {
  const clear = new Map<string, string>();
  const insert: Row = {};
  for (const column of codec.columns) {
    const value = row[column];
    if (ENCRYPTED.test(column) && typeof value === 'string') {
      const plain = from.decrypt(value);
      clear.set(column, plain);
      insert[column] = to.encrypt(plain);
    } else if (codec.types.get(column) === 'boolean' && value !== null) {
      insert[column] = value === true || value === 1 || value === '1';
    } else if (codec.shift?.column === column && value !== null) {
      insert[column] = Number(value) + codec.shift.by;
    } else {
      insert[column] = value;
    }
  }
  for (const column of codec.columns) {
    const value = row[column];
    if (!FINGERPRINT.test(column) || value === null || value === undefined) continue;
    const plain = clear.get(encryptedOf(codec, column));
    // The pairing of *_fp and *_enc is a naming habit: a fingerprint it does not explain is
    // refused rather than replaced with a wrong one.
    if (plain === undefined || from.fingerprint(plain) !== value) {
      throw new Error(`${codec.table}.${column}: not the fingerprint of its encrypted column`);
    }
    insert[column] = to.fingerprint(plain);
  }
  return { insert, sum: rowSum(codec, insert, clear) };
}

/** A target row's checksum: its encrypted values decrypted with the target's key. */
export function storedRowSum(codec: TableCodec, row: Row, key: FieldCipher): bigint {
  const clear = new Map<string, string>();
  for (const column of codec.columns) {
    const value = row[column];
    if (ENCRYPTED.test(column) && typeof value === 'string') clear.set(column, key.decrypt(value));
  }
  return rowSum(codec, row, clear);
}

/** 2^64: checksums are sums of row hashes modulo this, so row order never matters. */
export const MODULUS = 1n << 64n;

/**
 * The first 64 bits of SHA-256 over the row's values, each in one form whatever the engine
 * returned it as (a boolean, a number, a time as a Date or as text).
 */
function rowSum(codec: TableCodec, row: Row, clear: Map<string, string>): bigint {
  const values = codec.columns.map((column) =>
    clear.has(column) ? clear.get(column) : canonical(codec.types.get(column), row[column]),
  );
  const digest = createHash('sha256').update(JSON.stringify(values)).digest();
  return digest.readBigUInt64BE(0);
}

function canonical(type: string | undefined, value: unknown): string | null {
  if (value === null || value === undefined) return null;
  if (type === 'boolean') return String(value === true || value === 1 || value === '1');
  if (value instanceof Date) return value.toISOString();
  if (type?.startsWith('timestamp') && typeof value === 'string') {
    const time = new Date(value);
    return Number.isNaN(time.getTime()) ? value : time.toISOString();
  }
  if (type === 'json' || type === 'jsonb') {
    return JSON.stringify(typeof value === 'string' ? JSON.parse(value) : value);
  }
  if (typeof value === 'number' || typeof value === 'bigint') return String(value);
  if (type && /int|numeric|double|real/.test(type)) return String(Number(value));
  return String(value);
}
