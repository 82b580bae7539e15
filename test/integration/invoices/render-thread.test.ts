import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Worker } from 'node:worker_threads';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { pdfBytes } from '../../../electron/core/invoices/export/pdf';
import { launchRenderWorker, useRenderThread } from '../../../electron/core/render/render-thread';
import { createThreadClient } from '../../../electron/core/threads/thread-client';
import { poppler } from '../../support/poppler';
import { BUREAU, invoke, tempDir, value } from '../support';
import { quarterScenario, type Scenario } from './scenario';

// The month's PDF and XLSX are made in the core's render thread, so that the core's own thread
// keeps answering the window meanwhile (issue 13; the bench measures that latency).
let dir: { dir: string; cleanup: () => void };
let s: Scenario;

beforeEach(async () => {
  dir = tempDir();
  s = await quarterScenario(join(dir.dir, 'kundstart.db'));
});
afterEach(async () => {
  await s.core.close();
  dir.cleanup();
});

const textOf = (bytes: Buffer, name: string) => {
  const file = join(dir.dir, name);
  writeFileSync(file, bytes);
  return poppler('pdftotext', ['-layout', file, '-']);
};

describe('documents made in the render thread', () => {
  it('read exactly as the same PDF made in the core’s own thread', async () => {
    const file = await value(s.core, 'invoices:export', { month: '2030-03', format: 'pdf' });
    const summary = await value(s.core, 'invoices:summary', { month: '2030-03' });
    const context = { bureauName: BUREAU.name, generatedAt: s.core.context.now().toISOString() };
    const threaded = textOf(Buffer.from(file.base64, 'base64'), 'thread.pdf');
    expect(threaded).toContain('Samlingsfaktura');
    expect(threaded).toBe(textOf(await pdfBytes(summary, context), 'inline.pdf'));
  });

  it('fail the export in hand when the thread stops, and the next export gets a new thread', async () => {
    const workers: Worker[] = [];
    const launch = () => {
      const worker = launchRenderWorker();
      workers.push(worker);
      return worker;
    };
    useRenderThread(s.core.context, createThreadClient(launch, 'Dokumenttråden'));
    const exporting = invoke(s.core, 'invoices:export', { month: '2030-03', format: 'xlsx' });
    while (workers.length === 0) await new Promise((resolve) => setTimeout(resolve, 5));
    await workers[0]!.terminate();
    expect((await exporting).ok).toBe(false);

    const again = await value(s.core, 'invoices:export', { month: '2030-03', format: 'pdf' });
    expect(textOf(Buffer.from(again.base64, 'base64'), 'again.pdf')).toContain('Samlingsfaktura');
    expect(workers).toHaveLength(2);
  });
});
