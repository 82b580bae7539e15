import { createInterface } from 'node:readline/promises';
import type { Readable, Writable } from 'node:stream';

export interface ConsentIo {
  input: Readable & { isTTY?: boolean };
  output: Writable;
  env: NodeJS.ProcessEnv;
}

const EXPLANATION =
  'Datorn saknar en nyckelring (Secret Service) att låsa databasens nyckel i. Kundstart kan ' +
  'spara nyckeln i en fil bredvid databasen, läsbar bara för dig:';

/**
 * Asks on the terminal whether the data key may be kept in a file (`Kundstart --cli` on Linux
 * without a keychain), never deciding silently: a script says yes with
 * KUNDSTART_ALLOW_FILE_KEY=1; without a terminal or that variable the answer is no.
 */
export async function confirmFileKeyOnTerminal(
  keyFile: string,
  io: ConsentIo = { input: process.stdin, output: process.stderr, env: process.env },
): Promise<boolean> {
  io.output.write(`${EXPLANATION}\n  ${keyFile}\n`);
  if (io.env.KUNDSTART_ALLOW_FILE_KEY === '1') {
    io.output.write('KUNDSTART_ALLOW_FILE_KEY=1: nyckeln sparas i filen.\n');
    return true;
  }
  if (!io.input.isTTY) {
    io.output.write('Svara ja med KUNDSTART_ALLOW_FILE_KEY=1, eller kör i en terminal.\n');
    return false;
  }
  const terminal = createInterface({ input: io.input, output: io.output });
  try {
    const answer = await terminal.question('Spara nyckeln i filen? (j/N) ');
    return /^\s*(j|ja|y|yes)\s*$/i.test(answer);
  } finally {
    terminal.close();
  }
}
