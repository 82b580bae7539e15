import type { CallContext, Handlers } from '../../../shared/contract/handlers';
import { AppError } from '../../../shared/errors';
import { errorsSv } from '../../../shared/errorMessages';

type AnyHandler = (input: unknown, ctx: CallContext) => Promise<unknown>;

/**
 * Every handler, with what it throws passed through `translate` first: how a team core turns
 * "the server is gone" and "this copy is read-only" into their own codes, in one place instead
 * of in every service.
 */
export function guardHandlers(
  handlers: Handlers,
  translate: (err: unknown) => Promise<unknown>,
): Handlers {
  const guarded: Record<string, AnyHandler> = {};
  for (const [channel, handler] of Object.entries(handlers) as [string, AnyHandler][]) {
    guarded[channel] = async (input, ctx) => {
      try {
        return await handler(input, ctx);
      } catch (err) {
        throw await translate(err);
      }
    };
  }
  return guarded as unknown as Handlers;
}

/** SQLite's answer to a write on a read-only connection (PRAGMA query_only, OPEN_READONLY). */
function isReadOnlyRefusal(err: unknown): boolean {
  const own = (err as { code?: unknown } | null)?.code;
  const driver = (err as { driverError?: { code?: unknown } } | null)?.driverError?.code;
  return own === 'SQLITE_READONLY' || driver === 'SQLITE_READONLY';
}

/** In the last-read copy: a write is refused as db.readOnly, naming when the copy was read. */
export function readOnlyCopy(readAt: string | null) {
  return async (err: unknown): Promise<unknown> =>
    isReadOnlyRefusal(err) ? new AppError('db.readOnly', errorsSv['db.readOnly'], { readAt }) : err;
}

/**
 * On the team database: a failure that is not Kundstart's own refusal is checked against the
 * server; when it does not answer, the call fails as db.offline (and `lost` tells the watch).
 */
export function serverGone(reachable: () => Promise<boolean>, lost: () => void) {
  return async (err: unknown): Promise<unknown> => {
    if (err instanceof AppError || (await reachable())) return err;
    lost();
    return new AppError('db.offline', errorsSv['db.offline']);
  };
}
