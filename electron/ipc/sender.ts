import { isAppUrl } from '../main/app-url';

/** What register.ts reads from an IPC event, as plain data so the rule can be tested alone. */
export interface SenderFacts {
  /** URL of the frame that sent the message; undefined when the frame is already gone. */
  url: string | undefined;
  /** True only for the window's main frame: sub-frames may host content we did not write. */
  isTopFrame: boolean;
  /** Id of the BrowserWindow that owns the sender, if any. */
  windowId: number | undefined;
}

/** A sender is trusted when it is the top frame of one of our windows, showing our own page. */
export function isTrustedSender(facts: SenderFacts, ownWindowIds: ReadonlySet<number>): boolean {
  return (
    facts.isTopFrame &&
    facts.windowId !== undefined &&
    ownWindowIds.has(facts.windowId) &&
    isAppUrl(facts.url)
  );
}
