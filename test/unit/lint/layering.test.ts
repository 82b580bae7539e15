import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: new URL('../../../', import.meta.url).pathname });

async function layeringErrors(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(`${code}\nexport {};\n`, { filePath });
  return (result?.messages ?? [])
    .filter((m) => LAYER_RULE_IDS.includes(m.ruleId ?? ''))
    .map((m) => m.message);
}

const LAYER_RULE_IDS = ['layers/imports', 'no-restricted-globals'];
const RENDERER = 'renderer/src/features/x/leak.ts';
const SHARED = 'shared/domain/leak.ts';
const PRELOAD = 'electron/preload/leak.ts';

describe('the layering of DESIGN.md, enforced by lint', () => {
  it.each([
    // The renderer: shared/, itself and the browser packages it lists, nothing else.
    [RENDERER, "import { ipcRenderer } from 'electron';"],
    [RENDERER, "import { readFileSync } from 'node:fs';"],
    [RENDERER, "import { readFileSync } from 'fs';"],
    [RENDERER, "import { join } from 'path';"],
    [RENDERER, "import { Worker } from 'worker_threads';"],
    [RENDERER, "import { readFile } from 'fs/promises';"],
    [RENDERER, "import { DataSource } from 'typeorm';"],
    [RENDERER, "import type { DataSource } from 'typeorm';"],
    [RENDERER, "import ExcelJS from 'exceljs';"],
    [RENDERER, "import pdfmake from 'pdfmake';"],
    [RENDERER, "import iconv from 'iconv-lite';"],
    [RENDERER, "import nodemailer from 'nodemailer';"],
    [RENDERER, "import debounce from 'lodash.debounce';"],
    [RENDERER, "export * from 'node:fs';"],
    [RENDERER, "export { readFileSync } from 'fs';"],
    [RENDERER, "void import('node:fs');"],
    [RENDERER, "void import('exceljs');"],
    [RENDERER, "const fs = require('fs'); void fs;"],
    [RENDERER, "const name = 'fs'; void import(name);"],
    [RENDERER, "type Fs = typeof import('fs'); export type { Fs };"],
    [RENDERER, "import { openCore } from '../../../../electron/core/open';"],
    [RENDERER, "void import('../../../../electron/core/open');"],
    ['renderer/src/features/x/leak.test.ts', "import { readFileSync } from 'node:fs';"],
    // shared/: zod and itself.
    [SHARED, "import { createHash } from 'node:crypto';"],
    [SHARED, "import { createHash } from 'crypto';"],
    [SHARED, "import { Buffer } from 'buffer';"],
    [SHARED, "import { Button } from '@mui/material';"],
    [SHARED, "import { useState } from 'react';"],
    [SHARED, "import i18next from 'i18next';"],
    [SHARED, "import iconv from 'iconv-lite';"],
    [SHARED, "import { openCore } from '../../electron/core/open';"],
    [SHARED, "import { api } from '../../renderer/src/api';"],
    [SHARED, "void import('iconv-lite');"],
    [SHARED, "const path = require('node:path'); void path;"],
    // The services, host and CLI: never 'electron' or the shell's folders, only shipped packages.
    ['electron/core/leak.ts', "import { app } from 'electron';"],
    ['electron/core/leak.ts', "void import('electron');"],
    ['electron/core/leak.ts', "const { app } = require('electron'); void app;"],
    ['electron/core/leak.ts', "import { useState } from 'react';"],
    ['electron/core/leak.ts', "import { createWindow } from '../main/main';"],
    ['electron/core/users/leak.ts', "import { api } from '../../../renderer/src/api';"],
    ['electron/host/leak.ts', "import { BrowserWindow } from 'electron';"],
    ['electron/host/leak.ts', "void import('../preload/preload');"],
    ['electron/cli/leak.ts', "import { registerIpc } from '../ipc/register';"],
    ['electron/cli/commands/leak.ts', "import { createWindow } from '../../main/main';"],
    // ...nor the browser's globals, though @types/pdfmake brings the DOM library into their typecheck.
    ['electron/core/leak.ts', 'export const title = document.title;'],
    ['electron/host/leak.ts', 'export const href = window.location.href;'],
    ['electron/cli/leak.ts', 'export const xml = new DOMParser();'],
    // The preload: 'electron', shared/ and its own folder.
    [PRELOAD, "import { readFileSync } from 'node:fs';"],
    [PRELOAD, "import { readFileSync } from 'fs';"],
    [PRELOAD, "import { z } from 'zod';"],
    [PRELOAD, "import { openCore } from '../core/open';"],
    [PRELOAD, "import { openCore } from './../core/open';"],
    [PRELOAD, "void import('../core/open');"],
    // The shell reaches the UI only through the contract.
    ['electron/main/leak.ts', "import { App } from '../../renderer/src/app/App';"],
  ])('refuses, in %s: %s', async (file, code) => {
    expect(await layeringErrors(file, code)).not.toEqual([]);
  });

  it.each([
    [RENDERER, "import { contract } from '../../../../shared/contract';"],
    [RENDERER, "import { api } from '../../api';"],
    [RENDERER, "import Box from '@mui/material/Box';"],
    [RENDERER, "import { DataGrid } from '@mui/x-data-grid';"],
    [RENDERER, "import { createRoot } from 'react-dom/client';"],
    [RENDERER, "import { useTranslation } from 'react-i18next';"],
    [RENDERER, "import { zodResolver } from '@hookform/resolvers/zod';"],
    ['renderer/src/app/ok.tsx', "void import('../features/portfolio/PortfolioPage');"],
    ['renderer/src/features/x/ok.test.ts', "import { it } from 'vitest';"],
    [SHARED, "import { z } from 'zod';"],
    [SHARED, "import { isChannel } from '../contract';"],
    ['electron/core/ok.ts', "import { DataSource } from 'typeorm';"],
    ['electron/core/ok.ts', "import { readFileSync } from 'fs';"],
    ['electron/core/ok.ts', "import { Worker } from 'node:worker_threads';"],
    ['electron/core/ok.ts', "void import('conf');"],
    ['electron/core/ok.ts', 'export const size = new TextEncoder().encode(process.cwd()).length;'],
    ['electron/core/ok.ts', "export const url = new URL('https://example.se');"],
    ['electron/core/users/ok.ts', "import { contract } from '../../../shared/contract';"],
    ['electron/cli/commands/ok.ts', "import { openCore } from '../../core/open';"],
    ['electron/cli/commands/ok.ts', "import { program } from 'commander';"],
    ['electron/cli/ok.ts', "import { serve } from '../host/server';"],
    ['electron/main/ok.ts', "import { app } from 'electron';"],
    ['electron/main/ok.ts', "import { openCore } from '../core/open';"],
    [PRELOAD, "import { contextBridge } from 'electron';"],
    [PRELOAD, "import { CHANNELS } from '../../shared/contract';"],
    [PRELOAD, "import { ipcChannelName } from './ipc-names';"],
  ])('allows, in %s: %s', async (file, code) => {
    expect(await layeringErrors(file, code)).toEqual([]);
  });
});
