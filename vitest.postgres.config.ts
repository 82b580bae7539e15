import { defineConfig } from 'vitest/config';
import base from './vitest.config.js';
import { POSTGRES_FILES } from './test/postgres-files.js';

/**
 * The integration suite's second run, on PostgreSQL (issue 16): the files in
 * test/postgres-files.ts, each test on a database of its own in a throwaway cluster that the
 * global setup starts and removes. `npm test` runs it after the SQLite run.
 */
export default defineConfig({
  test: {
    ...base.test,
    include: POSTGRES_FILES,
    globalSetup: ['test/support/postgres-global-setup.ts'],
    env: { ...base.test?.env, KUNDSTART_TEST_ENGINE: 'postgres' },
  },
});
