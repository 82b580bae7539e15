/**
 * Pragmatic checks for contact and e-invoicing details. They catch typing mistakes; they do not
 * prove that an address or number exists.
 */

const MAX_EMAIL = 254;
// One @, something before it, a dotted domain of non-empty labels, no whitespace anywhere.
const EMAIL = /^[^\s@]+@[^\s@.]+(?:\.[^\s@.]+)+$/;

export function isValidEmail(s: string): boolean {
  return s.length <= MAX_EMAIL && EMAIL.test(s);
}

// A '+' only makes sense as the international prefix, so only first.
const PHONE = /^\+?[\d\s()-]+$/;

/** Digits, spaces, '-', parentheses and a leading '+'; 6 to 20 digits in all. */
export function isValidPhone(s: string): boolean {
  if (!PHONE.test(s.trim())) return false;
  const digits = s.replace(/\D/g, '').length;
  return digits >= 6 && digits <= 20;
}

// ISO 6523 scheme code (4 digits, e.g. 0007 Swedish orgnr, 0088 GLN), ':', then the identifier.
const PEPPOL_ID = /^\d{4}:[A-Za-z0-9][A-Za-z0-9._-]{0,49}$/;

/** Peppol participant id `NNNN:identifier`, e.g. 0007:5560160680. */
export function isValidPeppolId(s: string): boolean {
  return PEPPOL_ID.test(s);
}

/** GS1 Global Location Number: 13 digits, the last a GS1 mod-10 check digit. */
export function isValidGln(s: string): boolean {
  if (!/^\d{13}$/.test(s)) return false;
  return gs1CheckDigit(s.slice(0, 12)) === Number(s[12]);
}

/** GS1 check digit: from the right, weights 3, 1, 3, 1, ... over the payload. */
export function gs1CheckDigit(payload: string): number {
  let sum = 0;
  for (let i = 0; i < payload.length; i++) {
    const d = payload.charCodeAt(payload.length - 1 - i) - 48;
    sum += i % 2 === 0 ? d * 3 : d;
  }
  return (10 - (sum % 10)) % 10;
}
