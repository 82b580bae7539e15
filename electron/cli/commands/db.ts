import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Command } from 'commander';
import { copyDatabase, type CopiedTable, type CopyResult } from '../../core/db/copy/copy-database';
import { detailsOf } from '../../../shared/errorDetails';
import { AppError } from '../../../shared/errors';
import { decodeKey, fileKeyStore, keyFileFor, sealedKeyFileFor } from '../../core/crypto/key-file';
import { displayedDatabase, engineFor } from '../../core/db/engine';
import { keyless, readTeamKeyState, teamKeyMissing } from '../../core/db/key-check';
import { localFileFor } from '../../core/paths';
import { cliHost } from '../cli-host';
import { note, print, ReportedRefusal, reportError, UsageError } from '../output';
import { CliRefusal } from '../refusal';
import type { GlobalOptions } from '../main';

/** Customers named on stderr when a copy is refused; --json lists them all. */
const NAMED = 20;

export function registerDb(program: Command, _globals: () => GlobalOptions): void {
  const db = program.command('db').description('databasen som helhet');
  db.command('copy')
    .description(
      'kopiera en lokal databasfil till en teamdatabas på PostgreSQL (id:n behålls, filen lämnas orörd)',
    )
    .requiredOption('--from <file>', 'databasfilen som kopieras')
    .requiredOption('--to <url>', 'teamdatabasen: postgres://användare@värd:5432/databas')
    .option('--json', 'skriv resultatet som JSON')
    .action(async (opts: { from: string; to: string; json?: boolean }) => {
      const from = resolve(opts.from);
      if (!existsSync(from)) throw new UsageError(`--from: filen finns inte: ${from}`);
      if (engineFor(opts.to) !== 'postgres') {
        throw new UsageError(`--to ska vara en postgres://-adress: ${opts.to}`);
      }
      note(`Kopierar ${from} till ${displayedDatabase(opts.to)}…`);
      const result = await copyDatabase({
        from,
        fromKey: await sourceKey(from),
        to: opts.to,
        toKey: await targetKey(opts.to),
        onTable: (t) => note(`  ${t.name}: ${describeTable(t)}`),
      }).catch((err: unknown) => refused(Boolean(opts.json), err));
      print({ json: Boolean(opts.json) }, result, () => describe(result));
    });
}

/** The file's key as the CLI finds it for a file: the desktop's keychain, else the key file. */
async function sourceKey(file: string): Promise<Buffer> {
  const store = await cliHost().keyStore(localFileFor(file));
  if (store) return store.load();
  const keyFile = keyFileFor(file);
  if (existsSync(keyFile)) return decodeKey(readFileSync(keyFile, 'utf8'));
  // A missing key is never made here: a new key would not read the file's personnummer.
  if (existsSync(sealedKeyFileFor(file)))
    return fileKeyStore(keyFile, sealedKeyFileFor(file)).load();
  throw new CliRefusal(
    'copy.failed',
    `Filens nyckel saknas (${keyFile}); utan den går personnumren inte att läsa. Inget är kopierat.`,
  );
}

/**
 * The team database's key on this desktop, as opening it would pick it (open.ts, key-gate.ts):
 * made here only for a team database that has no key yet; one that has a key this desktop lacks
 * is refused with key.teamKeyMissing (import the team key first).
 */
async function targetKey(url: string): Promise<Buffer> {
  const local = localFileFor(url);
  const store =
    (await cliHost().keyStore(local)) ?? fileKeyStore(keyFileFor(local), sealedKeyFileFor(local));
  const own = store.peek ? await store.peek() : await store.load();
  if (own) return own;
  if (!keyless(await readTeamKeyState(url))) throw teamKeyMissing();
  return store.load();
}

/** A refused copy names the customers the team database already has, then exits 1. */
function refused(json: boolean, err: unknown): never {
  const customers = err instanceof AppError ? detailsOf(err, 'copy.customersExist')?.customers : [];
  const failed = err instanceof AppError ? detailsOf(err, 'copy.failed') : undefined;
  reportError({ json }, err);
  for (const c of (customers ?? []).slice(0, NAMED)) note(`  ${c.name} (${c.orgnr})`);
  if (customers && customers.length > NAMED) note(`  … och ${customers.length - NAMED} till`);
  if (failed) note(`  Orsak: ${failed.reason}`);
  throw new ReportedRefusal();
}

function describeTable(t: CopiedTable): string {
  return t.kept ? 'teamdatabasens egna rader behålls' : `${t.rows} rader`;
}

function describe(result: CopyResult): string {
  const rows = result.tables.reduce((n, t) => n + t.rows, 0);
  const kept = result.tables.filter((t) => t.kept).map((t) => t.name);
  const keptText = kept.length ? `\nTeamdatabasens egna rader behölls i: ${kept.join(', ')}.` : '';
  return `Kopierade ${rows} rader i ${result.tables.length} tabeller på ${(result.elapsedMs / 1000).toFixed(1)} s; antal och kontrollsummor stämmer.${keptText}`;
}
