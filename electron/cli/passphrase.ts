import { passphraseSchema, PASSPHRASE_MIN } from '../../shared/schemas/backup';
import { UsageError } from './output';

/**
 * The backup passphrase: KUNDSTART_BACKUP_PASSPHRASE (for scheduled jobs), else asked on the
 * terminal without echo, twice for a new backup. A run with neither cannot go on (exit 2).
 */
export async function readPassphrase(options: {
  newBackup: boolean;
  /** What the passphrase is for: a backup (the default) or the team key's file. */
  purpose?: Purpose;
}): Promise<string> {
  const purpose = PURPOSES[options.purpose ?? 'backup'];
  const fromEnv = process.env[purpose.env];
  const chosen = fromEnv ? fromEnv : await askOnTerminal(options.newBackup, purpose);
  if (options.newBackup && !passphraseSchema.safeParse(chosen).success) {
    throw new UsageError(`lösenfrasen måste ha minst ${PASSPHRASE_MIN} tecken`);
  }
  return chosen;
}

type Purpose = 'backup' | 'teamKey';

/** The environment variable and the prompt of each purpose. */
const PURPOSES: Record<Purpose, { env: string; prompt: string }> = {
  backup: { env: 'KUNDSTART_BACKUP_PASSPHRASE', prompt: 'Lösenfras för säkerhetskopian: ' },
  teamKey: { env: 'KUNDSTART_PASSPHRASE', prompt: 'Lösenfras för teamets nyckelfil: ' },
};

async function askOnTerminal(
  twice: boolean,
  purpose: { env: string; prompt: string },
): Promise<string> {
  if (!process.stdin.isTTY) {
    throw new UsageError(`ingen lösenfras: sätt ${purpose.env} eller kör kommandot i en terminal`);
  }
  const first = await askHidden(purpose.prompt);
  if (twice && (await askHidden('Samma lösenfras igen: ')) !== first) {
    throw new UsageError('lösenfraserna är inte lika');
  }
  return first;
}

/** One line from the terminal in raw mode, so nothing typed is shown. */
function askHidden(prompt: string): Promise<string> {
  const input = process.stdin;
  // Raw before the prompt shows: what is typed at once must not be echoed either.
  input.setRawMode(true);
  process.stderr.write(prompt);
  return new Promise((resolve, reject) => {
    let text = '';
    const finish = (err?: Error) => {
      input.off('data', onData);
      input.setRawMode(false);
      input.pause();
      process.stderr.write('\n');
      if (err) reject(err);
      else resolve(text);
    };
    const onData = (chunk: string) => {
      for (const ch of chunk) {
        if (ch === '\r' || ch === '\n') return finish();
        if (ch === '\u0003' || ch === '\u0004') return finish(new UsageError('avbrutet'));
        text = ch === '\u007f' || ch === '\b' ? text.slice(0, -1) : text + ch;
      }
    };
    input.setEncoding('utf8');
    input.on('data', onData);
    input.resume();
  });
}
