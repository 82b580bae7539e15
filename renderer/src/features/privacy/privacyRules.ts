import type { PersonQuery, Retention } from '../../../../shared/schemas/privacy';

/** An address has an @; anything else is taken for a personnummer, which the core checks. */
export function queryOf(text: string): PersonQuery {
  const value = text.trim();
  return value.includes('@') ? { email: value } : { personnummer: value };
}

/** Typing the name is the confirmation of an erasure: case and spaces around aside. */
export const nameMatches = (typed: string, name: string) =>
  typed.trim().toLocaleLowerCase('sv') === name.trim().toLocaleLowerCase('sv');

/** What was typed as days: '' keeps everything, a whole number 1–3650, anything else is wrong. */
export function daysOf(text: string): Retention | 'invalid' {
  const value = text.trim();
  if (value === '') return { days: null };
  if (!/^\d+$/.test(value)) return 'invalid';
  const days = Number(value);
  return days >= 1 && days <= 3650 ? { days } : 'invalid';
}
