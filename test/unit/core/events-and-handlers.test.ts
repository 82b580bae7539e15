import { afterEach, describe, expect, it, vi } from 'vitest';
import { CHANNELS, type EventName } from '../../../shared/contract';
import { createEventBus } from '../../../electron/core/events';
import { createHandlers } from '../../../electron/core/handlers';
import type { ServiceContext } from '../../../electron/core/context';

describe('the event bus', () => {
  afterEach(() => vi.restoreAllMocks());

  it('sends a payload of the contract’s shape to every subscriber', () => {
    const bus = createEventBus();
    const seen: [EventName, unknown][] = [];
    bus.subscribe((event, payload) => seen.push([event, payload]));
    bus.emit('import:progress', { customerId: 'c', done: 1, total: 2 });
    expect(seen).toEqual([['import:progress', { customerId: 'c', done: 1, total: 2 }]]);
  });

  it('refuses a payload of the wrong shape: nobody receives it and the log says which event', () => {
    const log = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    const bus = createEventBus();
    const listener = vi.fn();
    bus.subscribe(listener);
    const wrong = { customerIds: 'not-a-list' } as unknown as { customerIds: string[] };
    bus.emit('outbox:changed', wrong);
    expect(listener).not.toHaveBeenCalled();
    expect(String(log.mock.calls[0]?.[0])).toContain('outbox:changed');
  });
});

describe('the handler map', () => {
  it('is joined from the domains’ maps with exactly one handler per channel', () => {
    // Building the maps touches no service: the context is never used until a call.
    const handlers = createHandlers({} as ServiceContext);
    expect(Object.keys(handlers).sort()).toEqual([...CHANNELS].sort());
  });
});
