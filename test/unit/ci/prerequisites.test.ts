import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { installHint, missingPackages, postgresBinDir } from '../../prerequisites.js';

const RUN_ALL = fileURLToPath(new URL('../../run-all.js', import.meta.url));

let dir: { dir: string };
beforeEach(() => {
  dir = { dir: mkdtempSync(join(tmpdir(), 'kundstart-prereq-')) };
});
afterEach(() => rmSync(dir.dir, { recursive: true, force: true }));

/** An executable file standing in for a program, so the check can find it on a PATH. */
function program(name: string): string {
  const file = join(dir.dir, name);
  writeFileSync(file, '#!/bin/sh\n');
  chmodSync(file, 0o755);
  return file;
}

/** A PostgreSQL server's initdb and pg_ctl in the test's folder, for PG_BIN_DIR. */
function postgres(): string {
  program('initdb');
  program('pg_ctl');
  return dir.dir;
}

describe('the prerequisites npm test checks first', () => {
  it('names both Debian packages when neither Chromium nor poppler’s tools are there', () => {
    const env = {
      PATH: '/nonexistent-bin',
      CHROMIUM_PATH: join(dir.dir, 'chromium'),
      PG_BIN_DIR: postgres(),
    };
    const missing = missingPackages(env);
    expect(missing).toEqual(['chromium', 'poppler-utils']);
    expect(installHint(missing)).toBe(
      'Missing Debian packages for the tests: apt-get install chromium poppler-utils',
    );
  });

  it('names postgresql when the server’s initdb or pg_ctl is missing', () => {
    ['pdftotext', 'pdftoppm', 'pdfinfo', 'initdb'].forEach(program);
    const env = { PATH: dir.dir, CHROMIUM_PATH: program('chromium'), PG_BIN_DIR: dir.dir };
    expect(missingPackages(env)).toEqual(['postgresql']);
    program('pg_ctl');
    expect(missingPackages(env)).toEqual([]);
  });

  it('finds Debian’s server where PG_BIN_DIR is not set, as npm test has checked', () => {
    expect(postgresBinDir({})).toMatch(/^\/usr\/lib\/postgresql\/\d+\/bin$/);
  });

  it('names only poppler-utils when one of its tools is missing', () => {
    program('pdftotext');
    const env = { PATH: dir.dir, CHROMIUM_PATH: program('chromium'), PG_BIN_DIR: postgres() };
    expect(missingPackages(env)).toEqual(['poppler-utils']);
  });

  it('does not take a file that cannot be run for a program', () => {
    program('pdftoppm');
    program('pdfinfo');
    writeFileSync(join(dir.dir, 'pdftotext'), 'not executable');
    const env = { PATH: dir.dir, CHROMIUM_PATH: program('chromium'), PG_BIN_DIR: postgres() };
    expect(missingPackages(env)).toEqual(['poppler-utils']);
  });

  it('is satisfied when Chromium, poppler’s tools and PostgreSQL’s server are all there', () => {
    ['pdftotext', 'pdftoppm', 'pdfinfo'].forEach(program);
    const env = {
      PATH: `/nonexistent-bin:${dir.dir}`,
      CHROMIUM_PATH: program('chromium'),
      PG_BIN_DIR: postgres(),
    };
    expect(missingPackages(env)).toEqual([]);
  });
});

describe('npm test on a machine without them', () => {
  it('says in one line what to install, then sums one failure, before running anything', () => {
    const env = {
      PATH: '/nonexistent-bin',
      CHROMIUM_PATH: join(dir.dir, 'chromium'),
      PG_BIN_DIR: join(dir.dir, 'no-postgresql'),
    };
    const r = spawnSync(process.execPath, [RUN_ALL], { encoding: 'utf8', env, cwd: dir.dir });
    expect(r.stdout.trim().split('\n')).toEqual([
      'Missing Debian packages for the tests: apt-get install chromium poppler-utils postgresql',
      '0 passed, 1 failed, 0 skipped',
    ]);
    expect(r.status).toBe(1);
  });
});

describe("the Electron suite's display", () => {
  /** An Electron binary where ELECTRON_OVERRIDE_DIST_PATH points, as electron's index.js finds it. */
  const withElectron = () => {
    ['pdftotext', 'pdftoppm', 'pdfinfo'].forEach(program);
    program('electron');
    return {
      PATH: dir.dir,
      CHROMIUM_PATH: program('chromium'),
      ELECTRON_OVERRIDE_DIST_PATH: dir.dir,
      PG_BIN_DIR: postgres(),
    };
  };

  it('asks for xvfb where the binary exists on Linux without a display', () => {
    expect(missingPackages(withElectron())).toEqual(process.platform === 'linux' ? ['xvfb'] : []);
  });

  it('is satisfied by xvfb-run on the PATH, or by a display of its own', () => {
    const env = withElectron();
    expect(missingPackages({ ...env, DISPLAY: ':0' })).toEqual([]);
    program('xvfb-run');
    expect(missingPackages(env)).toEqual([]);
  });

  it('needs no xvfb where the binary is missing: the suite skips itself', () => {
    ['pdftotext', 'pdftoppm', 'pdfinfo'].forEach(program);
    const env = { PATH: dir.dir, CHROMIUM_PATH: program('chromium'), PG_BIN_DIR: postgres() };
    expect(missingPackages(env)).toEqual([]);
  });
});
