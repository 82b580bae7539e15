import type { ServiceContext } from '../context';

/** Something a core starts when first needed and ends when it closes: a thread, say. */
interface Closable {
  close(): Promise<void>;
}

/**
 * One `T` per core, made at its first use: the import's planner, the render thread. Keyed weakly,
 * so that a core a test dropped without closing leaves nothing reachable here.
 */
export function perCore<T extends Closable>(make: () => T) {
  const made = new WeakMap<ServiceContext, T>();
  return {
    of(ctx: ServiceContext): T {
      let value = made.get(ctx);
      if (!value) made.set(ctx, (value = make()));
      return value;
    },
    /** For tests: the core's `T` is `value` (one they can stop, say). */
    use(ctx: ServiceContext, value: T): void {
      made.set(ctx, value);
    },
    async close(ctx: ServiceContext): Promise<void> {
      await made.get(ctx)?.close();
      made.delete(ctx);
    },
  };
}
