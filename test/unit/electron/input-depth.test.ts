import { describe, expect, it } from 'vitest';
import { nestsDeeperThan } from '../../../electron/core/input-depth';

const chain = (depth: number): unknown => {
  let node: unknown = 'leaf';
  for (let i = 0; i < depth; i++) node = i % 2 === 0 ? { a: node } : [node];
  return node;
};

describe('the input depth bound', () => {
  it('lets a structure as deep as the limit through and refuses one level more', () => {
    expect(nestsDeeperThan(chain(64), 64)).toBe(false);
    expect(nestsDeeperThan(chain(65), 64)).toBe(true);
  });

  it('walks 100,000 levels without overflowing the stack', () => {
    expect(nestsDeeperThan(chain(100_000), 64)).toBe(true);
  });

  it('counts a cycle (possible over IPC) as too deep', () => {
    const a: Record<string, unknown> = {};
    a.self = a;
    expect(nestsDeeperThan(a, 64)).toBe(true);
  });

  it('walks a shared-node structure of 2^60 paths in a bounded time', () => {
    let node: unknown = {};
    for (let i = 0; i < 60; i++) node = { left: node, right: node };
    expect(nestsDeeperThan(node, 64)).toBe(false);
  });
});
