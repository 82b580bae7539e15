import { bothCases, type Dialect } from './dialect';

export const sqliteDialect: Dialect = {
  // VACUUM INTO is safe while the database is in use and writes a compact copy.
  copyInto: async (ds, file) => void (await ds.query('VACUUM INTO ?', [file])),
  assertRestorable: () => {},
  zeroFreedSpace: async (ds) => void (await ds.query('PRAGMA secure_delete = ON')),
  // A file written without secure_delete (the bundled SQLite before it was set at open) keeps
  // old rows in free space that zeroing from now on never reaches: VACUUM rewrites the file from
  // the live rows. The pages before it stay in the WAL until it is checkpointed and cut.
  dropLoggedCopies: async (ds) => {
    await ds.query('VACUUM');
    await ds.query('PRAGMA wal_checkpoint(TRUNCATE)');
  },
  containsAnyCase: (column, text) => ({ sql: `${column} GLOB ?`, param: anyCaseGlob(text) }),
  // One writer at a time: a transaction that writes already has the whole database.
  lockCustomer: async () => {},
  lockRecord: async () => {},
  insertionOrder: (alias) => (alias ? `${alias}.rowid` : 'rowid'),
};

/**
 * "åkesson" as a GLOB that finds "Örjan Åkesson": SQLite's LIKE ignores case for A–Z only, so
 * each letter becomes a class of both its cases; `*`, `?` and `[` are letters, not wildcards.
 */
export function anyCaseGlob(value: string): string {
  const letters = [...value].map((ch) => {
    const both = bothCases(ch);
    if (both.length > 1) return `[${both.join('')}]`;
    return '*?['.includes(ch) ? `[${ch}]` : ch;
  });
  return `*${letters.join('')}*`;
}
