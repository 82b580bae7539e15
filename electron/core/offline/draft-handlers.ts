import type { ChannelsOf, DomainHandlers } from '../../../shared/contract/handlers';
import type { ServiceContext } from '../context';
import { discardDrafts, draftsFileFor, listDrafts, sendDrafts } from './drafts';

type DraftChannel = ChannelsOf<`offlineDrafts:${string}`>;

/** The new customers prepared offline (drafts.ts): list, send, discard. */
export function createOfflineDraftHandlers(ctx: ServiceContext): DomainHandlers<DraftChannel> {
  const file = () => draftsFileFor(ctx.dbFile);
  return {
    'offlineDrafts:list': () => listDrafts(file()),
    'offlineDrafts:send': () => sendDrafts(ctx),
    'offlineDrafts:discard': ({ orgnrs }) => discardDrafts(file(), orgnrs),
  };
}
