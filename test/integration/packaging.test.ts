// The installers' configuration, checked offline: electron-builder's own schema, the choices the
// bureau's IT expects (per-user Windows install with a per-machine option, a universal signed
// and notarised macOS dmg, AppImage and deb), and a real `electron-builder --dir` run with a
// stand-in Electron (TOOLCHAIN.md) to check what the package holds: the bundles in app.asar,
// sqlite3's native module unpacked beside it, the resources, and Electron's fuses flipped.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { listPackage } from '@electron/asar';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ELECTRON_DEFAULT_FUSES,
  fusesOf,
  makeStandInElectron,
  type FuseName,
} from '../support/electron-stand-in';
import { tempDir } from './support';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const BUILDER = join(ROOT, 'node_modules/electron-builder/cli.js');
const ELECTRON_VERSION = (
  JSON.parse(readFileSync(join(ROOT, 'node_modules/electron/package.json'), 'utf8')) as {
    version: string;
  }
).version;

/** What each fuse must be in the packaged app (DESIGN.md section 7, Electron's checklist 19). */
const WANTED_FUSES: Record<FuseName, boolean> = {
  runAsNode: false,
  enableCookieEncryption: true,
  enableNodeOptionsEnvironmentVariable: false,
  enableNodeCliInspectArguments: false,
  enableEmbeddedAsarIntegrityValidation: true,
  onlyLoadAppFromAsar: true,
  loadBrowserProcessSpecificV8Snapshot: ELECTRON_DEFAULT_FUSES.loadBrowserProcessSpecificV8Snapshot,
  grantFileProtocolExtraPrivileges: false,
};

interface Target {
  target: string;
  arch?: string[];
}
interface BuilderConfig {
  asarUnpack: string[];
  npmRebuild: boolean;
  electronFuses: Partial<Record<FuseName, boolean>>;
  win: { target: Target[] };
  nsis: { oneClick: boolean; perMachine: boolean; allowElevation: boolean };
  mac: {
    target: Target[];
    hardenedRuntime: boolean;
    notarize: boolean;
    entitlements: string;
    entitlementsInherit: string;
  };
  linux: { target: string[]; icon: string };
  publish: null;
  directories: { buildResources: string };
}

/** electron-builder's own reading of electron-builder.yml, validated against its schema. */
async function loadConfig(): Promise<BuilderConfig> {
  // app-builder-lib is electron-builder's engine: its loader and schema are the ones a real
  // build uses, so a key it does not know fails here as it would on a release machine.
  const { getConfig, validateConfiguration } =
    (await import('app-builder-lib/out/util/config/config.js')) as unknown as {
      getConfig(projectDir: string, configPath: string | null, fromOptions: null): Promise<object>;
      validateConfiguration(
        config: object,
        logger: { add(k: string, v: unknown): void },
      ): Promise<void>;
    };
  const config = await getConfig(ROOT, null, null);
  await validateConfiguration(config, { add: () => undefined });
  return config as BuilderConfig;
}

describe('the installers configuration', () => {
  let config: BuilderConfig;
  beforeAll(async () => {
    config = await loadConfig();
  });

  it('is valid to electron-builder, offline', () => {
    expect(config.directories.buildResources).toBe('resources/build');
  });

  it('installs per user on Windows, with a per-machine choice on the installer page', () => {
    expect(config.win.target).toEqual([{ target: 'nsis', arch: ['x64'] }]);
    expect(config.nsis).toMatchObject({ oneClick: false, perMachine: false, allowElevation: true });
  });

  it('builds one universal macOS dmg, hardened, notarised when the credentials are given', () => {
    expect(config.mac.target).toEqual([{ target: 'dmg', arch: ['universal'] }]);
    expect(config.mac).toMatchObject({ hardenedRuntime: true, notarize: true });
    const entitlements = readFileSync(join(ROOT, config.mac.entitlements), 'utf8');
    // Only JIT for V8: no unsigned memory, no library-validation exception, no sandbox escape.
    expect([...entitlements.matchAll(/<key>([^<]+)<\/key>/g)].map((m) => m[1])).toEqual([
      'com.apple.security.cs.allow-jit',
    ]);
    expect(config.mac.entitlementsInherit).toBe(config.mac.entitlements);
  });

  it('builds an AppImage and a deb for Linux, with a 1024-pixel icon', () => {
    expect(config.linux.target).toEqual(['AppImage', 'deb']);
    const png = readFileSync(join(ROOT, config.linux.icon));
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1024, 1024]);
  });

  it('rebuilds sqlite3 for Electron, unpacks it from the archive and publishes nothing', () => {
    expect(config.npmRebuild).toBe(true);
    expect(config.asarUnpack).toContain('node_modules/sqlite3/**/*');
    expect(config.publish).toBeNull();
  });

  it('flips every fuse the security checklist names', () => {
    for (const [name, wanted] of Object.entries(WANTED_FUSES)) {
      if (wanted !== ELECTRON_DEFAULT_FUSES[name as FuseName]) {
        expect(config.electronFuses[name as FuseName], name).toBe(wanted);
      }
    }
  });
});

