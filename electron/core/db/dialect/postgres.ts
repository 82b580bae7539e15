import { AppError } from '../../../../shared/errors';
import { bothCases, type Dialect } from './dialect';

/** Backups and restores of a team database are its server's (pg_dump, the provider's own). */
export const teamBackupRefusal = () =>
  new AppError(
    'backup.failed',
    'En teamdatabas på PostgreSQL säkerhetskopieras och återställs av databasservern, inte av Kundstart.',
  );

export const postgresDialect: Dialect = {
  copyInto: () => {
    throw teamBackupRefusal();
  },
  assertRestorable: () => {
    throw teamBackupRefusal();
  },
  // PostgreSQL reuses freed space through VACUUM, which its autovacuum runs; the server's own
  // WAL archive is the operator's (a later session: VACUUM after an erasure).
  zeroFreedSpace: async () => {},
  dropLoggedCopies: async () => {},
  // A regular expression of letter classes: ILIKE folds case by the server's locale, which may
  // be C and leave "å" and "Å" apart.
  containsAnyCase: (column, text) => ({ sql: `${column} ~ ?`, param: anyCaseRegex(text) }),
  lockCustomer: async (m, customerId) =>
    void (await m.query('SELECT 1 FROM collaborations WHERE customer_id = ? FOR UPDATE', [
      customerId,
    ])),
  lockRecord: async (m, table, id) =>
    void (await m.query(`SELECT 1 FROM ${table} WHERE id = ? FOR UPDATE`, [id])),
  // No rowid: ids are random, so equal timestamps keep a fixed but not the inserted order.
  insertionOrder: (alias) => (alias ? `${alias}.id` : 'id'),
};

/** "åkesson" as a POSIX regex that finds "Örjan Åkesson"; every other character is literal. */
export function anyCaseRegex(value: string): string {
  return [...value]
    .map((ch) => {
      const both = bothCases(ch);
      if (both.length > 1) return `[${both.join('')}]`;
      return /[\\^$.|?*+()[\]{}]/.test(ch) ? `\\${ch}` : ch;
    })
    .join('');
}
