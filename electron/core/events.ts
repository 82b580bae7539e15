import type { EventName, EventPayload } from '../../shared/contract';
import type { EventListener } from './core';

/** Pushes service events to every subscribed transport (IPC windows, SSE clients). */
export function createEventBus() {
  const listeners = new Set<EventListener>();
  return {
    emit<E extends EventName>(event: E, payload: EventPayload<E>): void {
      for (const listener of listeners) listener(event, payload);
    },
    subscribe(listener: EventListener): () => void {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
