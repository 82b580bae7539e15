import { spawnSync } from 'node:child_process';
import { chownSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { postgresBinDir } from '../prerequisites.js';

/** A throwaway PostgreSQL cluster the tests started: its URL and how to stop it. */
export interface TestCluster {
  /** `postgres://kundstart@127.0.0.1:PORT/postgres`: trust on loopback, no password. */
  url: string;
  stop(): void;
}

/** The database every test's database is copied from: today's schema, already migrated. */
export const TEMPLATE = 'kundstart_template';

/** The superuser the cluster is made with; tests connect as it. */
const ROLE = 'kundstart';

/**
 * initdb into a temporary folder, then `pg_ctl start` on loopback on a free port (and a Unix
 * socket in that folder, not in /var/run where Debian's own cluster lives). Durability is off
 * (fsync, full pages): a test database is thrown away, and these settings make the start and
 * every commit fast. PostgreSQL refuses to run as root: then it runs as the `postgres` user that
 * Debian's package creates, and owns the folder.
 */
export async function startTestCluster(auth: { password?: string } = {}): Promise<TestCluster> {
  const bin = postgresBinDir();
  if (!bin) throw new Error('PostgreSQL’s server is missing: apt-get install postgresql');
  const dir = mkdtempSync(join(tmpdir(), 'kundstart-pg-'));
  const data = join(dir, 'data');
  const asOwner = ownerOf(dir);
  const port = await freePort();
  run(asOwner, join(bin, 'initdb'), [
    ...['-D', data, '-U', ROLE, ...authOf(dir, auth.password)],
    ...['-E', 'UTF8', '--locale=C', '--no-sync'],
  ]);
  const options = [
    `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1`,
    '-c fsync=off -c synchronous_commit=off -c full_page_writes=off',
    '-c max_connections=200',
  ].join(' ');
  const log = join(dir, 'server.log');
  run(asOwner, join(bin, 'pg_ctl'), ['start', '-w', '-D', data, '-l', log, '-o', options]);
  return {
    url: `postgres://${ROLE}@127.0.0.1:${port}/postgres`,
    stop: () => {
      run(asOwner, join(bin, 'pg_ctl'), ['stop', '-m', 'immediate', '-w', '-D', data]);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/**
 * Trust, or (for the tests of a password) scram on loopback with the role's password, the Unix
 * socket still trusted.
 */
function authOf(dir: string, password: string | undefined): string[] {
  if (password === undefined) return ['-A', 'trust'];
  const file = join(dir, 'password');
  writeFileSync(file, password, { mode: 0o644 });
  return ['--auth-host=scram-sha-256', '--auth-local=trust', `--pwfile=${file}`];
}

/** How to run the server's programs: as ourselves, or (as root) as the `postgres` user. */
function ownerOf(dir: string): string[] {
  if (process.getuid?.() !== 0) return [];
  const ids = spawnSync('id', ['-u', 'postgres'], { encoding: 'utf8' });
  const gids = spawnSync('id', ['-g', 'postgres'], { encoding: 'utf8' });
  if (ids.status !== 0) throw new Error('Running as root needs the postgres user of postgresql');
  chownSync(dir, Number(ids.stdout), Number(gids.stdout));
  return ['runuser', '-u', 'postgres', '--'];
}

function run(prefix: string[], program: string, args: string[]): void {
  const [cmd, ...rest] = [...prefix, program, ...args] as [string, ...string[]];
  const r = spawnSync(cmd, rest, { encoding: 'utf8' });
  if (r.status !== 0) {
    throw new Error(`${program} ${args[0]} failed: ${r.error?.message ?? r.stderr ?? r.stdout}`);
  }
}

/** A port the kernel just gave out and took back: free for the server a moment later. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address
          ? resolve(address.port)
          : reject(new Error('no port')),
      );
    });
  });
}
