import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, truncateSync, writeFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  DEFAULT_COST,
  HEADER_BYTES,
  readBackupFile,
  writeBackupFile,
} from '../../../electron/core/backup/backup-file';
import { tempDir } from '../../integration/support';

/** A cheap scrypt for the tests; the cost a file asks for is read from its header. */
const CHEAP = { log2N: 10, r: 8, p: 1 };
const PASSPHRASE = 'korv med bröd 1998';

let dir: { dir: string; cleanup: () => void };
let database: Buffer;
let key: Buffer;
beforeEach(() => {
  dir = tempDir();
  database = randomBytes(300_000); // larger than one stream chunk (64 KiB)
  key = randomBytes(32);
  writeFileSync(`${dir.dir}/copy.db`, database);
});
afterEach(() => dir.cleanup());

const backupFile = () => `${dir.dir}/backup.kundstart`;
const restored = () => `${dir.dir}/restored.db`;

async function written(cost = CHEAP) {
  await writeBackupFile(backupFile(), `${dir.dir}/copy.db`, key, PASSPHRASE, cost);
  return readFileSync(backupFile());
}

describe('the passphrase backup file', () => {
  it('gives back the database and the data key with the passphrase alone', async () => {
    const bytes = await written();
    expect(bytes.length).toBe(HEADER_BYTES + 32 + database.length + 16);
    expect(bytes.includes(database.subarray(0, 64))).toBe(false);
    expect(bytes.includes(key)).toBe(false);
    expect(await readBackupFile(backupFile(), PASSPHRASE, restored())).toEqual(key);
    expect(readFileSync(restored()).equals(database)).toBe(true);
  });

  it('states scrypt at N = 2^17, r = 8, p = 1 by default', async () => {
    const bytes = await written(DEFAULT_COST);
    expect(bytes.subarray(0, 8).toString('ascii')).toBe('KUNDSTBK');
    expect([...bytes.subarray(8, 13)]).toEqual([1, 1, 17, 8, 1]);
    expect(await readBackupFile(backupFile(), PASSPHRASE, restored())).toEqual(key);
  });

  it('refuses a wrong passphrase before writing anything', async () => {
    await written();
    await expect(
      readBackupFile(backupFile(), 'korv med bröd 1999', restored()),
    ).rejects.toMatchObject({ code: 'backup.passphrase' });
    expect(existsSync(restored())).toBe(false);
  });

  it.each([
    ['the header', 20],
    ['the sealed key', HEADER_BYTES + 3],
    ['the database', HEADER_BYTES + 32 + 150_000],
    ['the tag', -1],
  ])('refuses a flipped byte in %s as damaged', async (_where, at) => {
    const bytes = await written();
    const index = at < 0 ? bytes.length + at : at;
    bytes[index] = bytes[index]! ^ 0x01;
    writeFileSync(backupFile(), bytes);
    await expect(readBackupFile(backupFile(), PASSPHRASE, restored())).rejects.toMatchObject({
      code: 'backup.damaged',
    });
  });

  it.each([HEADER_BYTES - 5, HEADER_BYTES + 10, HEADER_BYTES + 100_000])(
    'refuses a file cut at byte %i as damaged',
    async (length) => {
      await written();
      truncateSync(backupFile(), length);
      await expect(readBackupFile(backupFile(), PASSPHRASE, restored())).rejects.toMatchObject({
        code: 'backup.damaged',
      });
    },
  );

  it('refuses a file that is no Kundstart backup', async () => {
    writeFileSync(backupFile(), 'SQLite format 3\0 and more');
    await expect(readBackupFile(backupFile(), PASSPHRASE, restored())).rejects.toMatchObject({
      code: 'db.notKundstart',
    });
  });
});
