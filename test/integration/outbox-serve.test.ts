import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTestSmtp, type TestSmtp } from '../support/smtp';
import { bureauWithMail, customerWithUsers, queue, statesOf, welcome } from './outbox-setup';
import { CLI_BIN, openTestCore, tempDir } from './support';

let dir: { dir: string; cleanup: () => void };
let smtp: TestSmtp;

beforeEach(async () => {
  dir = tempDir();
  smtp = await startTestSmtp();
});
afterEach(async () => {
  await smtp.stop();
  dir.cleanup();
});

describe('browser mode', () => {
  it(
    'sends the queued messages in the background, without anyone asking',
    { timeout: 120_000 },
    async () => {
      const db = `${dir.dir}/kundstart.db`;
      const core = await openTestCore(db, () => new Date());
      await bureauWithMail(core, smtp);
      const { customerId, users } = await customerWithUsers(core, 2);
      await queue(
        core,
        users.map((u) => welcome(customerId, u)),
      );
      await core.close();

      const serve = spawn(process.execPath, [
        CLI_BIN,
        '--db',
        db,
        'serve',
        '--port',
        '0',
        '--json',
      ]);
      try {
        await smtp.waitForData(2, 90_000);
      } finally {
        const exited = once(serve, 'exit');
        serve.kill('SIGTERM');
        await exited;
      }
      expect(smtp.recipients().sort()).toEqual(users.map((u) => u.email).sort());
      const after = await openTestCore(db, () => new Date());
      expect(Object.values(await statesOf(after))).toEqual(['sent', 'sent']);
      await after.close();
    },
  );
});
