import { parseEvent, type EventName, type EventPayload } from '../../shared/contract';
import type { EventListener } from './core';
import { outsideTransactionScope } from './db/transaction-scope';
import { logInfo } from './log';

/**
 * Pushes service events to every subscribed transport (IPC windows, SSE clients). A payload is
 * checked against the contract's schema before it leaves, as inputs are when they arrive: a
 * service that emits the wrong shape is logged and nobody receives it.
 */
export function createEventBus(
  /** Told of each event this core emits (on a team database: the colleagues, live-changes.ts). */
  forward?: <E extends EventName>(event: E, payload: EventPayload<E>) => void,
) {
  const listeners = new Set<EventListener>();
  const deliver = <E extends EventName>(event: E, payload: EventPayload<E>): void => {
    // An import reports progress from inside its transaction; what a listener starts (a
    // window's read) is not part of it and reads the committed rows like any other request.
    for (const listener of listeners) outsideTransactionScope(() => listener(event, payload));
  };
  return {
    emit<E extends EventName>(event: E, payload: EventPayload<E>): void {
      const checked = parseEvent(event, payload);
      if (checked === null) {
        logInfo(`Event ${String(event)} not sent: its payload does not match the contract`);
        return;
      }
      deliver(event, checked);
      forward?.(event, checked);
    },
    /** A colleague's change, already checked: to this core's listeners only, never forwarded. */
    deliver,
    subscribe(listener: EventListener): () => void {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
