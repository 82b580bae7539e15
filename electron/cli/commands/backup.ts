import { resolve } from 'node:path';
import type { Command } from 'commander';
import { backupDatabase, restoreDatabase } from '../../core/backup/backup';
import { keyFileFor } from '../../core/crypto/key-file';
import { openCore } from '../../core/open';
import { resolveDbFile } from '../../core/paths';
import { writeAudit } from '../../core/audit/audit-service';
import { print } from '../output';
import { readPassphrase } from '../passphrase';
import { withCore } from '../session';
import type { GlobalOptions } from '../main';
import { teamBackupRefusal } from '../../core/db/dialect/postgres';
import { engineFor } from '../../core/db/engine';

export function registerBackup(program: Command, globals: () => GlobalOptions): void {
  program
    .command('backup <file>')
    .description(
      'skriv en säkerhetskopia, krypterad med en lösenfras (KUNDSTART_BACKUP_PASSPHRASE eller frågas)',
    )
    .option('--json', 'skriv resultatet som JSON')
    .action(async (file: string, opts: { json?: boolean }) => {
      const passphrase = await readPassphrase({ newBackup: true });
      await withCore(globals().db, 'cli', async (core) => {
        const done = await backupDatabase(core.context, resolve(file), passphrase);
        print(
          { json: Boolean(opts.json) },
          done,
          () =>
            `Säkerhetskopian är skriven: ${done.file}\nDen går bara att läsa in med lösenfrasen: förvara den säkert, skild från filen.`,
        );
      });
    });
  program
    .command('restore <file>')
    .description('ersätt databasen med en säkerhetskopia (den gamla sparas till nästa start)')
    .option('--json', 'skriv resultatet som JSON')
    .action(async (file: string, opts: { json?: boolean }) => {
      const dbFile = resolveDbFile(globals().db);
      if (engineFor(dbFile) === 'postgres') throw teamBackupRefusal();
      const passphrase = await readPassphrase({ newBackup: false });
      const done = await restoreDatabase(dbFile, resolve(file), passphrase, keyFileFor(dbFile));
      await auditRestore(dbFile, resolve(file));
      print(
        { json: Boolean(opts.json) },
        done,
        () =>
          `Databasen är återställd från ${resolve(file)}.${done.previous ? `\nDen tidigare databasen finns kvar till nästa start: ${done.previous}` : ''}`,
      );
    });
}

async function auditRestore(dbFile: string, from: string): Promise<void> {
  const core = await openCore({ dbFile, mode: 'cli', keepReplaced: true });
  try {
    await core.context.ds.transaction((m) =>
      writeAudit(core.context, m, {
        entity: 'database',
        entityId: 'restore',
        customerId: null,
        action: 'restore',
        before: null,
        after: { from },
      }),
    );
  } finally {
    await core.close();
  }
}
