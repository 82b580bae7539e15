import { resolve } from 'node:path';
import type { Command } from 'commander';
import { backupDatabase, restoreDatabase } from '../../core/backup/backup';
import { keyFileFor } from '../../core/crypto/key-file';
import { openCore } from '../../core/open';
import { resolveDbFile } from '../../core/paths';
import { writeAudit } from '../../core/audit/audit-service';
import { print } from '../output';
import { withCore } from '../session';
import type { GlobalOptions } from '../main';

export function registerBackup(program: Command, globals: () => GlobalOptions): void {
  program
    .command('backup <file>')
    .description('skriv en säkerhetskopia av databasen (och dess nyckel, FILE.key)')
    .option('--json', 'skriv resultatet som JSON')
    .action(async (file: string, opts: { json?: boolean }) => {
      const dbFile = resolveDbFile(globals().db);
      await withCore(globals().db, 'cli', async (core) => {
        const done = await backupDatabase(core.context, resolve(file), keyFileFor(dbFile));
        print(
          { json: Boolean(opts.json) },
          done,
          () =>
            `Säkerhetskopian är skriven: ${done.file}${done.keyFile ? `\nNyckeln ligger i ${done.keyFile}: förvara dem tillsammans och säkert.` : ''}`,
        );
      });
    });
  program
    .command('restore <file>')
    .description('ersätt databasen med en säkerhetskopia (den gamla sparas bredvid)')
    .option('--json', 'skriv resultatet som JSON')
    .action(async (file: string, opts: { json?: boolean }) => {
      const dbFile = resolveDbFile(globals().db);
      const done = await restoreDatabase(dbFile, resolve(file), keyFileFor(dbFile));
      const core = await openCore({ dbFile, mode: 'cli' });
      try {
        await core.context.ds.transaction((m) =>
          writeAudit(core.context, m, {
            entity: 'database',
            entityId: 'restore',
            customerId: null,
            action: 'restore',
            before: null,
            after: { from: resolve(file) },
          }),
        );
      } finally {
        await core.close();
      }
      print(
        { json: Boolean(opts.json) },
        done,
        () =>
          `Databasen är återställd från ${resolve(file)}.${done.previous ? `\nDen tidigare databasen finns kvar: ${done.previous}` : ''}`,
      );
    });
}
