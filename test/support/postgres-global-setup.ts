import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { openDatabase } from '../../electron/core/db/data-source';
import { startTestCluster, TEMPLATE } from './postgres';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The test cluster's URL (its `postgres` database); tests make their own databases. */
    pgUrl: string;
  }
}

/**
 * Vitest's global setup for the PostgreSQL run: one throwaway cluster for the whole run, a
 * template database migrated once (a test's CREATE DATABASE ... TEMPLATE copies it in tens of
 * milliseconds instead of running every migration), stopped and removed at the end.
 */
export default async function setup(project: TestProject): Promise<() => void> {
  const started = Date.now();
  const cluster = await startTestCluster();
  try {
    const admin = new pg.Client({ connectionString: cluster.url });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${TEMPLATE}`);
    await admin.end();
    const template = new URL(cluster.url);
    template.pathname = `/${TEMPLATE}`;
    await (await openDatabase(template.toString())).destroy();
  } catch (err) {
    cluster.stop();
    throw err;
  }
  console.info(`PostgreSQL test cluster ready in ${Date.now() - started} ms: ${cluster.url}`);
  project.provide('pgUrl', cluster.url);
  return () => cluster.stop();
}
