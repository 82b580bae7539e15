import { spawn } from 'node:child_process';
import { CLI_BIN } from './support';

/**
 * `kundstart --db FILE ...args` without blocking this process: spawnSync (kundstartOn) would
 * starve a loopback SMTP server that answers from the test's own event loop.
 */
export function kundstartAsync(db: string, ...args: string[]) {
  const child = spawn(process.execPath, [CLI_BIN, '--db', db, ...args], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
  return new Promise<{ code: number | null; stdout: string; stderr: string; json: () => unknown }>(
    (resolve) =>
      child.on('close', (code) =>
        resolve({ code, stdout, stderr, json: () => JSON.parse(stdout) as unknown }),
      ),
  );
}
