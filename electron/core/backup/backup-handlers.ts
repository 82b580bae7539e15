import { copyFile, readFile, rm, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { ChannelsOf, DomainHandlers } from '../../../shared/contract/handlers';
import { AppError } from '../../../shared/errors';
import { swedishDay } from '../../../shared/domain/months';
import type { BackupRestoreInput } from '../../../shared/schemas/backup';
import { writeAudit } from '../audit/audit-service';
import type { ServiceContext } from '../context';
import { keyFileFor } from '../crypto/key-file';
import { backupsFolderFor, listAutomaticBackups } from './automatic';
import { backupDatabase, commitRestore, stageRestore } from './backup';
import { readBackupFile } from './backup-file';
import { dialectOf } from '../db/dialect';

type BackupChannel = ChannelsOf<`backups:${string}`>;

/** The Säkerhetskopior section: the automatic backups, a passphrase backup now, a restore. */
export function createBackupHandlers(ctx: ServiceContext): DomainHandlers<BackupChannel> {
  return {
    'backups:list': async () => listAutomaticBackups(ctx.dbFile),
    'backups:create': async ({ passphrase }) => {
      const file = `${ctx.dbFile}.download-${process.pid}.kundstart`;
      try {
        await backupDatabase(ctx, file, passphrase);
        const base64 = (await readFile(file)).toString('base64');
        return { fileName: `kundstart-${swedishDay(ctx.now())}.kundstart`, base64 };
      } finally {
        await rm(file, { force: true });
      }
    },
    'backups:restore': async (input) => {
      dialectOf(ctx.ds).assertRestorable();
      const keyFile = keyFileFor(ctx.dbFile);
      await stageRestore(ctx.dbFile, keyFile, (stagedDb) => stage(ctx, input, stagedDb));
      await ctx.swapDatabase(() => void commitRestore(ctx.dbFile, keyFile));
      const restoredFrom = input.from === 'automatic' ? input.name : input.fileName;
      await ctx.ds.transaction((m) =>
        writeAudit(ctx, m, {
          entity: 'database',
          entityId: 'restore',
          customerId: null,
          action: 'restore',
          before: null,
          after: { from: restoredFrom },
        }),
      );
      return { restoredFrom };
    },
  };
}

/** Puts the chosen backup's database at `stagedDb`; answers the key that opens it. */
async function stage(ctx: ServiceContext, input: BackupRestoreInput, stagedDb: string) {
  if (input.from === 'automatic') {
    const file = join(backupsFolderFor(ctx.dbFile), input.name);
    if (!existsSync(file)) throw new AppError('backup.notFound', `Finns inte: ${input.name}`);
    await copyFile(file, stagedDb);
    // Automatic backups are made under this database's own key.
    return ctx.dataKey();
  }
  const upload = `${ctx.dbFile}.upload-${process.pid}`;
  try {
    await writeFile(upload, Buffer.from(input.base64, 'base64'), { mode: 0o600 });
    return await readBackupFile(upload, input.passphrase, stagedDb);
  } finally {
    await rm(upload, { force: true });
  }
}
