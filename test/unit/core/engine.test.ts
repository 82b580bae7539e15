import { describe, expect, it } from 'vitest';
import { postgresDialect } from '../../../electron/core/db/dialect/postgres';
import { displayedDatabase, engineFor } from '../../../electron/core/db/engine';
import { numberPlaceholders } from '../../../electron/core/db/placeholders';
import { localFileFor, resolveDbFile } from '../../../electron/core/paths';

const TEAM = 'postgres://anna@db.ekask.example:6432/kundstart?sslmode=verify-full';

describe('choosing the database', () => {
  it('takes a postgres:// or postgresql:// URL for the team database, anything else for a file', () => {
    expect(engineFor(TEAM)).toBe('postgres');
    expect(engineFor('postgresql://db/kundstart')).toBe('postgres');
    expect(engineFor('/home/anna/kundstart.db')).toBe('sqlite');
    expect(engineFor('postgres.db')).toBe('sqlite');
  });

  it('keeps a URL from --db or KUNDSTART_DB as it is, and makes a file path absolute', () => {
    expect(resolveDbFile(TEAM)).toBe(TEAM);
    expect(resolveDbFile(undefined, { KUNDSTART_DB: TEAM })).toBe(TEAM);
    expect(resolveDbFile('kundstart.db')).toBe(`${process.cwd()}/kundstart.db`);
  });

  it('keeps a team database’s own files under the app-data folder, named for the database', () => {
    const env = { XDG_CONFIG_HOME: '/home/anna/.config' };
    expect(localFileFor(TEAM, env)).toBe(
      '/home/anna/.config/Kundstart/team/db.ekask.example-6432-kundstart',
    );
    expect(localFileFor('postgres://db/kundstart', env)).toBe(
      '/home/anna/.config/Kundstart/team/db-5432-kundstart',
    );
    expect(localFileFor('/data/kundstart.db', env)).toBe('/data/kundstart.db');
  });

  it('never repeats a password typed into the URL', () => {
    expect(displayedDatabase('postgres://anna:hemligt@db/kundstart')).toBe(
      'postgres://anna:***@db/kundstart',
    );
    expect(displayedDatabase(TEAM)).toBe(TEAM);
  });
});

describe('raw SQL on PostgreSQL', () => {
  it('numbers ? placeholders, leaving quoted text and TypeORM’s own numbering alone', () => {
    expect(numberPlaceholders(`SELECT 'a?' FROM "t?" WHERE a = ? AND b IN (?, ?)`)).toBe(
      `SELECT 'a?' FROM "t?" WHERE a = $1 AND b IN ($2, $3)`,
    );
    expect(numberPlaceholders('SELECT * FROM t WHERE a = $1')).toBe('SELECT * FROM t WHERE a = $1');
  });

  it('finds text in any case, Swedish letters too, with every other character literal', () => {
    const { sql, param } = postgresDialect.containsAnyCase('a.subject', 'åk.(1)');
    expect(sql).toBe('a.subject ~ ?');
    expect(param).toBe('[åÅ][kK]\\.\\(1\\)');
    expect(new RegExp(param).test('Örjan ÅKesson')).toBe(false);
    expect(new RegExp(param).test('ÅK.(1) AB')).toBe(true);
  });
});
