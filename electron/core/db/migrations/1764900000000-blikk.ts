import { Table, type MigrationInterface, type QueryRunner } from 'typeorm';
import { toCustomer, varchar } from './columns';

const str = varchar;
const int = (name: string) => ({ name, type: 'integer' });

/**
 * Reconciling with Blikk: the bureau's Blikk settings, each customer's API application (its secret
 * encrypted with the data key) and the last reconciliation's result. The result holds what Blikk
 * returned about people (names, e-mail, personnummer), so it is stored encrypted as one document,
 * with the counts the portfolio lists beside it in clear.
 */
export class Blikk1764900000000 implements MigrationInterface {
  name = 'Blikk1764900000000';

  async up(q: QueryRunner): Promise<void> {
    await q.createTable(blikkSettings());
    await q.createTable(blikkConnections());
    await q.createTable(blikkReconciliations());
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of ['blikk_reconciliations', 'blikk_connections', 'blikk_settings']) {
      await q.dropTable(table);
    }
  }
}

function blikkSettings(): Table {
  return new Table({
    name: 'blikk_settings',
    columns: [
      { ...int('id'), isPrimary: true },
      // '' means Blikk's own address (DEFAULT_BLIKK_API_URL).
      str('api_url', 500),
      str('updated_at', 32),
    ],
  });
}

function blikkConnections(): Table {
  return new Table({
    name: 'blikk_connections',
    columns: [
      { ...str('customer_id', 36), isPrimary: true },
      str('app_id', 200),
      { name: 'secret_enc', type: 'text' },
      str('created_at', 32),
      str('updated_at', 32),
      str('tested_at', 32, true),
      // null: the last test succeeded; else its error code (blikk.auth, blikk.offline, ...).
      str('test_code', 40, true),
    ],
    foreignKeys: [toCustomer()],
  });
}

function blikkReconciliations(): Table {
  return new Table({
    name: 'blikk_reconciliations',
    columns: [
      { ...str('customer_id', 36), isPrimary: true },
      // When the last attempt finished, and whether it was read (matched | differences | failed).
      str('attempted_at', 32),
      str('status', 12),
      str('error_code', 40, true),
      // The last successful reading: when, how many open items, and the encrypted result.
      str('reconciled_at', 32, true),
      { ...int('open_count'), isNullable: true },
      { name: 'result_enc', type: 'text', isNullable: true },
    ],
    foreignKeys: [toCustomer()],
  });
}
