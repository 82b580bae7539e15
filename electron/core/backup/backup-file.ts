import {
  createCipheriv,
  createDecipheriv,
  createHash,
  randomBytes,
  scrypt,
  timingSafeEqual,
  type CipherGCM,
  type DecipherGCM,
} from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { open, stat } from 'node:fs/promises';
import { pipeline } from 'node:stream/promises';
import { AppError } from '../../../shared/errors';

/**
 * A Kundstart backup file: the database and its data key, encrypted under a passphrase, so that
 * it restores on another computer with the passphrase alone and is worth nothing without it.
 *
 *   magic "KUNDSTBK" | version 1 | kdf 1 (scrypt) | log2 N | r | p | salt 16 | nonce 12
 *   | check 16 | header digest 8 | AES-256-GCM(data key 32 | database bytes) | tag 16
 *
 * scrypt derives 48 bytes: the first 32 are the AES key, the last 16 the check stored in clear,
 * so a wrong passphrase is told from a damaged file before anything is decrypted. The header
 * (up to the digest) is the cipher's additional data: changing N or the salt fails the tag too.
 */
const MAGIC = Buffer.from('KUNDSTBK', 'ascii');
const VERSION = 1;
const KDF_SCRYPT = 1;
const SALT_BYTES = 16;
const NONCE_BYTES = 12;
const CHECK_BYTES = 16;
const DIGEST_BYTES = 8;
const TAG_BYTES = 16;
const KEY_BYTES = 32;
const FIELDS_BYTES = MAGIC.length + 5 + SALT_BYTES + NONCE_BYTES + CHECK_BYTES;
export const HEADER_BYTES = FIELDS_BYTES + DIGEST_BYTES;

/** scrypt's cost: OWASP's N = 2^17, r = 8, p = 1 (128 MiB, a fraction of a second). */
export interface KdfCost {
  log2N: number;
  r: number;
  p: number;
}
export const DEFAULT_COST: KdfCost = { log2N: 17, r: 8, p: 1 };
/** The most a file may ask for (1 GiB): a damaged header must not exhaust memory. */
const MAX_MEMORY = 1024 * 1024 * 1024;

interface Header {
  cost: KdfCost;
  salt: Buffer;
  nonce: Buffer;
  check: Buffer;
  aad: Buffer;
}

function deriveKey(passphrase: string, salt: Buffer, cost: KdfCost): Promise<Buffer> {
  const N = 2 ** cost.log2N;
  const needed = 128 * N * cost.r * cost.p + 128 * cost.r * 2;
  if (needed > MAX_MEMORY) return Promise.reject(damaged('its key derivation asks too much'));
  return new Promise((resolve, reject) =>
    scrypt(
      passphrase.normalize('NFC'),
      salt,
      KEY_BYTES + CHECK_BYTES,
      { N, r: cost.r, p: cost.p, maxmem: needed + 1024 * 1024 },
      (err, key) => (err ? reject(err) : resolve(key)),
    ),
  );
}

function digestOf(fields: Buffer): Buffer {
  return createHash('sha256').update(fields).digest().subarray(0, DIGEST_BYTES);
}

async function newHeader(passphrase: string, cost: KdfCost) {
  const salt = randomBytes(SALT_BYTES);
  const nonce = randomBytes(NONCE_BYTES);
  const derived = await deriveKey(passphrase, salt, cost);
  const params = Buffer.from([VERSION, KDF_SCRYPT, cost.log2N, cost.r, cost.p]);
  const fields = Buffer.concat([MAGIC, params, salt, nonce, derived.subarray(KEY_BYTES)]);
  const header = Buffer.concat([fields, digestOf(fields)]);
  return { header, aesKey: derived.subarray(0, KEY_BYTES), nonce, aad: fields };
}

