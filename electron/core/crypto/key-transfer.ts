import { createCipheriv, createDecipheriv, randomBytes, scrypt } from 'node:crypto';
import { AppError } from '../../../shared/errors';
import { keyCheckValue, keyMatchesCheck } from './key-check';

/**
 * A team key handed to a colleague (issue 16 item 4): the data key encrypted under a passphrase,
 * as a small JSON file. scrypt (N = 2^17, r = 8, p = 1, as backups use) derives the AES-256-GCM
 * key from the passphrase; every other field is the cipher's additional data, so a changed cost,
 * salt or check value fails the tag as a wrong passphrase does. The check value (also in clear in
 * the team database) lets the import tell "a key, but not this database's" before storing it.
 */
export interface KdfCost {
  log2N: number;
  r: number;
  p: number;
}
export const KEY_FILE_COST: KdfCost = { log2N: 17, r: 8, p: 1 };
/** The most a file may ask scrypt for (1 GiB): a doctored file must not exhaust memory. */
const MAX_MEMORY = 1024 * 1024 * 1024;
const FORMAT = 'kundstart-team-key';

interface TeamKeyFile {
  format: typeof FORMAT;
  version: 1;
  kdf: { name: 'scrypt'; salt: string } & KdfCost;
  nonce: string;
  check: string;
  key: string;
  tag: string;
}

function derive(passphrase: string, salt: Buffer, cost: KdfCost): Promise<Buffer> {
  const N = 2 ** cost.log2N;
  const needed = 128 * N * cost.r * cost.p + 128 * cost.r * 2;
  if (needed > MAX_MEMORY) return Promise.reject(damaged());
  return new Promise((resolve, reject) =>
    scrypt(
      passphrase.normalize('NFC'),
      salt,
      32,
      { N, r: cost.r, p: cost.p, maxmem: needed + 1024 * 1024 },
      (err, key) => (err ? reject(err) : resolve(key)),
    ),
  );
}

/** The fields the tag covers, in one fixed order. */
function additionalData(file: Omit<TeamKeyFile, 'key' | 'tag'>): Buffer {
  const { kdf } = file;
  return Buffer.from(
    JSON.stringify([
      file.format,
      file.version,
      kdf.name,
      kdf.salt,
      kdf.log2N,
      kdf.r,
      kdf.p,
      file.nonce,
      file.check,
    ]),
  );
}

/** The team key file's text for `key` under `passphrase`. */
export async function wrapTeamKey(
  key: Buffer,
  passphrase: string,
  cost: KdfCost = KEY_FILE_COST,
): Promise<string> {
  const salt = randomBytes(16);
  const nonce = randomBytes(12);
  const header: Omit<TeamKeyFile, 'key' | 'tag'> = {
    format: FORMAT,
    version: 1,
    kdf: { name: 'scrypt', salt: salt.toString('base64'), ...cost },
    nonce: nonce.toString('base64'),
    check: keyCheckValue(key),
  };
  const cipher = createCipheriv('aes-256-gcm', await derive(passphrase, salt, cost), nonce);
  cipher.setAAD(additionalData(header));
  const sealed = Buffer.concat([cipher.update(key), cipher.final()]);
  const file: TeamKeyFile = {
    ...header,
    key: sealed.toString('base64'),
    tag: cipher.getAuthTag().toString('base64'),
  };
  return JSON.stringify(file, null, 2) + '\n';
}

/** The data key in a team key file: key.fileDamaged, or key.passphrase for a wrong passphrase. */
export async function unwrapTeamKey(text: string, passphrase: string): Promise<Buffer> {
  const file = parse(text);
  const salt = Buffer.from(file.kdf.salt, 'base64');
  const cost = { log2N: file.kdf.log2N, r: file.kdf.r, p: file.kdf.p };
  const decipher = createDecipheriv(
    'aes-256-gcm',
    await derive(passphrase, salt, cost),
    Buffer.from(file.nonce, 'base64'),
  );
  decipher.setAAD(additionalData(file));
  decipher.setAuthTag(Buffer.from(file.tag, 'base64'));
  let key: Buffer;
  try {
    key = Buffer.concat([decipher.update(Buffer.from(file.key, 'base64')), decipher.final()]);
  } catch {
    // GCM cannot tell a wrong passphrase from a changed field: both mean "not with this phrase".
    throw new AppError(
      'key.passphrase',
      'Lösenfrasen stämmer inte för nyckelfilen. Inget är ändrat.',
    );
  }
  if (key.length !== 32 || !keyMatchesCheck(key, file.check)) throw damaged();
  return key;
}

function parse(text: string): TeamKeyFile {
  let file: Partial<TeamKeyFile>;
  try {
    file = JSON.parse(text) as Partial<TeamKeyFile>;
  } catch {
    throw damaged();
  }
  const kdf = file.kdf;
  const texts = [file.nonce, file.check, file.key, file.tag, kdf?.salt];
  const costs = [kdf?.log2N, kdf?.r, kdf?.p];
  if (
    file.format !== FORMAT ||
    file.version !== 1 ||
    kdf?.name !== 'scrypt' ||
    texts.some((t) => typeof t !== 'string') ||
    costs.some((c) => !Number.isInteger(c) || (c as number) < 1 || (c as number) > 64)
  ) {
    throw damaged();
  }
  return file as TeamKeyFile;
}

function damaged(): AppError {
  return new AppError(
    'key.fileDamaged',
    'Filen är ingen nyckelfil från Kundstart, eller så är den skadad. Inget är ändrat.',
  );
}
