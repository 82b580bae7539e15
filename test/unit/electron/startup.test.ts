import { describe, expect, it } from 'vitest';
import { AppError } from '../../../shared/errors';
import { dbFlag } from '../../../electron/main/args';
import { chosenDatabaseMessage, startupErrorMessage } from '../../../electron/main/startup-error';

describe('starting the desktop app', () => {
  it('takes the database from --db FILE or --db=FILE, like the CLI', () => {
    expect(dbFlag(['electron', '.', '--db', '/tmp/a.db'])).toBe('/tmp/a.db');
    expect(dbFlag(['Kundstart', '--db=/tmp/b.db'])).toBe('/tmp/b.db');
    expect(dbFlag(['Kundstart', '--dbx=/tmp/c.db'])).toBeUndefined();
    expect(dbFlag(['Kundstart'])).toBeUndefined();
  });

  it('explains a database from a newer Kundstart in Swedish, naming the file', () => {
    const message = startupErrorMessage(new AppError('db.newerVersion'), '/data/kundstart.db');
    expect(message).toContain('nyare version av Kundstart');
    expect(message).toContain('Databas: /data/kundstart.db');
    expect(message).toContain('Kundstart avslutas.');
  });

  it('names the code of any other refusal, and the message of an unexpected error', () => {
    expect(startupErrorMessage(new AppError('db.notKundstart'), '/x.db')).toContain(
      'ingen Kundstart-databas',
    );
    expect(startupErrorMessage(new Error('SQLITE_CANTOPEN'), undefined)).toContain(
      'SQLITE_CANTOPEN',
    );
  });

  it('offers the own file when the team database chosen under Inställningar cannot be reached', () => {
    const url = 'postgres://kim@db.byran.se:5432/kundstart';
    const message = chosenDatabaseMessage(new AppError('db.refused', 'Servern svarar inte.'), url);
    expect(message).toContain('(db.refused): Servern svarar inte.');
    expect(message).toContain(`Databas: ${url}`);
    expect(message).toContain('Inställningar → Databas');
  });
});
