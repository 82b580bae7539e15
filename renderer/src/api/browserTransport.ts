import {
  isEventName,
  parseEvent,
  type EventName,
  type EventPayload,
} from '../../../shared/contract';
import type { KundstartBridge } from '../../../shared/contract/handlers';
import type { Result } from '../../../shared/errors';
import { markUnauthorized } from './authState';

type Listener = (payload: never) => void;

function failure(message: string): Result<never> {
  return { ok: false, error: { code: 'internal', message } };
}

/** The browser-mode transport: POST /api/<channel> for calls, one EventSource for events. */
export function createBrowserTransport(token: string | null): KundstartBridge {
  const listeners = new Map<EventName, Set<Listener>>();
  const wired = new Set<EventName>();
  let source: EventSource | null = null;

  function ensureSource(event: EventName): void {
    if (!token) return;
    source ??= new EventSource(`/api/events?token=${encodeURIComponent(token)}`);
    if (wired.has(event)) return;
    wired.add(event);
    // One DOM listener per event name, fanned out to ours.
    source.addEventListener(event, (message) => {
      let payload: unknown;
      try {
        payload = parseEvent(event, JSON.parse((message as MessageEvent<string>).data));
      } catch {
        return;
      }
      // A payload not of the contract's shape is dropped, as the preload drops it.
      if (payload === null) return;
      listeners.get(event)?.forEach((listener) => (listener as (p: unknown) => void)(payload));
    });
  }

  return {
    async invoke(channel, input) {
      if (!token) {
        markUnauthorized();
        return failure('No token');
      }
      let response: Response;
      try {
        response = await fetch(`/api/${channel}`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
          body: JSON.stringify(input ?? {}),
        });
      } catch (error) {
        return failure(`Network: ${String(error)}`);
      }
      if (response.status === 401) {
        markUnauthorized();
        return failure('Unauthorized');
      }
      try {
        return (await response.json()) as Awaited<ReturnType<KundstartBridge['invoke']>>;
      } catch {
        return failure(`HTTP ${response.status}`);
      }
    },
    on<E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void) {
      if (!isEventName(event)) return () => undefined;
      const set = listeners.get(event) ?? new Set<Listener>();
      listeners.set(event, set);
      set.add(listener as Listener);
      ensureSource(event);
      return () => {
        set.delete(listener as Listener);
      };
    },
  };
}
