import { statSync } from 'node:fs';
import { backupDatabase, restoreDatabase } from '../../electron/core/backup/backup';
import { takeAutomaticBackup } from '../../electron/core/backup/automatic';
import { keyFileFor } from '../../electron/core/crypto/key-file';
import type { OpenedCore } from '../../electron/core/open';
import { time } from './stats';

const PASSPHRASE = 'en lång lösenfras för mätningen';

/**
 * Backup and restore of the demo's database (`core`, open): an automatic copy (VACUUM INTO), a
 * passphrase backup file (the same copy, then scrypt and AES-256-GCM streamed over it), and a
 * restore of that file into another folder (decrypt, integrity and key checks, the swap).
 */
export async function benchBackup(core: OpenedCore, dir: string): Promise<[string, string][]> {
  const mb = (file: string) => `${(statSync(file).size / 1e6).toFixed(1)} MB`;
  const automatic = await time(() =>
    takeAutomaticBackup(`${dir}/automatic/bench.db`, 'daily', new Date(), (copy) =>
      core.context.ds.query('VACUUM INTO ?', [copy]),
    ),
  );
  const file = `${dir}/bench.kundstart`;
  const backup = await time(() => backupDatabase(core.context, file, PASSPHRASE));
  const target = `${dir}/restored/bench.db`;
  const restore = await time(() => restoreDatabase(target, file, PASSPHRASE, keyFileFor(target)));
  return [
    ['automatic backup of the demo (VACUUM INTO)', `${(automatic.ms / 1000).toFixed(2)} s`],
    [
      `backup FILE of the demo (${mb(file)}, scrypt + AES-256-GCM)`,
      `${(backup.ms / 1000).toFixed(2)} s`,
    ],
    ['restore FILE of the demo into another folder', `${(restore.ms / 1000).toFixed(2)} s`],
  ];
}
