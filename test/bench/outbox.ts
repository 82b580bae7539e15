import { fork, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { seedDemo } from '../../electron/core/demo/demo-service';
import { enqueueMessages, type NewMessage } from '../../electron/core/mail/outbox-store';
import { createOutboxWorker } from '../../electron/core/mail/worker';
import type { OpenedCore } from '../../electron/core/open';
import { openTestCore, tempDir } from '../integration/support';
import { time } from './stats';

const MESSAGES = Number(process.env.BENCH_OUTBOX_MESSAGES ?? 2000);
const SINK = new URL('./smtp-sink.ts', import.meta.url).pathname;

/**
 * Queues `MESSAGES` welcome e-mails to the demo's users (rendered, encrypted, one transaction,
 * as an invitation of all complete users does) and sends them to a loopback SMTP server in
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
    const messages = await welcomeMessages(core);
    const queued = await time(() =>
      ctx.ds.transaction((m) =>
        enqueueMessages(ctx, m, messages, { senderDomain: 'ekask.example' }),
      ),
    );
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
        `outbox: queue ${messages.length} welcome e-mails (encrypted, one transaction)`,
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

async function welcomeMessages(core: OpenedCore): Promise<NewMessage[]> {
  const users: { id: string; customerId: string; name: string }[] = await core.context.ds.query(
    `SELECT id, customer_id AS customerId, first_name || ' ' || last_name AS name FROM users
     ORDER BY rowid LIMIT ?`,
    [MESSAGES],
  );
  return users.map((u, i) => ({
    customerId: u.customerId,
    userId: u.id,
    kind: 'welcome',
    payload: {
      to: { name: u.name, address: `user${i}@bench.example` },
      subject: `Välkommen till Blikk, ${u.name}`,
      text: `Hej ${u.name}!\n\nLogga in i Blikk med din e-postadress. Samma inloggning gäller på datorn och i mobilappen; med personnummer kan du välja BankID.\n`,
      html: `<p>Hej ${u.name}!</p><p>Logga in i Blikk med din e-postadress. Samma inloggning gäller på datorn och i mobilappen; med personnummer kan du välja BankID.</p>`,
    },
  }));
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
    await seedDemo(core.context, { customers: Math.ceil(MESSAGES / 20), usersPerCustomer: 20 });
    for (const [name, value] of await benchOutbox(core)) console.log(`${name}  ${value}`);
  } finally {
    await core.close();
    dir.cleanup();
  }
}
