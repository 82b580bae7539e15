import { TableForeignKey } from 'typeorm';

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
