import type { Channel, EventName, EventPayload, InputOf, OutputOf } from '../../../shared/contract';
import type { KundstartBridge } from '../../../shared/contract/handlers';
import type { AppErrorShape, ErrorCode, Result } from '../../../shared/errors';
import { createBrowserTransport } from './browserTransport';
import { takeToken } from './session';

/** An answer of { ok: false } turned into something a hook can throw and a screen can show. */
export class ApiError extends Error {
  readonly code: ErrorCode;
  readonly details: unknown;

  constructor(shape: AppErrorShape) {
    super(shape.message);
    this.name = 'ApiError';
    this.code = shape.code;
    this.details = shape.details;
  }
}

export type TransportKind = 'electron' | 'browser';

interface Chosen {
  kind: TransportKind;
  bridge: KundstartBridge;
}

let chosen: Chosen | null = null;

/** Picks the transport once, at start-up: the Electron preload's bridge if there is one. */
export function initTransport(): TransportKind {
  if (chosen) return chosen.kind;
  const preload = (window as unknown as { kundstart?: KundstartBridge }).kundstart;
  chosen = preload
    ? { kind: 'electron', bridge: preload }
    : { kind: 'browser', bridge: createBrowserTransport(takeToken()) };
  return chosen.kind;
}

function bridge(): KundstartBridge {
  if (!chosen) initTransport();
  return (chosen as Chosen).bridge;
}

export function invoke<C extends Channel>(
  channel: C,
  input: InputOf<C>,
): Promise<Result<OutputOf<C>>> {
  return bridge().invoke(channel, input);
}

/** Like invoke, but throws an ApiError: for hooks and effects that only want the value. */
export async function call<C extends Channel>(channel: C, input: InputOf<C>): Promise<OutputOf<C>> {
  const result = await invoke(channel, input);
  if (!result.ok) throw new ApiError(result.error);
  return result.value;
}

export function on<E extends EventName>(
  event: E,
  listener: (payload: EventPayload<E>) => void,
): () => void {
  return bridge().on(event, listener);
}

export function toApiError(error: unknown): ApiError {
  if (error instanceof ApiError) return error;
  return new ApiError({ code: 'internal', message: String(error) });
}
