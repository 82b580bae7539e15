import { describe, expect, it } from 'vitest';
import type { PreferenceStore } from '../../../electron/core/core';
import {
  chosenDatabase,
  passwordIn,
  startDatabase,
  storeDatabaseChoice,
} from '../../../electron/core/preferences/database-choice';

function memoryStore(): PreferenceStore {
  const values = new Map<string, unknown>();
  return { get: (key) => values.get(key), set: (key, value) => void values.set(key, value) };
}

const TEAM = 'postgres://kim@db.byran.se:5432/kundstart?sslmode=verify-full';
const ENV = { XDG_CONFIG_HOME: '/home/kim/.config' };

describe('the database a desktop start opens', () => {
  it('is the own file until a team database is chosen, then the chosen URL', () => {
    const store = memoryStore();
    expect(startDatabase(undefined, store, ENV)).toEqual({
      database: '/home/kim/.config/Kundstart/kundstart.db',
      fromPreferences: false,
    });
    storeDatabaseChoice(store, { kind: 'postgres', url: TEAM });
    expect(startDatabase(undefined, store, ENV)).toEqual({ database: TEAM, fromPreferences: true });
    storeDatabaseChoice(store, { kind: 'file' });
    expect(startDatabase(undefined, store, ENV).fromPreferences).toBe(false);
  });

  it('is --db or KUNDSTART_DB whatever was chosen', () => {
    const store = memoryStore();
    storeDatabaseChoice(store, { kind: 'postgres', url: TEAM });
    expect(startDatabase('/tmp/egen.db', store, ENV).database).toBe('/tmp/egen.db');
    const env = { ...ENV, KUNDSTART_DB: 'postgres://annan@server/db' };
    expect(startDatabase(undefined, store, env)).toEqual({
      database: 'postgres://annan@server/db',
      fromPreferences: false,
    });
  });

  it('never keeps a password typed into the URL', () => {
    const store = memoryStore();
    storeDatabaseChoice(store, {
      kind: 'postgres',
      url: 'postgres://kim:hemligt%20ord@db/kundstart',
    });
    expect(store.get('database')).toEqual({ kind: 'postgres', url: 'postgres://kim@db/kundstart' });
    expect(passwordIn('postgres://kim:hemligt%20ord@db/kundstart')).toBe('hemligt ord');
    store.set('database', { kind: 'postgres', url: 'inte en adress' });
    expect(chosenDatabase(store)).toEqual({ kind: 'file' });
  });
});
