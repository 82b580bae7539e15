/**
 * Swedish organisationsnummer (Bolagsverket, Skatteverket): NNNNNN-NNNC, Luhn, digits 3-4 at
 * least 20 (so it can never be a date of birth), optional '16' prefix in the 12-digit form. A sole
 * trader (enskild firma) has no number of its own and uses the owner's personnummer. Rules and
 * type names follow the `organisationsnummer` npm package.
 */
import { isLuhnValid } from './luhn';
import { formatPersonnummerShort, parsePersonnummer } from './personnummer';

export type OrganisationsnummerResult =
  | { ok: true; digits: string; formatted: string; type: string; vatNumber: string }
  | { ok: false; code: 'orgnr.invalid' };

export const SOLE_TRADER_TYPE = 'Enskild firma';
const UNKNOWN_TYPE = 'Okänt';

/** Legal form by the first digit (Skatteverket's "gruppnummer"). 0 and 4 are not issued. */
const TYPES: Record<string, string> = {
  '1': 'Dödsbo',
  '2': 'Stat, landsting, kommun',
  '3': 'Utländskt företag',
  '5': 'Aktiebolag',
  '6': 'Enkelt bolag',
  '7': 'Ekonomisk förening',
  '8': 'Ideell förening, stiftelse',
  '9': 'Handelsbolag, kommanditbolag',
};

const PATTERN = /^(?:16)?(\d{6})-?(\d{4})$/;

/** `today` only decides '-' or '+' in a sole trader's printed form (owner 100 or older). */
export function parseOrganisationsnummer(
  input: string,
  today: Date = new Date(),
): OrganisationsnummerResult {
  const legal = parseLegalPerson(input.trim());
  if (legal) return legal;
  const pnr = parsePersonnummer(input, today);
  if (!pnr.ok) return { ok: false, code: 'orgnr.invalid' };
  const digits = pnr.digits.slice(2);
  return {
    ok: true,
    digits,
    formatted: formatPersonnummerShort(pnr.digits, today),
    type: SOLE_TRADER_TYPE,
    vatNumber: vatNumber(digits),
  };
}

function parseLegalPerson(input: string): OrganisationsnummerResult | null {
  const m = PATTERN.exec(input);
  if (!m) return null;
  const digits = `${m[1]}${m[2]}`;
  // As the npm package: no leading 0 and digits 3-4 >= 20. Serial 000 does occur (559244-0001).
  if (digits[0] === '0' || digits.slice(2, 4) < '20') return null;
  if (!isLuhnValid(digits)) return null;
  return {
    ok: true,
    digits,
    formatted: formatOrganisationsnummer(digits),
    type: TYPES[digits[0] ?? ''] ?? UNKNOWN_TYPE,
    vatNumber: vatNumber(digits),
  };
}

/** Swedish VAT number (momsregistreringsnummer): SE + the 10 digits + 01. */
function vatNumber(digits10: string): string {
  return `SE${digits10}01`;
}

/** 'NNNNNN-NNNN', the printed form. */
export function formatOrganisationsnummer(digits10: string): string {
  if (!/^\d{10}$/.test(digits10)) throw new RangeError('expected a 10-digit organisationsnummer');
  return `${digits10.slice(0, 6)}-${digits10.slice(6)}`;
}
