import { AsyncLocalStorage } from 'node:async_hooks';
import type { QueryRunner } from 'typeorm';

/**
 * The query runner whose transaction the current work runs in (set around the work of
 * `ds.transaction` and `EntityManager.transaction`). A statement through the data source itself
 * from inside that work would wait for the writer the transaction holds: a deadlock. Knowing the
 * scope turns it into an error that names the fix.
 */
const scope = new AsyncLocalStorage<QueryRunner>();

export function inTransactionScope<T>(runner: QueryRunner | undefined, work: () => T): T {
  return runner ? scope.run(runner, work) : work();
}

/** Work started from inside a transaction that is not part of it (an event's listeners). */
export function outsideTransactionScope<T>(work: () => T): T {
  return scope.exit(work);
}

export class NestedDataAccessError extends Error {
  constructor() {
    super(
      "A statement through the data source inside a transaction's work: it would wait for the " +
        "transaction it runs in. Use the transaction's own manager (the `m` that " +
        'ds.transaction passes) for every read and write inside it.',
    );
    this.name = 'NestedDataAccessError';
  }
}

/** Refuses a statement from `runner` made inside the open transaction of another runner. */
export function refuseNestedAccess(runner: QueryRunner, writer: object | null): void {
  const enclosing = scope.getStore();
  if (enclosing && enclosing !== runner && enclosing.isTransactionActive && enclosing === writer) {
    throw new NestedDataAccessError();
  }
}
