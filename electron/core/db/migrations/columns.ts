import { TableForeignKey, type QueryRunner } from 'typeorm';

/*
 * Column helpers the migrations share. A migration's meaning must never change once shipped, so
 * these stay as they are: a new need gets a new helper, not an edit.
 */

export const varchar = (name: string, length: number, nullable = false) => ({
  name,
  type: 'varchar',
  length: String(length),
  isNullable: nullable,
});

export const flag = (name: string) => ({ name, type: 'boolean' });

/** customer_id → customers.id; the row goes with its customer. */
export const toCustomer = () =>
  new TableForeignKey({
    columnNames: ['customer_id'],
    referencedTableName: 'customers',
    referencedColumnNames: ['id'],
    onDelete: 'CASCADE',
  });

/**
 * A point in time, for migrations from 1765610000000 on: an ISO-8601 string on SQLite (it sorts
 * as text, and the entities read it as one), `timestamptz` on PostgreSQL, which the data source
 * hands back as the same ISO string (postgres-data-source.ts).
 */
export const stamp = (q: QueryRunner, name: string, nullable = false) =>
  q.connection.options.type === 'postgres'
    ? { name, type: 'timestamptz', isNullable: nullable }
    : varchar(name, 32, nullable);
