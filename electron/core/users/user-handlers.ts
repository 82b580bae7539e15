import type { ChannelsOf, DomainHandlers } from '../../../shared/contract/handlers';
import type { ServiceContext } from '../context';
import type { ImportChannel } from '../import/import-handlers';
import { getLicences, setLicences } from './licence-service';
import {
  bulkUpdate,
  deleteUsers,
  listUsers,
  revealUserPersonnummer,
  saveUser,
  usersSummary,
} from './user-service';

type UserChannel = Exclude<ChannelsOf<`users:${string}` | `licences:${string}`>, ImportChannel>;

/** Step 3: the customer's users, one at a time or many, and its licences. */
export function createUserHandlers(ctx: ServiceContext): DomainHandlers<UserChannel> {
  return {
    'users:list': ({ customerId }) => listUsers(ctx, customerId),
    'users:save': (input) => saveUser(ctx, input, { requireVersion: true }),
    'users:bulkUpdate': (input) => bulkUpdate(ctx, input),
    'users:delete': (input) => deleteUsers(ctx, input),
    'users:revealPersonnummer': ({ id }) => revealUserPersonnummer(ctx, id),
    'users:summary': ({ customerId }) => usersSummary(ctx, customerId),
    'licences:get': ({ customerId }) => getLicences(ctx, customerId),
    'licences:set': (input) => setLicences(ctx, input),
  };
}
