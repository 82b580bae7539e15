import path from 'node:path';
import { app, dialog } from 'electron';
import { setCliHost } from '../cli/cli-host';
import { confirmFileKeyOnTerminal } from '../cli/file-key-consent';
import { launchUtilityCore } from './core-process';
import { createKeyStore } from './key-store';

/** `Kundstart --cli customer list`: the packaged app answers its command line itself. */
export const CLI_FLAG = '--cli';

/**
 * The arguments after `--cli` as the CLI's program reads them (two leading entries, as Node's
 * process.argv has), or null when the app was started as an app.
 */
export function cliArguments(argv: readonly string[]): string[] | null {
  const at = argv.indexOf(CLI_FLAG);
  return at < 0 ? null : [argv[0] ?? 'kundstart', 'kundstart', ...argv.slice(at + 1)];
}

/**
 * Runs the CLI in the app's main process, with no window: the data key is unsealed from the
 * keychain the desktop app sealed it in, so the monthly `invoices close` and `backup` run on the
 * desktop's own database; long jobs get a utilityProcess core, as the window's do.
 */
export async function runCliInApp(args: string[]): Promise<void> {
  await app.whenReady();
  app.dock?.hide();
  setCliHost({
    keyStore: (dbFile) => createKeyStore(dbFile, (keyFile) => confirmFileKeyOnTerminal(keyFile)),
    launchCore: () =>
      launchUtilityCore(path.join(app.getAppPath(), 'dist', 'electron', 'core.cjs')),
  });
  const { run } = await import('../cli/main');
  app.exit(await run(args));
}

/** The desktop app's question, before its window opens: the same choice as the terminal's. */
export async function confirmFileKeyInDialog(keyFile: string): Promise<boolean> {
  const { response } = await dialog.showMessageBox({
    type: 'warning',
    title: 'Kundstart',
    message: 'Datorn saknar en nyckelring för databasens nyckel',
    detail:
      'Personnummer krypteras med en nyckel som Kundstart normalt låser i operativsystemets ' +
      `nyckelring. Här finns ingen. Nyckeln kan sparas i en fil som bara du kan läsa:\n${keyFile}`,
    buttons: ['Spara nyckeln i en fil', 'Avsluta'],
    defaultId: 1,
    cancelId: 1,
  });
  return response === 0;
}
