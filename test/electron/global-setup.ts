import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { findElectronBinary } from '../../electron/binary.js';

const root = fileURLToPath(new URL('../../', import.meta.url));

/** Builds what Electron loads (dist/electron and dist/renderer), unless there is no Electron. */
export default function globalSetup(): void {
  const binary = findElectronBinary();
  if (!binary.found) {
    console.warn(`Electron tests skipped: ${binary.reason}`);
    return;
  }
  const built = spawnSync('npm', ['run', 'build'], {
    cwd: root,
    stdio: 'inherit',
    shell: process.platform === 'win32',
  });
  if (built.status !== 0) throw new Error('npm run build failed');
}
