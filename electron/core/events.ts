import type { EventName, EventPayload } from '../../shared/contract';
import type { EventListener } from './core';
import { outsideTransactionScope } from './db/transaction-scope';

/** Pushes service events to every subscribed transport (IPC windows, SSE clients). */
export function createEventBus() {
  const listeners = new Set<EventListener>();
  return {
    emit<E extends EventName>(event: E, payload: EventPayload<E>): void {
      // An import reports progress from inside its transaction; what a listener starts (a
      // window's read) is not part of it and reads the committed rows like any other request.
      for (const listener of listeners) outsideTransactionScope(() => listener(event, payload));
    },
    subscribe(listener: EventListener): () => void {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
