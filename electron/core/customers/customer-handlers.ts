import type { ChannelsOf, DomainHandlers } from '../../../shared/contract/handlers';
import { collectiveCustomers, getBureau, saveBureau } from '../bureau/bureau-service';
import type { ServiceContext } from '../context';
import { onboardingOverview } from '../onboarding/onboarding-service';
import {
  createCustomer,
  findByOrgnr,
  getCustomer,
  listCustomers,
  revealContactPersonnummer,
  updateCustomer,
} from './customer-service';

type CustomerChannel = ChannelsOf<
  `bureau:${string}` | `customers:${string}` | 'onboarding:overview'
>;

/** The bureau and its customers (step 1), and the portfolio's checklist overview. */
export function createCustomerHandlers(ctx: ServiceContext): DomainHandlers<CustomerChannel> {
  return {
    'bureau:get': () => getBureau(ctx),
    'bureau:save': (input) => saveBureau(ctx, input, { requireVersion: true }),
    'bureau:collectiveCustomers': () => collectiveCustomers(ctx),
    'customers:list': (input) => listCustomers(ctx, input),
    'customers:get': ({ id }) => getCustomer(ctx, id),
    'customers:create': (input) => createCustomer(ctx, input),
    'customers:update': (input) => updateCustomer(ctx, input, { requireVersion: true }),
    'customers:findByOrgnr': ({ orgnr }) => findByOrgnr(ctx, orgnr),
    'customers:revealContactPersonnummer': ({ id }) => revealContactPersonnummer(ctx, id),
    'onboarding:overview': () => onboardingOverview(ctx),
  };
}
