import type { DataSource } from 'typeorm';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { watchTeam } from '../../../electron/core/offline/team-watch';

// The last-read copy of a team database: made after start, then again after changes, but never
// more often than the gap allows (each copy reads the whole team database).

const copies = vi.hoisted(() => [] as number[]);
vi.mock('../../../electron/core/offline/snapshot', () => ({
  writeSnapshot: async () => {
    copies.push(Date.now());
    return new Date().toISOString();
  },
}));

beforeEach(() => {
  vi.useFakeTimers({ now: new Date('2026-12-08T09:00:00Z') });
  copies.length = 0;
});
afterEach(() => vi.useRealTimers());

const watch = () =>
  watchTeam({
    ds: () => ({}) as DataSource,
    snapshotFile: '/nowhere/copy.sqlite',
    emit: () => {},
    snapshotDelayMs: 5_000,
    snapshotGapMs: 180_000,
  });

describe('the last-read copy', () => {
  it('is made a quiet moment after start, and after changes no sooner than the gap', async () => {
    const team = watch();
    await vi.advanceTimersByTimeAsync(5_000);
    expect(copies).toHaveLength(1);
    // Colleagues change something every few seconds: no copy until the gap has passed.
    for (let i = 0; i < 30; i++) {
      team.changed('customers:changed');
      await vi.advanceTimersByTimeAsync(5_000);
    }
    expect(copies).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(30_000);
    expect(copies).toHaveLength(2);
    expect(copies[1]! - copies[0]!).toBeGreaterThanOrEqual(180_000);
    await team.stop();
  });

  it('is not asked for by progress events, and not made while the server is gone', async () => {
    const team = watch();
    await vi.advanceTimersByTimeAsync(5_000);
    team.changed('import:progress');
    await vi.advanceTimersByTimeAsync(600_000);
    expect(copies).toHaveLength(1);
    team.lost();
    team.changed('users:changed');
    await vi.advanceTimersByTimeAsync(600_000);
    expect(copies).toHaveLength(1);
    await team.stop();
  });
});
