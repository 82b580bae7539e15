import { readFile, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Command } from 'commander';
import { engineFor } from '../../core/db/engine';
import { resolveDbFile } from '../../core/paths';
import { exportTeamKey, importTeamKey } from '../../core/team-key/team-key';
import { print, UsageError } from '../output';
import { readPassphrase } from '../passphrase';
import { withCore } from '../session';
import type { GlobalOptions } from '../main';

/**
 * `kundstart db key export|import` (issue 16 item 4): the team database's key handed to a
 * colleague in a file wrapped with a passphrase (KUNDSTART_PASSPHRASE, else asked on the
 * terminal). The team database is `--db` / KUNDSTART_DB.
 */
export function registerDbKey(program: Command, globals: () => GlobalOptions): void {
  const key = dbCommand(program)
    .command('key')
    .description('teamets nyckel till personnumren: lämna den till en kollega');
  key
    .command('export')
    .description('skriv teamdatabasens nyckel till en fil, skyddad med en lösenfras')
    .requiredOption('--to <file>', 'nyckelfilen som skrivs')
    .option('--json', 'skriv resultatet som JSON')
    .action(async (opts: { to: string; json?: boolean }) => {
      const database = teamDatabase(globals());
      const passphrase = await readPassphrase({ newBackup: true, purpose: 'teamKey' });
      const file = resolve(opts.to);
      await withCore(database, 'cli', async (core) => {
        const text = await exportTeamKey(core.context, passphrase);
        // 'wx': an export never overwrites a file, perhaps another team's key.
        await writeFile(file, text, { mode: 0o600, flag: 'wx' }).catch((err: unknown) => {
          throw (err as { code?: string }).code === 'EEXIST'
            ? new UsageError(`--to: filen finns redan: ${file}`)
            : err;
        });
      });
      print({ json: Boolean(opts.json) }, { ok: true, file }, () =>
        [
          `Teamets nyckel är skriven: ${file}`,
          'Ge filen till kollegan och lösenfrasen på annat sätt (muntligt, inte i samma e-post).',
        ].join('\n'),
      );
    });
  key
    .command('import')
    .description('ta emot teamdatabasens nyckel från en kollegas nyckelfil')
    .requiredOption('--from <file>', 'nyckelfilen från kollegan')
    .option('--json', 'skriv resultatet som JSON')
    .action(async (opts: { from: string; json?: boolean }) => {
      const database = teamDatabase(globals());
      const text = await readFile(resolve(opts.from), 'utf8').catch(() => {
        throw new UsageError(`--from: filen går inte att läsa: ${resolve(opts.from)}`);
      });
      const passphrase = await readPassphrase({ newBackup: false, purpose: 'teamKey' });
      const imported = await importTeamKey(database, text, passphrase);
      print({ json: Boolean(opts.json) }, { ok: true, ...imported }, () =>
        imported.sealedAtNextStart
          ? 'Teamets nyckel är importerad och låses in i nyckelringen när Kundstart-appen startar nästa gång.'
          : `Teamets nyckel är importerad (${imported.keyFile}). Teamdatabasen går nu att öppna.`,
      );
    });
}

function teamDatabase(globals: GlobalOptions): string {
  const database = resolveDbFile(globals.db);
  if (engineFor(database) !== 'postgres') {
    throw new UsageError('teamets nyckel gäller en teamdatabas: ange --db postgres://…');
  }
  return database;
}

/** `kundstart db`, shared with the other database commands, whichever registers first. */
function dbCommand(program: Command): Command {
  return (
    program.commands.find((c) => c.name() === 'db') ??
    program.command('db').description('teamdatabasen på PostgreSQL')
  );
}
