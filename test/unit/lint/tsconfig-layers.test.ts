// One tsconfig per layer: the types a layer can see are the runtime it has. A snippet is compiled
// with a layer's own compiler options; `npm run typecheck` must check every source file with
// the config of the layer it belongs to.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../../..');

function parsedConfig(config: string): ts.ParsedCommandLine {
  const parsed = ts.getParsedCommandLineOfConfigFile(
    join(ROOT, config),
    {},
    {
      ...ts.sys,
      onUnRecoverableConfigFileDiagnostic: (d) => {
        throw new Error(ts.flattenDiagnosticMessageText(d.messageText, '\n'));
      },
    },
  );
  if (!parsed) throw new Error(`${config} cannot be read`);
  return parsed;
}

/** The type errors of `code` compiled alone with `config`'s options, as if it were `file`. */
function typeErrors(config: string, file: string, code: string): string[] {
  const { options } = parsedConfig(config);
  const fileName = join(ROOT, file);
  const host = ts.createCompilerHost(options);
  const readFile = host.getSourceFile.bind(host);
  host.getSourceFile = (name, language, ...rest) =>
    name === fileName
      ? ts.createSourceFile(name, code, language)
      : readFile(name, language, ...rest);
  const program = ts.createProgram([fileName], options, host);
  return ts
    .getPreEmitDiagnostics(program)
    .map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
}

const NODE_CODE = "export const cwd: string = process.cwd() + Buffer.from('x').toString();";
const DOM_CODE = 'export const title: string = document.title + window.location.href;';
const PURE_CODE = "export const last = [1, 2, 3].at(-1) ?? new Intl.NumberFormat('sv').format(2);";

describe('one tsconfig per layer', () => {
  it.each([
    ['shared/tsconfig.json', 'shared/probe.ts', NODE_CODE],
    ['shared/tsconfig.json', 'shared/probe.ts', DOM_CODE],
    ['renderer/tsconfig.json', 'renderer/src/probe.ts', NODE_CODE],
    ['renderer/tsconfig.json', 'renderer/src/probe.ts', 'export const x = require("fs");'],
    ['electron/tsconfig.json', 'electron/core/probe.ts', DOM_CODE],
    [
      'electron/tsconfig.json',
      'electron/core/probe.ts',
      'export let el: HTMLElement | null = null;',
    ],
  ])('%s knows nothing of another runtime: %s', (config, file, code) => {
    expect(typeErrors(config, file, code).join('\n')).toMatch(/Cannot find name/);
  });

  it.each([
    ['shared/tsconfig.json', 'shared/probe.ts', PURE_CODE],
    ['renderer/tsconfig.json', 'renderer/src/probe.ts', DOM_CODE],
    ['electron/tsconfig.json', 'electron/core/probe.ts', NODE_CODE],
    ['tsconfig.json', 'test/probe.ts', `${NODE_CODE}\n${DOM_CODE}`],
  ])('%s knows its own runtime: %s', (config, file, code) => {
    expect(typeErrors(config, file, code)).toEqual([]);
  });

  it("checks every source file in `npm run typecheck`, under its own layer's config", () => {
    const script: string = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).scripts
      .typecheck;
    const configs = [...script.matchAll(/-p (\S+)/g)].map((m) => m[1] ?? '');
    const checkedBy = new Map<string, string>();
    for (const config of configs) {
      for (const f of parsedConfig(config).fileNames) checkedBy.set(relative(ROOT, f), config);
    }
    const expected = (file: string): string =>
      /\.test\.tsx?$/.test(file) || file === 'renderer/vite.config.ts'
        ? 'tsconfig.json'
        : `${file.split('/')[0]}/tsconfig.json`;
    const wrong = sourceFiles()
      .filter((f) => checkedBy.get(f) !== expected(f))
      .map((f) => `${f}: ${checkedBy.get(f) ?? 'unchecked'}`);
    expect(wrong).toEqual([]);
  });
});

/** Every TypeScript file of the three layers. */
function sourceFiles(): string[] {
  return ['shared', 'renderer', 'electron'].flatMap((dir) =>
    readdirSync(join(ROOT, dir), { recursive: true, encoding: 'utf8' })
      .filter((f) => /\.tsx?$/.test(f))
      .map((f) => `${dir}/${f}`),
  );
}
