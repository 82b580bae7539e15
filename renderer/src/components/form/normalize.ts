import { parseOrganisationsnummer } from '../../../../shared/domain/organisationsnummer';
import { formatPersonnummer, parsePersonnummer } from '../../../../shared/domain/personnummer';

/** A valid organisationsnummer in its printed form (NNNNNN-NNNN); anything else unchanged. */
export function normalizeOrgnr(value: string): string {
  const parsed = parseOrganisationsnummer(value.trim());
  return parsed.ok ? parsed.formatted : value;
}

/** A valid personnummer as YYYYMMDD-NNNN; anything else unchanged. */
export function normalizePersonnummer(value: string): string {
  const parsed = parsePersonnummer(value.trim());
  return parsed.ok ? formatPersonnummer(parsed.digits) : value;
}

/** "9", "930", "9.30", "9,30" and "9:30" as "09:30"; anything else unchanged. */
export function normalizeClock(value: string): string {
  const match = /^(\d{1,2})(?:[:.,]?(\d{2}))?$/.exec(value.trim());
  if (!match) return value;
  const hours = Number(match[1]);
  const minutes = Number(match[2] ?? '0');
  if (hours > 23 || minutes > 59) return value;
  return `${String(hours).padStart(2, '0')}:${String(minutes).padStart(2, '0')}`;
}
