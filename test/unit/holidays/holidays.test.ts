import { describe, expect, it } from 'vitest';
import { swedishHolidays } from '../../../electron/core/holidays/holidays';

const dateOf = (year: number, name: string) =>
  swedishHolidays(year).find((h) => h.name === name)?.date;

describe('Swedish public holidays, moving feasts included', () => {
  it.each([
    [2024, '2024-03-29', '2024-03-31', '2024-05-09', '2024-05-19'],
    [2025, '2025-04-18', '2025-04-20', '2025-05-29', '2025-06-08'],
    [2026, '2026-04-03', '2026-04-05', '2026-05-14', '2026-05-24'],
    [2027, '2027-03-26', '2027-03-28', '2027-05-06', '2027-05-16'],
    [2030, '2030-04-19', '2030-04-21', '2030-05-30', '2030-06-09'],
  ])(
    '%i: Good Friday, Easter, Ascension and Whitsun',
    (year, goodFriday, easter, ascension, whitsun) => {
      expect(dateOf(year, 'Långfredagen')).toBe(goodFriday);
      expect(dateOf(year, 'Påskdagen')).toBe(easter);
      expect(dateOf(year, 'Kristi himmelsfärdsdag')).toBe(ascension);
      expect(dateOf(year, 'Pingstdagen')).toBe(whitsun);
    },
  );

  it.each([
    [2024, '2024-06-21', '2024-06-22', '2024-11-02'],
    [2025, '2025-06-20', '2025-06-21', '2025-11-01'],
    [2026, '2026-06-19', '2026-06-20', '2026-10-31'],
    [2027, '2027-06-25', '2027-06-26', '2027-11-06'],
  ])(
    '%i: Midsummer Eve (de facto off), Midsummer Day and All Saints',
    (year, eve, day, allSaints) => {
      expect(swedishHolidays(year).find((h) => h.date === eve)).toMatchObject({ kind: 'deFacto' });
      expect(dateOf(year, 'Midsommardagen')).toBe(day);
      expect(dateOf(year, 'Alla helgons dag')).toBe(allSaints);
    },
  );

  it('has the fixed red days and marks the common half days', () => {
    const y = swedishHolidays(2026);
    const publicDays = y.filter((h) => h.kind === 'public').map((h) => h.date);
    expect(publicDays).toEqual(
      expect.arrayContaining([
        '2026-01-01',
        '2026-01-06',
        '2026-05-01',
        '2026-06-06',
        '2026-12-25',
        '2026-12-26',
      ]),
    );
    expect(publicDays).toHaveLength(13);
    expect(y.filter((h) => h.kind === 'deFacto').map((h) => h.date)).toEqual([
      '2026-06-19',
      '2026-12-24',
      '2026-12-31',
    ]);
    expect(y.filter((h) => h.kind === 'halfDay').map((h) => h.name)).toEqual([
      'Trettondagsafton',
      'Skärtorsdagen',
      'Valborgsmässoafton',
      'Allhelgonaafton',
    ]);
  });
});
