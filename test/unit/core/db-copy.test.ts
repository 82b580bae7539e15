import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createFieldCipher } from '../../../electron/core/crypto/cipher';
import { planTables } from '../../../electron/core/db/copy/plan';
import { rekeyRow, storedRowSum, type TableCodec } from '../../../electron/core/db/copy/rows';
import type { SourceTable } from '../../../electron/core/db/copy/source';

const table = (name: string, references: string[] = []): SourceTable => ({
  name,
  columns: ['id'],
  primaryKey: ['id'],
  references,
});

describe('planTables: the order and the kind of each table', () => {
  it('puts every table after the tables it points to, and finds what hangs off customers', () => {
    const planned = planTables([
      table('users', ['customers', 'reporting_profiles']),
      table('user_invitations', ['users', 'customers']),
      table('reporting_profiles', ['customers']),
      table('price_list_addons', ['price_lists']),
      table('price_lists'),
      table('customers'),
      table('bureau'),
    ]);
    const order = planned.map((t) => t.name);
    expect(order.indexOf('customers')).toBeLessThan(order.indexOf('reporting_profiles'));
    expect(order.indexOf('reporting_profiles')).toBeLessThan(order.indexOf('users'));
    expect(order.indexOf('users')).toBeLessThan(order.indexOf('user_invitations'));
    expect(order.indexOf('price_lists')).toBeLessThan(order.indexOf('price_list_addons'));
    const kinds = Object.fromEntries(planned.map((t) => [t.name, t.kind]));
    expect(kinds).toMatchObject({
      customers: 'customer',
      users: 'customer',
      user_invitations: 'customer',
      bureau: 'bureau',
      price_lists: 'bureau',
      price_list_addons: 'bureau',
    });
  });
});

describe('rekeyRow: a row on its way from one key to another', () => {
  const from = createFieldCipher(randomBytes(32));
  const to = createFieldCipher(randomBytes(32));
  const codec: TableCodec = {
    table: 'users',
    columns: ['id', 'personnummer_enc', 'personnummer_fp', 'is_primary_contact'],
    types: new Map([
      ['id', 'character varying'],
      ['personnummer_enc', 'text'],
      ['personnummer_fp', 'character varying'],
      ['is_primary_contact', 'boolean'],
    ]),
  };
  const pnr = '189001019802';
  const row = {
    id: 'u1',
    personnummer_enc: from.encrypt(pnr),
    personnummer_fp: from.fingerprint(pnr),
    is_primary_contact: 1,
  };

  it('re-encrypts and re-fingerprints with the target key; the checksum is of clear values', () => {
    const { insert, sum } = rekeyRow(codec, row, from, to);
    expect(to.decrypt(String(insert.personnummer_enc))).toBe(pnr);
    expect(insert.personnummer_fp).toBe(to.fingerprint(pnr));
    expect(insert.is_primary_contact).toBe(true);
    // What PostgreSQL hands back for the stored row sums the same.
    expect(storedRowSum(codec, insert, to)).toBe(sum);
    expect(storedRowSum(codec, { ...insert, is_primary_contact: false }, to)).not.toBe(sum);
  });

  it('refuses a fingerprint that is not its encrypted column’s', () => {
    const odd = { ...row, personnummer_fp: from.fingerprint('189001159806') };
    expect(() => rekeyRow(codec, odd, from, to)).toThrow(/personnummer_fp/);
  });

  it('moves a generated id past the target’s own', () => {
    const log: TableCodec = {
      table: 'audit_log',
      columns: ['id'],
      types: new Map([['id', 'integer']]),
      shift: { column: 'id', by: 40 },
    };
    expect(rekeyRow(log, { id: 2 }, from, to).insert).toEqual({ id: 42 });
  });
});
