import { describe, expect, it } from 'vitest';
import type { ServiceContext } from '../../../electron/core/context';
import { perCore } from '../../../electron/core/threads/per-core';

// The import's planner and the render thread are each one per core, made at first use.

function thread(name: string) {
  const state = { name, closed: false };
  return { state, close: async () => void (state.closed = true) };
}

const core = () => ({}) as ServiceContext;

describe('one thread per core', () => {
  it('is made at the first use, kept for the next, and each core has its own', () => {
    let made = 0;
    const threads = perCore(() => thread(`t${++made}`));
    const [a, b] = [core(), core()];
    expect(made).toBe(0);
    expect(threads.of(a)).toBe(threads.of(a));
    expect(threads.of(b).state.name).toBe('t2');
    expect(made).toBe(2);
  });

  it('is closed with its core, and a new one serves the core after that', async () => {
    const threads = perCore(() => thread('t'));
    const a = core();
    const first = threads.of(a);
    await threads.close(a);
    expect(first.state.closed).toBe(true);
    expect(threads.of(a)).not.toBe(first);
    // Closing a core that never started one is a no-op.
    await expect(threads.close(core())).resolves.toBeUndefined();
  });

  it('can be replaced for a test, and the replacement is what closes', async () => {
    const threads = perCore(() => thread('made'));
    const a = core();
    const own = thread('given');
    threads.use(a, own);
    expect(threads.of(a)).toBe(own);
    await threads.close(a);
    expect(own.state.closed).toBe(true);
  });
});