describe('electron-builder --dir with a stand-in Electron', () => {
  let app: string;
  let asar: string[];
  const dir = tempDir();
  afterAll(() => dir.cleanup());

  beforeAll(() => {
    ensureBuilt();
    const electronDist = makeStandInElectron(join(dir.dir, 'electron'), ELECTRON_VERSION);
    const run = spawnSync(
      process.execPath,
      [
        BUILDER,
        '--linux',
        '--dir',
        `-c.electronDist=${electronDist}`,
        '-c.npmRebuild=false',
        `-c.directories.output=${join(dir.dir, 'release')}`,
      ],
      { cwd: ROOT, encoding: 'utf8', timeout: 240_000 },
    );
    expect(run.status, `${run.stdout}\n${run.stderr}`).toBe(0);
    app = join(dir.dir, 'release', 'linux-unpacked');
    asar = listPackage(join(app, 'resources', 'app.asar'), { isPack: false });
  }, 300_000);

  it('puts the bundles, the built window and package.json in app.asar, and no sources', () => {
    for (const file of [
      '/package.json',
      '/dist/electron/main.cjs',
      '/dist/electron/core.cjs',
      '/dist/electron/preload.cjs',
      '/dist/renderer/index.html',
      '/node_modules/typeorm/package.json',
    ]) {
      expect(asar, file).toContain(file);
    }
    expect(asar.filter((f) => f.endsWith('.map') && f.startsWith('/dist/'))).toEqual([]);
    expect(asar.filter((f) => /^\/(electron|renderer|shared|test)\//.test(f))).toEqual([]);
    expect(asar.filter((f) => f.startsWith('/node_modules/electron-builder/'))).toEqual([]);
  });

  it('unpacks sqlite3 native module from the archive, where Electron can load it', () => {
    const native = join(
      app,
      'resources',
      'app.asar.unpacked',
      'node_modules',
      'sqlite3',
      'build',
      'Release',
      'node_sqlite3.node',
    );
    expect(existsSync(native)).toBe(true);
    expect(readFileSync(native).subarray(0, 4)).toEqual(Buffer.from([0x7f, 0x45, 0x4c, 0x46]));
  });

  it('ships the resources (price list, templates, demo data) beside the archive', () => {
    for (const folder of ['prices', 'demo', 'docs']) {
      expect(existsSync(join(app, 'resources', 'resources', folder)), folder).toBe(true);
    }
    expect(existsSync(join(app, 'resources', 'resources', 'build'))).toBe(false);
  });

  it('flips the fuses in the packaged binary', () => {
    expect(fusesOf(readFileSync(join(app, 'kundstart')))).toEqual(WANTED_FUSES);
  });
});

/** `npm test` builds before the suites; a lone run builds what is missing here. */
function ensureBuilt(): void {
  const steps: [string, string[]][] = [];
  if (!existsSync(join(ROOT, 'dist/renderer/index.html'))) {
    steps.push(['npx', ['vite', 'build', '--config', 'renderer/vite.config.ts']]);
  }
  if (!existsSync(join(ROOT, 'dist/electron/main.cjs'))) {
    steps.push([process.execPath, ['electron/build.js']]);
  }
  for (const [cmd, args] of steps) {
    const built = spawnSync(cmd, args, { cwd: ROOT, encoding: 'utf8' });
    expect(built.status, built.stderr).toBe(0);
  }
}
