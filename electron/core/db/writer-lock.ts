/**
 * The database's one writer: a first-come, first-served lock. A transaction holds it from its
 * BEGIN to its COMMIT or ROLLBACK, a statement outside a transaction for that statement only,
 * so nothing ever runs inside another caller's open transaction (and vanishes with its rollback).
 */
export class WriterLock {
  private tail: Promise<void> = Promise.resolve();
  private owner: object | null = null;

  /** Who writes now (a query runner), or null. */
  get holder(): object | null {
    return this.owner;
  }

  /** Waits for every earlier holder, then returns the release, which may safely run twice. */
  async acquire(holder: object): Promise<() => void> {
    let open!: () => void;
    const before = this.tail;
    this.tail = new Promise<void>((resolve) => (open = resolve));
    await before;
    this.owner = holder;
    let released = false;
    return () => {
      if (released) return;
      released = true;
      this.owner = null;
      open();
    };
  }
}
