// A process the backup crash tests kill with SIGKILL at random points: either writing automatic
// backups one after another (a day apart), or restoring a backup file over the database.
import { takeAutomaticBackup } from '../../electron/core/backup/automatic';
import { restoreDatabase } from '../../electron/core/backup/backup';
import { keyFileFor } from '../../electron/core/crypto/key-file';
import { openCore } from '../../electron/core/open';

const [what, dbFile, backup, passphrase] = process.argv.slice(2);
if (!dbFile || (what !== 'automatic' && what !== 'restore')) {
  throw new Error('usage: backup-crash-child.ts automatic|restore DBFILE [BACKUP PASSPHRASE]');
}
if (what === 'restore') {
  process.stdout.write('go\n');
  await restoreDatabase(dbFile, backup!, passphrase!, keyFileFor(dbFile));
  process.stdout.write('done\n');
} else {
  const core = await openCore({ dbFile, mode: 'cli', version: '0.0.0-test' });
  let day = Date.parse('2027-01-01T12:00:00Z');
  process.stdout.write('go\n');
  for (;;) {
    await takeAutomaticBackup(dbFile, 'daily', new Date((day += 86_400_000)), (copy) =>
      core.context.ds.query('VACUUM INTO ?', [copy]),
    );
  }
}
