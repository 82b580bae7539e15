import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { flakyLine, flakyTests } from '../../flaky.js';

const CONFIG = fileURLToPath(
  new URL('../../fixtures/playwright-flaky/playwright.config.ts', import.meta.url),
);

const PLAYWRIGHT = fileURLToPath(
  new URL('../../../node_modules/@playwright/test/cli.js', import.meta.url),
);

let dir: string;
let report: unknown;
beforeAll(() => {
  // A real Playwright run, so the test reads the report Playwright writes, not a copy of its shape.
  dir = mkdtempSync(join(tmpdir(), 'kundstart-flaky-'));
  const file = join(dir, 'report.json');
  spawnSync(process.execPath, [PLAYWRIGHT, 'test', '-c', CONFIG, '--reporter=json'], {
    env: { ...process.env, PLAYWRIGHT_JSON_OUTPUT_NAME: file },
  });
  report = JSON.parse(readFileSync(file, 'utf8'));
}, 60_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the summary of a run with retries', () => {
  it('names the tests that passed only on retry, by file and title, and only those', () => {
    expect(flakyTests(report)).toEqual([
      'flaky.spec.ts › the invoice month › fails on the first try only',
    ]);
  });

  it('puts them on one line for the summary, and says nothing when none were flaky', () => {
    expect(flakyLine(flakyTests(report))).toBe(
      'flaky (passed on retry): flaky.spec.ts › the invoice month › fails on the first try only',
    );
    expect(flakyLine([])).toBeNull();
  });
});
