// How long `kundstart customer list` takes from the shell, as a script or monthly job calling it
// hundreds of times sees it: the built CLI (dist/cli), built here first when it is stale.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chooseEntry } from '../../electron/cli/entry.js';
import { CLI_BIN, kundstartOn, tempDir } from '../integration/support';
import { median } from './stats';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

export function benchCliStart(): [string, string][] {
  if (chooseEntry(ROOT).kind !== 'bundle')
    spawnSync(process.execPath, [join(ROOT, 'electron/build.js')], { stdio: 'inherit' });
  if (chooseEntry(ROOT).kind !== 'bundle')
    return [['CLI start', 'not measured: the CLI bundle did not build (npm run build)']];
  const dir = tempDir('kundstart-bench-cli-');
  try {
    const db = join(dir.dir, 'kundstart.db');
    kundstartOn(db, 'customer', 'create', '--name', 'Åkesson Bygg AB', '--orgnr', '559244-0001');
    const samples: number[] = [];
    for (let i = 0; i < 5; i++) {
      const start = performance.now();
      const r = spawnSync(process.execPath, [CLI_BIN, '--db', db, 'customer', 'list']);
      if (r.status !== 0) throw new Error(`customer list failed: ${r.stderr.toString()}`);
      samples.push(performance.now() - start);
    }
    return [
      [
        'CLI start (customer list, small database, built CLI), median of 5',
        `${median(samples).toFixed(0)} ms`,
      ],
    ];
  } finally {
    dir.cleanup();
  }
}
