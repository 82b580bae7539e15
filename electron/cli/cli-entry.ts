import { run } from './main';

/**
 * The `kundstart` command's entry (bin.js runs it, built or from the sources). The program
 * itself is in main.ts, which runs nothing when imported: the desktop app answers
 * `Kundstart --cli ...` with the same program (electron/main/cli-mode.ts).
 */
process.exitCode = await run(process.argv);
