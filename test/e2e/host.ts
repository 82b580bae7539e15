import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

const BIN = fileURLToPath(new URL('../../electron/cli/bin.js', import.meta.url));

/** `kundstart serve` on a fresh database of its own, as a user would start it. */
export class ServedApp {
  readonly dir = mkdtempSync(join(tmpdir(), 'kundstart-e2e-'));
  /** What `--db` names: a SQLite file in `dir`, or a team database's `postgres://` URL. */
  readonly db: string;
  url = '';
  private child: ChildProcess | null = null;
  /** Variables every program started on this database gets. */
  private readonly baseEnv: Record<string, string>;

  /**
   * `db`: a `postgres://` URL of an empty team database (test/e2e/postgres.ts) instead of a new
   * SQLite file. Then the app-data folder, where a team database's key file is kept, is in `dir`,
   * not in the real home.
   */
  constructor(options: { db?: string } = {}) {
    this.db = options.db ?? join(this.dir, 'kundstart.db');
    this.baseEnv = options.db ? { XDG_CONFIG_HOME: join(this.dir, 'config') } : {};
  }

  /** `env`: further variables for the served app, e.g. KUNDSTART_BLIKK_API_URL. */
  async start(env: Record<string, string> = {}): Promise<string> {
    const child = spawn(
      process.execPath,
      [BIN, '--db', this.db, 'serve', '--port', '0', '--json'],
      {
        stdio: ['ignore', 'pipe', 'inherit'],
        env: { ...process.env, ...this.baseEnv, ...env },
      },
    );
    this.child = child;
    const lines = createInterface({ input: child.stdout! });
    let text = '';
    for await (const line of lines) {
      text += line;
      try {
        this.url = (JSON.parse(text) as { url: string }).url;
        break;
      } catch {
        // The JSON document spans several lines: keep reading.
      }
    }
    if (!this.url) throw new Error('kundstart serve printed no URL');
    return this.url;
  }

  /** The `kundstart serve` process's id (its core process is a child of it). */
  get pid(): number | undefined {
    return this.child?.pid;
  }

  async stop(): Promise<void> {
    const child = this.child;
    if (!child || child.exitCode !== null) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    await exited;
    this.child = null;
  }

  async restart(): Promise<string> {
    await this.stop();
    return this.start();
  }

  /**
   * The bureau most tests start from (Ek & Ask AB, staff Anna Ek), set with the CLI; `more`
   * adds flags of `bureau set`, e.g. '--reseller-agreement', 'none'.
   */
  setBureau(...more: string[]): void {
    this.cli(
      'bureau',
      'set',
      '--name',
      'Ek & Ask AB',
      '--orgnr',
      '556016-0680',
      '--staff-name',
      'Anna Ek',
      ...more,
    );
  }

  /** The CLI on the same database, e.g. to set the bureau profile before a test. */
  cli(...args: string[]): string {
    const r = spawnSync(process.execPath, [BIN, '--db', this.db, ...args], {
      encoding: 'utf8',
      env: { ...process.env, ...this.baseEnv },
    });
    if (r.status !== 0) throw new Error(`kundstart ${args.join(' ')} failed: ${r.stderr}`);
    return r.stdout;
  }

  /**
   * The CLI with variables added to its environment (KUNDSTART_BLIKK_SECRET...), without
   * blocking this process: a fake server the test runs (Blikk's) must go on answering it.
   */
  async cliWith(env: Record<string, string>, ...args: string[]): Promise<string> {
    const child = spawn(process.execPath, [BIN, '--db', this.db, ...args], {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, ...this.baseEnv, ...env },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    const [code] = (await once(child, 'close')) as [number | null];
    if (code !== 0) throw new Error(`kundstart ${args.join(' ')} failed: ${stderr}`);
    return stdout;
  }

  async dispose(): Promise<void> {
    await this.stop();
    rmSync(this.dir, { recursive: true, force: true });
  }
}
