import { randomUUID } from 'node:crypto';
import { parentPort } from 'node:worker_threads';
import { answerWith } from '../threads/thread-protocol';
import { createInlinePlanner } from './inline-planner';
import type { PlannedImport, PlanRequest } from './planner';
import { asStatements } from './step-statements';
import type { ToPlanWorker, FromPlanWorker } from './plan-worker-protocol';

/*
 * The import's worker thread: reads large staff lists, keeps their tables and plans them, so
 * that the core's own thread stays free to answer the window while 100,000 rows are checked.
 * It holds no connection: the core reads the facts a plan needs and writes the rows it builds.
 */
const port = parentPort;
if (!port) throw new Error('plan-worker.ts runs as a worker thread');

const planner = createInlinePlanner();
/** Open plans, with what their steps are turned into (statements where the core allows). */
const plans = new Map<string, { planned: PlannedImport; request: PlanRequest }>();

port.on('message', (message: ToPlanWorker) => void answer(message));

async function answer(message: ToPlanWorker): Promise<void> {
  if (message.kind === 'drop') return planner.drop(message.session);
  if (message.kind === 'closePlan') return void closePlan(message.plan);
  await answerWith(message.id, () => run(message), reply);
}

async function run(message: Exclude<ToPlanWorker, { kind: 'drop' | 'closePlan' }>) {
  switch (message.kind) {
    case 'read':
      return planner.read(message.fileName, Buffer.from(message.bytes));
    case 'plan': {
      const request = { ...message.request, dataKey: Buffer.from(message.request.dataKey) };
      const planned = await planner.plan(request, message.commit);
      const plan = randomUUID();
      plans.set(plan, { planned, request });
      const { reportJson, headers, refused, changed, contactUserIds } = planned;
      return { plan, reportJson, headers, refused, changed, contactUserIds };
    }
    case 'next': {
      const open = plans.get(message.plan);
      const step = (await open?.planned.nextStep()) ?? null;
      if (!open || !step) {
        closePlan(message.plan);
        return null;
      }
      const { statements, now } = open.request;
      return statements && !('statements' in step) ? asStatements(step, statements, now) : step;
    }
  }
}

function closePlan(plan: string) {
  plans.get(plan)?.planned.close();
  plans.delete(plan);
}

function reply(message: FromPlanWorker) {
  port!.postMessage(message);
}
