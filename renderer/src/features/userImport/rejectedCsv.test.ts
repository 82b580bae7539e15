import { describe, expect, it } from 'vitest';
import type { ImportTable } from '../../../../shared/schemas/import';
import { rejectedFileName, rejectedRowsCsv, utf8BomBase64 } from './rejectedCsv';

const table: ImportTable = {
  format: 'csv',
  encoding: 'windows-1252',
  delimiter: ';',
  headers: ['Förnamn', 'Efternamn', 'E-post'],
  rows: [
    { line: 2, cells: ['Åsa', 'Öberg', 'asa@akesson.example'] },
    { line: 3, cells: ['=HYPERLINK("x")', 'Ström', 'bo(at)akesson'] },
    { line: 4, cells: ['-1', 'Ek; Ab'] },
  ],
  notes: [],
};

describe('the rejected rows file', () => {
  it('keeps the headers, only the rejected rows and their reasons, formulas defused', () => {
    const csv = rejectedRowsCsv(
      table,
      [
        {
          row: 2,
          field: 'personnummer',
          code: 'personnummer.missing',
          severity: 'warning',
          message: 'w',
        },
        {
          row: 3,
          field: 'email',
          code: 'email.invalid',
          severity: 'error',
          message: 'E-postadressen är inte giltig.',
        },
        {
          row: 4,
          field: 'email',
          code: 'login.none',
          severity: 'error',
          message: 'Ingen inloggning.',
        },
        { row: 4, field: 'name', code: 'name.missing', severity: 'error', message: 'Namn saknas.' },
      ],
      'Fel',
    );
    expect(csv).toBe(
      'Förnamn;Efternamn;E-post;Fel\r\n' +
        `"'=HYPERLINK(""x"")";Ström;bo(at)akesson;E-postadressen är inte giltig.\r\n` +
        `'-1;"Ek; Ab";;Ingen inloggning. Namn saknas.\r\n`,
    );
  });

  it('is written for the largest file an import takes, 200,000 rows', () => {
    const rows = Array.from({ length: 200_000 }, (_, i) => ({ line: i + 2, cells: [`Åsa${i}`] }));
    const issue = { row: 200_001, field: 'email', code: 'login.none' as const };
    const csv = rejectedRowsCsv(
      { ...table, rows },
      [{ ...issue, severity: 'error', message: 'x' }],
      'Fel',
    );
    expect(csv).toBe('Förnamn;Efternamn;E-post;Fel\r\nÅsa199999;;;x\r\n');
  });

  it('is UTF-8 with a byte order mark and named after the file', () => {
    expect(
      atob(utf8BomBase64('Å'))
        .split('')
        .map((c) => c.charCodeAt(0)),
    ).toEqual([0xef, 0xbb, 0xbf, 0xc3, 0x85]);
    expect(rejectedFileName('personal.csv', 'avvisade')).toBe('personal-avvisade.csv');
  });
});
