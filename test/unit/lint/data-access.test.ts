import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: new URL('../../../', import.meta.url).pathname });

async function dataAccessErrors(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? [])
    .filter((m) => m.ruleId === 'data-access/through-the-data-source')
    .map((m) => m.message);
}

/** What would reach SQLite around the single writer of electron/core/db/disciplined-driver.ts. */
const BYPASSES = [
  "import sqlite3 from 'sqlite3';\nnew sqlite3.Database('x.db');",
  "const sqlite3 = await import('sqlite3');",
  "import { SqliteQueryRunner } from 'typeorm/driver/sqlite/SqliteQueryRunner.js';",
  'declare const ds: { driver: { databaseConnection: unknown } };\nds.driver.databaseConnection;',
  'declare const ds: { createQueryRunner(): unknown };\nds.createQueryRunner();',
];

describe('one data-access discipline, enforced by lint', () => {
  it.each(BYPASSES)('refuses, in a service: %s', async (code) => {
    const errors = await dataAccessErrors('electron/core/users/leak.ts', `${code}\nexport {};\n`);
    expect(errors).not.toEqual([]);
    for (const error of errors) expect(error).toContain('single writer');
  });

  it.each(BYPASSES)('allows, in electron/core/db/ itself: %s', async (code) => {
    expect(await dataAccessErrors('electron/core/db/ok.ts', `${code}\nexport {};\n`)).toEqual([]);
  });

  it('allows what services do: transactions and repositories of the data source', async () => {
    const code = [
      "import type { DataSource } from 'typeorm';",
      'declare const ds: DataSource;',
      'await ds.transaction(async (m) => m.query("UPDATE users SET note = 1"));',
      'await ds.getRepository("User").find();',
      'export {};',
    ].join('\n');
    expect(await dataAccessErrors('electron/core/users/ok.ts', code)).toEqual([]);
  });
});
