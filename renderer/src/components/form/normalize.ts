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
