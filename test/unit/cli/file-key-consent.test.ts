import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { confirmFileKeyOnTerminal } from '../../../electron/cli/file-key-consent';

/** A terminal (or a pipe) typing `typed`, and what the question wrote. */
function io(typed: string | null, env: NodeJS.ProcessEnv = {}) {
  const input = Object.assign(new PassThrough(), { isTTY: typed !== null });
  const output = new PassThrough();
  let said = '';
  output.on('data', (chunk: Buffer) => (said += chunk.toString()));
  if (typed !== null) setTimeout(() => input.write(`${typed}\n`), 10);
  return { io: { input, output, env }, said: () => said };
}

const KEY_FILE = '/home/anna/.config/Kundstart/kundstart.db.key';

describe('asking before the data key goes into a file', () => {
  it('says why and where, and takes "j" on a terminal as yes', async () => {
    const terminal = io('j');
    expect(await confirmFileKeyOnTerminal(KEY_FILE, terminal.io)).toBe(true);
    expect(terminal.said()).toContain('saknar en nyckelring');
    expect(terminal.said()).toContain(KEY_FILE);
    expect(terminal.said()).toContain('(j/N)');
  });

  it('takes anything else, an empty answer included, as no', async () => {
    for (const answer of ['', 'n', 'kanske']) {
      expect(await confirmFileKeyOnTerminal(KEY_FILE, io(answer).io), answer).toBe(false);
    }
  });

  it('never says yes on its own without a terminal: a script says it with the variable', async () => {
    const piped = io(null);
    expect(await confirmFileKeyOnTerminal(KEY_FILE, piped.io)).toBe(false);
    expect(piped.said()).toContain('KUNDSTART_ALLOW_FILE_KEY=1');
    const allowed = io(null, { KUNDSTART_ALLOW_FILE_KEY: '1' });
    expect(await confirmFileKeyOnTerminal(KEY_FILE, allowed.io)).toBe(true);
  });
});
