import { fork, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { seedDemo } from '../../electron/core/demo/demo-service';
import type { InviteResult } from '../../shared/schemas/mail';
import { createOutboxWorker } from '../../electron/core/mail/worker';
import type { OpenedCore } from '../../electron/core/open';
import { openTestCore, tempDir } from '../integration/support';
import { time } from './stats';

const MESSAGES = Number(process.env.BENCH_OUTBOX_MESSAGES ?? 2000);
const SINK = new URL('./smtp-sink.ts', import.meta.url).pathname;

/**
 * Invites about `MESSAGES` of the demo's users through the invitation service (rendered,
 * encrypted, one transaction per customer) and sends the welcome e-mails to a loopback SMTP server in
 * another process, measuring this process's event-loop delay while it sends.
 */
export async function benchOutbox(core: OpenedCore): Promise<[string, string][]> {
  const sink = await startSink();
  try {
    const ctx = core.context;
    await core.dispatch(
      'mail:saveSettings',
      {
        host: '127.0.0.1',
        port: sink.port,
        security: 'none',
        username: '',
        senderName: 'Revisionsbyrån Ek & Ask',
        senderAddress: 'utskick@ekask.example',
      },
      { transport: 'test' },
    );
    const queued = await time(() => inviteUntil(core, MESSAGES));
    const worker = createOutboxWorker(ctx);
    const delay = monitorEventLoopDelay({ resolution: 10 });
    delay.enable();
    const drained = await time(() => worker.drainOnce());
    delay.disable();
    await worker.stop();
    const received = await sink.count();
    const seconds = drained.ms / 1000;
    const ms = (ns: number) => (ns / 1e6).toFixed(1);
    return [
      [
        `outbox: invite ${queued.value} users (invitations:invite, all complete users of each customer: rendered, encrypted, queued)`,
        `${(queued.ms / 1000).toFixed(2)} s`,
      ],
      [
        `outbox: send them to a loopback SMTP server (3 connections), total / per second`,
        `${seconds.toFixed(1)} s / ${(drained.value.sent / seconds).toFixed(0)} messages/s (sent ${drained.value.sent}, received ${received}, waiting ${drained.value.waiting}, failed ${drained.value.failed})`,
      ],
      [
        `outbox: event-loop delay of the sending process while it sends, p99 / max`,
        `${ms(delay.percentile(99))} ms / ${ms(delay.max)} ms`,
      ],
    ];
  } finally {
    sink.stop();
  }
}

/**
 * Invites the complete users of one customer after another, as staff would from each users
 * page, until `wanted` welcome e-mails are queued; answers how many were.
 */
async function inviteUntil(core: OpenedCore, wanted: number): Promise<number> {
  const customers: { id: string }[] = await core.context.ds.query(
    'SELECT id FROM customers ORDER BY rowid',
  );
  let queued = 0;
  for (const { id } of customers) {
    if (queued >= wanted) break;
    const result = await core.dispatch(
      'invitations:invite',
      { customerId: id, allComplete: true },
      { transport: 'test' },
    );
    if (!result.ok) throw new Error(`invite refused: ${result.error.code}`);
    const { outcomes } = result.value as InviteResult;
    queued += outcomes.filter((o) => o.outcome === 'queued').length;
  }
  return queued;
}

async function startSink() {
  const child: ChildProcess = fork(SINK, [], { execArgv: ['--import', 'tsx'] });
  const [ready] = (await once(child, 'message')) as [{ port: number }];
  return {
    port: ready.port,
    async count(): Promise<number> {
      child.send('count');
      const [answer] = (await once(child, 'message')) as [{ count: number }];
      return answer.count;
    },
    stop: () => child.send('stop'),
  };
}

// Alone (`node --import tsx test/bench/outbox.ts`): on a small demo of its own.
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const dir = tempDir('kundstart-bench-outbox-');
  const core = await openTestCore(`${dir.dir}/bench.db`, () => new Date());
  try {
    await seedDemo(core.context, { customers: Math.ceil(MESSAGES / 8), usersPerCustomer: 20 });
    for (const [name, value] of await benchOutbox(core)) console.log(`${name}  ${value}`);
  } finally {
    await core.close();
    dir.cleanup();
  }
}
