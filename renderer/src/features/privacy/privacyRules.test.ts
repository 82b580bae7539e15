import { describe, expect, it } from 'vitest';
import { daysOf, nameMatches, queryOf } from './privacyRules';

describe('the personal-data page', () => {
  it('searches by e-mail when the text has an @, else by personnummer', () => {
    expect(queryOf(' orjan@akesson-bygg.example ')).toEqual({
      email: 'orjan@akesson-bygg.example',
    });
    expect(queryOf('18900101-9802')).toEqual({ personnummer: '18900101-9802' });
  });

  it('confirms an erasure only with the name typed, whatever the case', () => {
    expect(nameMatches(' örjan ÅKESSON', 'Örjan Åkesson')).toBe(true);
    expect(nameMatches('Örjan', 'Örjan Åkesson')).toBe(false);
  });

  it('reads the retention: empty keeps, 1–3650 whole days, anything else is wrong', () => {
    expect(daysOf(' ')).toEqual({ days: null });
    expect(daysOf('30')).toEqual({ days: 30 });
    for (const text of ['0', '3651', '1.5', '-3', 'trettio']) expect(daysOf(text)).toBe('invalid');
  });
});