function parseHeader(bytes: Buffer): Header {
  if (!bytes.subarray(0, MAGIC.length).equals(MAGIC)) {
    throw new AppError('db.notKundstart', 'Filen är ingen säkerhetskopia från Kundstart.');
  }
  if (bytes.length < HEADER_BYTES) throw damaged('it is cut short');
  const fields = bytes.subarray(0, FIELDS_BYTES);
  if (!digestOf(fields).equals(bytes.subarray(FIELDS_BYTES, HEADER_BYTES))) {
    throw damaged('its header does not match its digest');
  }
  const at = MAGIC.length;
  if (fields[at] !== VERSION || fields[at + 1] !== KDF_SCRYPT) {
    throw new AppError('db.newerVersion', 'Säkerhetskopian är gjord av en nyare Kundstart.');
  }
  let offset = at + 5;
  const take = (n: number) => fields.subarray(offset, (offset += n));
  return {
    cost: { log2N: fields[at + 2]!, r: fields[at + 3]!, p: fields[at + 4]! },
    salt: take(SALT_BYTES),
    nonce: take(NONCE_BYTES),
    check: take(CHECK_BYTES),
    aad: fields,
  };
}

export function damaged(why: string): AppError {
  return new AppError('backup.damaged', `Säkerhetskopian är skadad eller ofullständig (${why}).`);
}

/** Encrypts `databaseCopy` and the data key into `target`, streaming the database. */
export async function writeBackupFile(
  target: string,
  databaseCopy: string,
  dataKey: Buffer,
  passphrase: string,
  cost: KdfCost = DEFAULT_COST,
): Promise<void> {
  const { header, aesKey, nonce, aad } = await newHeader(passphrase, cost);
  const cipher: CipherGCM = createCipheriv('aes-256-gcm', aesKey, nonce);
  cipher.setAAD(aad);
  async function* encrypted(source: AsyncIterable<Buffer>) {
    yield header;
    yield cipher.update(dataKey);
    for await (const chunk of source) yield cipher.update(chunk);
    yield cipher.final();
    yield cipher.getAuthTag();
  }
  await pipeline(createReadStream(databaseCopy), encrypted, createWriteStream(target));
}

/**
 * Decrypts `backup` into `databaseTarget` (streamed) and answers the data key. A wrong
 * passphrase is refused before anything is written; a damaged or cut file once the tag fails,
 * and then what was written is the caller's to remove.
 */
export async function readBackupFile(
  backup: string,
  passphrase: string,
  databaseTarget: string,
): Promise<Buffer> {
  const { size } = await stat(backup);
  const header = parseHeader(await readStart(backup));
  if (size < HEADER_BYTES + KEY_BYTES + TAG_BYTES) throw damaged('it is cut short');
  const derived = await deriveKey(passphrase, header.salt, header.cost);
  if (!timingSafeEqual(derived.subarray(KEY_BYTES), header.check)) {
    throw new AppError(
      'backup.passphrase',
      'Lösenfrasen stämmer inte för den här säkerhetskopian.',
    );
  }
  const decipher: DecipherGCM = createDecipheriv(
    'aes-256-gcm',
    derived.subarray(0, KEY_BYTES),
    header.nonce,
  );
  decipher.setAAD(header.aad);
  decipher.setAuthTag(await readRange(backup, size - TAG_BYTES, TAG_BYTES));
  let keyBytes = Buffer.alloc(0);
  async function* decrypted(source: AsyncIterable<Buffer>) {
    for await (const chunk of source) {
      let plain = decipher.update(chunk);
      if (keyBytes.length < KEY_BYTES) {
        const wanted = KEY_BYTES - keyBytes.length;
        keyBytes = Buffer.concat([keyBytes, plain.subarray(0, wanted)]);
        plain = plain.subarray(wanted);
      }
      if (plain.length > 0) yield plain;
    }
    try {
      yield decipher.final();
    } catch {
      throw damaged('its contents do not match their seal');
    }
  }
  const body = createReadStream(backup, { start: HEADER_BYTES, end: size - TAG_BYTES - 1 });
  await pipeline(body, decrypted, createWriteStream(databaseTarget));
  return keyBytes;
}

async function readStart(file: string): Promise<Buffer> {
  return readRange(file, 0, HEADER_BYTES);
}

async function readRange(file: string, position: number, length: number): Promise<Buffer> {
  const handle = await open(file, 'r');
  try {
    const buffer = Buffer.alloc(length);
    const { bytesRead } = await handle.read(buffer, 0, length, position);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}
