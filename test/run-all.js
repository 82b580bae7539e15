#!/usr/bin/env node
// `npm test`: typecheck (`npm run typecheck`: each layer's own tsconfig, then the tests'), lint,
// build, then every suite (Vitest: unit + integration; Playwright: the browser tests against
// `kundstart serve`, and the Electron tests, which skip themselves where the binary is missing).
// Vitest runs twice: everything on SQLite, then test/postgres-files.ts's integration files on
// PostgreSQL (vitest.postgres.config.ts starts and removes its own cluster).
// Ends with one line `N passed, N failed, N skipped` summed over all suites, which is what CI
// reads. Typecheck, lint and build count as one check each.
// Before all that, the Debian packages the tests need: a machine without them gets one line
// naming the apt-get command, and one failure, instead of every PDF or browser test failing.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { flakyLine, flakyTests } from './flaky.js';
import { electronNeedsXvfb, installHint, missingPackages } from './prerequisites.js';

const missing = missingPackages();
if (missing.length > 0) {
  console.log(installHint(missing));
  console.log('0 passed, 1 failed, 0 skipped');
  process.exit(1);
}

const out = join(process.cwd(), 'test-results', 'summary');
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
const totals = { passed: 0, failed: 0, skipped: 0 };
/** Tests that passed only when retried: counted as passed, named in the summary. */
const flaky = [];

function run(label, cmd, args, extraEnv = {}) {
  console.log(`\n=== ${label}: ${cmd} ${args.join(' ')}`);
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...extraEnv } });
  return r.status === 0;
}

function check(label, cmd, args) {
  const ok = run(label, cmd, args);
  totals[ok ? 'passed' : 'failed'] += 1;
  return ok;
}

function readJson(file) {
  return existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : null;
}

function vitest(label, name, configArgs = []) {
  const file = join(out, `${name}.json`);
  const ok = run(label, 'npx', [
    'vitest',
    'run',
    ...configArgs,
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${file}`,
  ]);
  const r = readJson(file);
  if (!r) return void (totals.failed += 1);
  totals.passed += r.numPassedTests;
  totals.failed += r.numFailedTests + (ok || r.numFailedTests > 0 ? 0 : 1);
  totals.skipped += r.numPendingTests + r.numTodoTests;
}

function playwright(label, config, { virtualDisplay = false } = {}) {
  const file = join(out, `${label}.json`);
  const args = ['playwright', 'test', '-c', config, '--reporter=list,json'];
  // Electron's windows are headful: on Linux without a display they get xvfb's.
  const [cmd, cmdArgs] = virtualDisplay ? ['xvfb-run', ['-a', 'npx', ...args]] : ['npx', args];
  const ok = run(label, cmd, cmdArgs, { PLAYWRIGHT_JSON_OUTPUT_NAME: file });
  const r = readJson(file);
  if (!r) return void (totals.failed += 1);
  const s = r.stats;
  totals.passed += s.expected + s.flaky;
  totals.failed += s.unexpected + (ok || s.unexpected > 0 ? 0 : 1);
  totals.skipped += s.skipped;
  flaky.push(...flakyTests(r));
}

const typed = check('typecheck', 'npm', ['run', 'typecheck']);
check('lint', 'npx', ['eslint', '.', '--max-warnings=0']);
check('format', 'npx', ['prettier', '--check', '.']);
const built = check('build', 'npm', ['run', 'build']);
vitest('unit and integration tests', 'vitest');
// The integration files that run on both engines, again on a throwaway PostgreSQL cluster.
vitest('integration tests on PostgreSQL', 'vitest-postgres', ['-c', 'vitest.postgres.config.ts']);
if (built) playwright('browser tests', 'test/e2e/playwright.config.ts');
else totals.failed += 1;
if (built) {
  playwright('electron tests', 'test/electron/playwright.config.ts', {
    virtualDisplay: electronNeedsXvfb(),
  });
}

console.log(`\n${typed ? '' : 'typecheck failed; '}summary of all suites:`);
if (flaky.length > 0) console.log(flakyLine(flaky));
console.log(`${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
process.exit(totals.failed > 0 ? 1 : 0);
