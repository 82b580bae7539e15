import type { ChannelsOf, DomainHandlers } from '../../../shared/contract/handlers';
import type { ServiceContext } from '../context';
import { createCopyAssistant } from '../db/copy/assistant';

type CopyChannel = ChannelsOf<'database:copyPreview' | 'database:copy' | 'database:copyCancel'>;

/** The assistant that moves this file's portfolio to the team database (issue 16 item 5). */
export function createDatabaseCopyHandlers(ctx: ServiceContext): DomainHandlers<CopyChannel> {
  const assistant = createCopyAssistant(ctx);
  return {
    'database:copyPreview': (target) => assistant.preview(target),
    'database:copy': (target) => assistant.copy(target),
    'database:copyCancel': async () => {
      assistant.cancel();
      return null;
    },
  };
}
