import type { Command } from 'commander';
import { AppError } from '../../../shared/errors';
import type { BlikkTestResult } from '../../../shared/schemas/blikk';
import type { OpenedCore } from '../../core/open';
import { resolveCustomer } from '../customer-ref';
import { note, print, ReportedRefusal, UsageError, type Output } from '../output';
import { refusalText } from '../refusal';
import { call, withCore } from '../session';
import type { GlobalOptions } from '../main';

/** Where a script hands over the secret without it landing in the shell's history. */
export const SECRET_ENV = 'KUNDSTART_BLIKK_SECRET';

interface ConnectOptions {
  customer: string;
  appId: string;
  appSecret?: string;
  json?: boolean;
}

type TestOutcome =
  ({ ok: true } & BlikkTestResult) | { ok: false; error: { code: string; message: string } };

/** `blikk connect --customer ID|ORGNR --app-id ID [--app-secret SECRET]`, `blikk test`. */
export function registerBlikkConnect(blikk: Command, globals: () => GlobalOptions): void {
  blikk
    .command('connect')
    .description('anslut kunden till Blikk med API-applikationens id och hemlighet, och testa')
    .requiredOption('--customer <id|orgnr>', 'kunden')
    .requiredOption('--app-id <id>', 'API-applikationens id')
    .option('--app-secret <secret>', `hemligheten (hellre i ${SECRET_ENV})`)
    .option('--json', 'skriv resultatet som JSON')
    .action(async (opts: ConnectOptions) => {
      const { secret, from } = secretOf(opts);
      await withCore(globals().db, 'cli', async (core) => {
        const customerId = await resolveCustomer(core, opts.customer);
        const connection = await call(core, 'blikk:connect', {
          customerId,
          appId: opts.appId,
          appSecret: secret,
        });
        if (from === 'flag') {
          note(
            `Hemligheten togs från --app-secret. Den hamnar i skalets historik: ange den hellre i ${SECRET_ENV}.`,
          );
        }
        const test = await tested(core, customerId);
        print({ json: Boolean(opts.json) }, { connection, secretFrom: from, test }, () =>
          [
            `Kunden är ansluten till Blikk (applikations-id ${connection.appId}).`,
            testLine(test),
          ].join('\n'),
        );
        if (!test.ok) {
          if (opts.json) note(`kundstart: ${test.error.message}`);
          throw new ReportedRefusal();
        }
      });
    });

  blikk
    .command('test')
    .description('testa kundens sparade anslutning till Blikk')
    .requiredOption('--customer <id|orgnr>', 'kunden')
    .option('--json', 'skriv resultatet som JSON')
    .action(async (opts: { customer: string; json?: boolean }) => {
      const out: Output = { json: Boolean(opts.json) };
      await withCore(globals().db, 'cli', async (core) => {
        const customerId = await resolveCustomer(core, opts.customer);
        const result = await call(core, 'blikk:test', { customerId });
        print(out, { ok: true, ...result }, () => testLine({ ok: true, ...result }));
      });
    });
}

/** --app-secret, else KUNDSTART_BLIKK_SECRET; neither is a usage error that names both. */
function secretOf(opts: ConnectOptions): { secret: string; from: 'flag' | 'env' } {
  if (opts.appSecret) return { secret: opts.appSecret, from: 'flag' };
  const fromEnv = process.env[SECRET_ENV];
  if (fromEnv) return { secret: fromEnv, from: 'env' };
  throw new UsageError(`ange hemligheten i ${SECRET_ENV} (eller med --app-secret)`);
}

/**
 * The stored connection tested right away: its outcome is part of the answer, so a failure
 * keeps the connection (staff may fix the permission in Blikk and run `blikk test`).
 */
async function tested(core: OpenedCore, customerId: string): Promise<TestOutcome> {
  try {
    return { ok: true, ...(await call(core, 'blikk:test', { customerId })) };
  } catch (err) {
    if (!(err instanceof AppError)) throw err;
    const { shape, text } = refusalText(err);
    return { ok: false, error: { code: shape.code, message: text.sentences.join(' ') } };
  }
}

function testLine(test: TestOutcome): string {
  return test.ok
    ? `Anslutningen fungerar: ${test.users} användare i Blikk.`
    : `Testet misslyckades: ${test.error.message}`;
}
