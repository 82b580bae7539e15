import { Worker } from 'node:worker_threads';
import { afterEach, describe, expect, it } from 'vitest';
import {
  createThreadClient,
  type ThreadClient,
} from '../../../electron/core/threads/thread-client';
import { AppError } from '../../../shared/errors';

// A thread in plain JavaScript, speaking the threads' protocol: doubles `n`, refuses a negative
// one with an AppError's shape, fails on `crash` with a plain error, and exits on `exit`.
const SCRIPT = `
const { parentPort, threadId } = require('node:worker_threads');
parentPort.on('message', ({ id, n, crash, exit }) => {
  if (exit) process.exit(7);
  if (crash) return parentPort.postMessage({ id, ok: false, error: { code: null, message: 'sönder' } });
  if (n < 0)
    return parentPort.postMessage({ id, ok: false, error: { code: 'input.invalid', message: 'negativt' } });
  parentPort.postMessage({ id, ok: true, value: { doubled: n * 2, threadId } });
});`;

type Ask = { id: number; n?: number; crash?: boolean; exit?: boolean };
type Answer = { doubled: number; threadId: number };

let client: ThreadClient<Ask, Answer>;
let launched = 0;
const launch = () => {
  launched += 1;
  return new Worker(SCRIPT, { eval: true });
};
afterEach(async () => {
  await client.close();
  launched = 0;
});

describe('a worker thread of the core', () => {
  it('starts at the first job, answers each job its own, and is kept for the next', async () => {
    client = createThreadClient<Ask, Answer>(launch, 'Testtråden');
    expect(launched).toBe(0);
    const answers = await Promise.all([1, 2, 3].map((n) => client.ask({ n })));
    expect(answers.map((a) => a.doubled)).toEqual([2, 4, 6]);
    expect(new Set(answers.map((a) => a.threadId)).size).toBe(1);
    expect(launched).toBe(1);
  });

  it('rethrows an AppError with its code, and any other failure with its message', async () => {
    client = createThreadClient<Ask, Answer>(launch, 'Testtråden');
    const refused = client.ask({ n: -1 });
    await expect(refused).rejects.toBeInstanceOf(AppError);
    await expect(refused).rejects.toMatchObject({ code: 'input.invalid', message: 'negativt' });
    await expect(client.ask({ crash: true })).rejects.toThrow('sönder');
    expect((await client.ask({ n: 5 })).doubled).toBe(10);
  });

  it('fails what it was asking when the thread dies, and starts a new thread for the next job', async () => {
    client = createThreadClient<Ask, Answer>(launch, 'Testtråden');
    const first = await client.ask({ n: 1 });
    await expect(client.ask({ exit: true })).rejects.toThrow('Testtråden avslutades (7)');
    const next = await client.ask({ n: 4 });
    expect(next.doubled).toBe(8);
    expect(next.threadId).not.toBe(first.threadId);
    expect(launched).toBe(2);
  });
});
