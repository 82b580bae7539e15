import pg from 'pg';
import { postgresBinDir } from '../prerequisites.js';
import { startTestCluster, type TestCluster } from '../support/postgres';

/** Why a spec on a team database cannot run here, or null where PostgreSQL's server is installed. */
export const POSTGRES_MISSING = postgresBinDir()
  ? null
  : 'PostgreSQL’s server programs (initdb, pg_ctl) are missing: apt-get install postgresql';

/**
 * A throwaway PostgreSQL cluster for one spec file (test/support/postgres.ts), handing out an
 * empty database per test: the app migrates it at its first start, as on a bureau's new server.
 */
export class TeamServer {
  private constructor(private readonly cluster: TestCluster) {}
  private made = 0;

  static async start(): Promise<TeamServer> {
    return new TeamServer(await startTestCluster());
  }

  /** A new, empty database on the cluster: its `postgres://` URL. */
  async database(): Promise<string> {
    const name = `kundstart_e2e_${++this.made}`;
    const admin = new pg.Client({ connectionString: this.cluster.url });
    await admin.connect();
    try {
      await admin.query(`CREATE DATABASE ${name}`);
    } finally {
      await admin.end();
    }
    const url = new URL(this.cluster.url);
    url.pathname = `/${name}`;
    return url.toString();
  }

  stop(): void {
    this.cluster.stop();
  }
}
