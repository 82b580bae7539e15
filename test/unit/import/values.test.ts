import { describe, expect, it } from 'vitest';
import { mapRole, mapSalaryForm } from '../../../electron/core/import/values';

describe('reading role and salary-form cells', () => {
  it('knows the Swedish and English names in any case, with or without å ä ö', () => {
    expect(['MÅN', 'Månadslön', 'manadslon', 'Monthly'].map(mapSalaryForm)).toEqual([
      'monthly',
      'monthly',
      'monthly',
      'monthly',
    ]);
    expect(['TIM', 'timlön', 'Hourly'].map(mapSalaryForm)).toEqual(['hourly', 'hourly', 'hourly']);
    expect(['Rapportör', 'ATTESTANSVARIG', 'Administratör', 'admin'].map(mapRole)).toEqual([
      'reporter',
      'approver',
      'admin',
      'admin',
    ]);
  });

  it('treats an empty cell as not given, and says unknown for anything else', () => {
    expect(mapSalaryForm('  ')).toBeNull();
    expect(mapRole('')).toBe('reporter');
    expect(mapSalaryForm('Veckolön')).toBe('unknown');
    expect(mapRole('Chef')).toBe('unknown');
  });

  it("never mistakes a word that names a property of JavaScript's objects for a value", () => {
    for (const cell of ['constructor', 'Constructor', '__proto__', 'hasOwnProperty', 'toString']) {
      expect(mapSalaryForm(cell)).toBe('unknown');
      expect(mapRole(cell)).toBe('unknown');
    }
  });

  it('answers the same for a value seen many times', () => {
    const answers = Array.from({ length: 5000 }, (_, i) => mapRole(i % 2 ? 'Rapportör' : 'x' + i));
    expect(answers.filter((a) => a === 'reporter')).toHaveLength(2500);
    expect(answers.filter((a) => a === 'unknown')).toHaveLength(2500);
  });
});
