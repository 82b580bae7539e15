import { AppError } from '../../shared/errors';
import { parseOrganisationsnummer } from '../../shared/domain/organisationsnummer';
import type { Core } from '../core/core';
import { call } from './session';

/** `--customer ID|ORGNR`: an organisation number in any written form, else the customer's id. */
export async function resolveCustomer(core: Core, ref: string): Promise<string> {
  if (parseOrganisationsnummer(ref).ok) {
    const found = await call(core, 'customers:findByOrgnr', { orgnr: ref });
    if (found) return found.id;
    throw new AppError('customer.notFound', `Ingen kund har organisationsnummer ${ref}`);
  }
  return (await call(core, 'customers:get', { id: ref })).id;
}
