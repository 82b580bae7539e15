import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import type { Command } from 'commander';
import { startHost } from '../../host/server';
import { CHECKOUT_DIR, RENDERER_DIR } from '../checkout';
import { note, print } from '../output';
import type { GlobalOptions } from '../main';
import { startCoreProcess } from '../session';

export function registerServe(program: Command, globals: () => GlobalOptions): void {
  program
    .command('serve')
    .description('webbläsarläge: gränssnittet på http://127.0.0.1 (bara den här datorn)')
    .option('--port <n>', 'port (0 = valfri ledig)', '0')
    .option('--json', 'skriv adressen som JSON')
    .action(async (opts: { port: string; json?: boolean }) => {
      ensureRendererBuilt();
      // The services in a process of their own: a long export or import never holds up this
      // server, and a core that dies is restarted. Queued messages go out from there too.
      const core = await startCoreProcess(globals().db, 'browser', true);
      const host = await startHost({ core, port: Number(opts.port), rendererDir: RENDERER_DIR });
      print({ json: Boolean(opts.json) }, { url: host.url, port: host.port }, () =>
        [
          `Kundstart körs i webbläsarläge: ${host.url}`,
          'Öppna adressen i en webbläsare på den här datorn. Avsluta med Ctrl+C.',
        ].join('\n'),
      );
      await untilStopped();
      await host.close();
      await core.close();
    });
}

function ensureRendererBuilt(): void {
  if (existsSync(`${RENDERER_DIR}index.html`)) return;
  note('Gränssnittet är inte byggt ännu: bygger det (npm run build:renderer)…');
  const built = spawnSync('npm', ['run', 'build:renderer'], {
    cwd: CHECKOUT_DIR,
    stdio: 'inherit',
  });
  if (built.status !== 0)
    note('Bygget misslyckades; sidan visar ett felmeddelande tills det lyckas.');
}

function untilStopped(): Promise<void> {
  return new Promise((resolve) => {
    const stop = () => resolve();
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
}
