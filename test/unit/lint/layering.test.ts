import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: new URL('../../../', import.meta.url).pathname });

async function layeringErrors(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? [])
    .filter((m) => m.ruleId === 'no-restricted-imports')
    .map((m) => m.message);
}

describe('the layering of DESIGN.md, enforced by lint', () => {
  it.each([
    ['renderer/src/features/x/leak.ts', "import { ipcRenderer } from 'electron';"],
    ['renderer/src/features/x/leak.ts', "import { readFileSync } from 'node:fs';"],
    ['renderer/src/features/x/leak.ts', "import { DataSource } from 'typeorm';"],
    [
      'renderer/src/features/x/leak.ts',
      "import { openCore } from '../../../../electron/core/open';",
    ],
    ['shared/domain/leak.ts', "import { createHash } from 'node:crypto';"],
    ['shared/domain/leak.ts', "import { Button } from '@mui/material';"],
    ['shared/domain/leak.ts', "import { openCore } from '../../electron/core/open';"],
    ['electron/core/leak.ts', "import { app } from 'electron';"],
    ['electron/host/leak.ts', "import { BrowserWindow } from 'electron';"],
    ['electron/cli/leak.ts', "import { registerIpc } from '../ipc/register';"],
    ['electron/preload/leak.ts', "import { readFileSync } from 'node:fs';"],
    ['electron/preload/leak.ts', "import { openCore } from '../core/open';"],
  ])('refuses, in %s: %s', async (file, code) => {
    expect(await layeringErrors(file, `${code}\nexport {};\n`)).not.toEqual([]);
  });

  it.each([
    ['renderer/src/features/x/ok.ts', "import { contract } from '../../../../shared/contract';"],
    ['electron/core/ok.ts', "import { DataSource } from 'typeorm';"],
    ['electron/main/ok.ts', "import { app } from 'electron';"],
    ['electron/preload/ok.ts', "import { contextBridge } from 'electron';"],
    ['electron/preload/ok.ts', "import { CHANNELS } from '../../shared/contract';"],
    ['shared/domain/ok.ts', "import { z } from 'zod';"],
  ])('allows, in %s: %s', async (file, code) => {
    expect(await layeringErrors(file, `${code}\nexport {};\n`)).toEqual([]);
  });
});
