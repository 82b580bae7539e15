/**
 * Luhn (mod 10) check, as used by personnummer and organisationsnummer: counting from the right,
 * every second digit is doubled and the digit sum of the whole must end in 0.
 */

/** Sum of the Luhn-weighted digits, the rightmost one doubled when `doubleLast` is set. */
function weightedSum(digits: string, doubleLast: boolean): number {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = digits.charCodeAt(digits.length - 1 - i) - 48;
    if ((i % 2 === 0) === doubleLast) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum;
}

/** True when `digits` (digits only, at least two) ends in its own correct Luhn check digit. */
export function isLuhnValid(digits: string): boolean {
  if (!/^\d{2,}$/.test(digits)) return false;
  return weightedSum(digits, false) % 10 === 0;
}

/** The check digit (0-9) that makes `payload + digit` Luhn-valid. */
export function luhnCheckDigit(payload: string): number {
  if (!/^\d+$/.test(payload)) throw new RangeError('luhnCheckDigit: digits only');
  return (10 - (weightedSum(payload, true) % 10)) % 10;
}
