import type { ChannelsOf, DomainHandlers } from '../../../shared/contract/handlers';
import type { ServiceContext } from '../context';
import { erasePerson } from './person-erase';
import { exportPerson, findPerson } from './person-export';
import { getRetention, setRetention } from './retention';

export type PrivacyChannel = ChannelsOf<
  | 'privacy:find'
  | 'privacy:export'
  | 'privacy:erase'
  | 'privacy:getRetention'
  | 'privacy:setRetention'
>;

/** Personal-data requests: where a person is held, their register extract, their erasure. */
export function createPrivacyHandlers(ctx: ServiceContext): DomainHandlers<PrivacyChannel> {
  return {
    'privacy:find': (query) => findPerson(ctx, query),
    'privacy:export': async ({ query, format }) => {
      const file = await exportPerson(ctx, query, format);
      return { fileName: file.fileName, base64: file.bytes.toString('base64') };
    },
    'privacy:erase': (query) => erasePerson(ctx, query),
    'privacy:getRetention': () => getRetention(ctx),
    'privacy:setRetention': (input) => setRetention(ctx, input),
  };
}
