import type { Command } from 'commander';
import { databaseTestSchema, type DatabaseTestResult } from '../../../shared/schemas/database';
import { testDatabaseConnection } from '../../core/db/connection-test';
import { print, UsageError } from '../output';

/**
 * `kundstart db test --to postgres://…`: tries a team database without opening it as this
 * command's database (no `--db` needed, nothing written). The password comes from PGPASSWORD or
 * the URL, as when Kundstart opens it, and is never printed.
 */
export function registerDbTest(program: Command): void {
  dbCommand(program)
    .command('test')
    .description('testa anslutningen till en teamdatabas på PostgreSQL (lösenordet i PGPASSWORD)')
    .requiredOption('--to <url>', 'postgres://användare@server:5432/databas[?sslmode=verify-full]')
    .option('--json', 'skriv resultatet som JSON')
    .action(async (opts: { to: string; json?: boolean }) => {
      const parsed = databaseTestSchema.safeParse({ url: opts.to });
      if (!parsed.success) {
        throw new UsageError(
          '--to ska vara en PostgreSQL-adress: postgres://användare@server/databas',
        );
      }
      const result = await testDatabaseConnection(parsed.data.url);
      print({ json: Boolean(opts.json) }, { ok: true, ...result }, () => describe(result));
    });
}

/** `kundstart db`, shared with the other database commands (`db copy`) whichever registers first. */
function dbCommand(program: Command): Command {
  return (
    program.commands.find((c) => c.name() === 'db') ??
    program.command('db').description('teamdatabasen på PostgreSQL')
  );
}

function describe(result: DatabaseTestResult): string {
  const state = {
    empty: 'Databasen är tom: Kundstart lägger upp sina tabeller när den öppnas första gången.',
    older: `Databasen är Kundstarts, med ett äldre schema (${result.schemaVersion ?? ''}): den uppdateras till ${result.appSchemaVersion} när Kundstart öppnar den.`,
    current: `Databasen är Kundstarts, med den här versionens schema (${result.appSchemaVersion}).`,
  }[result.state];
  return [
    `Anslutningen fungerar: ${result.database}`,
    `PostgreSQL ${result.serverVersion}`,
    state,
  ].join('\n');
}
