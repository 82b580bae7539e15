import { describe, expect, it } from 'vitest';
import { csvBytes } from '../../../electron/core/import/csv-writer';
import { unguard } from '../../../electron/core/import/values';

/** The cells of a one-row CSV as a spreadsheet would split them (no quoting in these cells). */
const written = (cells: string[]) =>
  csvBytes([cells]).subarray(3).toString('utf8').replace(/\r\n$/, '').split(';');

describe('the CSV export neutralises formulas', () => {
  const FORMULAS = ['=1+1', '+1', '-1', '@SUM(A1)'];
  // Excel reads the full-width forms as their ASCII selves when it looks for a formula.
  const FULL_WIDTH = ['\uFF1D1+1', '\uFF0B1', '\uFF0D1', '\uFF20SUM(A1)'];

  it.each([...FORMULAS, ...FULL_WIDTH])('writes %s with a leading apostrophe', (cell) => {
    expect(written([cell])).toEqual([`'${cell}`]);
  });

  it('neutralises a cell that starts with a tab, as OWASP recommends', () => {
    expect(written(['\t=1+1'])).toEqual(["'\t=1+1"]);
  });

  it('neutralises a cell that starts with a carriage return (quoted, as it holds one)', () => {
    const text = csvBytes([['\r=1+1']])
      .subarray(3)
      .toString('utf8');
    expect(text).toBe(`"'\r=1+1"\r\n`);
  });

  it('leaves ordinary text alone', () => {
    expect(written(['Åsa', 'Öberg-Ek', '070-123 45 67'])).toEqual([
      'Åsa',
      'Öberg-Ek',
      '070-123 45 67',
    ]);
  });

  it.each([...FORMULAS, ...FULL_WIDTH, '\t=1'])('reads %s back as it was written', (cell) => {
    expect(unguard(written([cell])[0]!)).toBe(cell);
  });
});
