import { contract, isChannel, type Channel } from '../../shared/contract';
import type { CallContext, Handlers } from '../../shared/contract/handlers';
import { AppError, type Result } from '../../shared/errors';
import { MAX_INPUT_DEPTH, nestsDeeperThan } from './input-depth';
import { MAX_REQUEST_BYTES, requestBytes } from '../../shared/contract/limits';
import { logError } from './log';
import { uniqueKeyRefusal } from './db/unique-keys';

export type Dispatch = (
  channel: string,
  input: unknown,
  ctx: CallContext,
) => Promise<Result<unknown>>;

/**
 * The one gate every transport passes through: unknown channel and malformed input are
 * answered, never thrown; a handler's AppError becomes its code; anything else is 'internal'
 * (logged without the input, which may hold personal data).
 */
export function createDispatcher(handlers: Handlers): Dispatch {
  return async (channel, input, ctx) => {
    if (!isChannel(channel)) {
      return fail(new AppError('channel.unknown', `Okänd kanal: ${String(channel).slice(0, 60)}`));
    }
    // IPC has no body to count: the same limit as the host's, measured on what arrived.
    if (ctx.transport === 'ipc' && requestBytes(input) > MAX_REQUEST_BYTES) {
      const issues = [{ path: '', message: `Begäran är större än ${MAX_REQUEST_BYTES} byte` }];
      return fail(new AppError('input.invalid', 'För stor begäran', { issues }));
    }
    if (nestsDeeperThan(input, MAX_INPUT_DEPTH)) {
      const issues = [
        { path: '', message: `Indata nästlade djupare än ${MAX_INPUT_DEPTH} nivåer` },
      ];
      return fail(new AppError('input.invalid', 'Ogiltig indata', { issues }));
    }
    const parsed = contract[channel].input.safeParse(input ?? {});
    if (!parsed.success) {
      const issues = parsed.error.issues.map((i) => ({
        path: i.path.join('.'),
        message: i.message,
      }));
      return fail(new AppError('input.invalid', 'Ogiltig indata', { issues }));
    }
    try {
      const handler = handlers[channel] as (i: unknown, c: CallContext) => Promise<unknown>;
      return { ok: true, value: (await handler(parsed.data, ctx)) ?? null };
    } catch (err) {
      if (err instanceof AppError) return fail(err);
      // A unique index refused what the service's own check would have: the same refusal.
      const refusal = uniqueKeyRefusal(err);
      if (refusal) return fail(refusal);
      logError(`handler ${channel as Channel} failed`, err);
      return fail(new AppError('internal', 'Ett oväntat fel inträffade'));
    }
  };
}

function fail(err: AppError): Result<never> {
  return { ok: false, error: err.toShape() };
}
