import type { Channel, OutputOf, ParsedInputOf } from './index';

/** Who is calling: the audit log's actor comes from the bureau profile, not from here. */
export interface CallContext {
  transport: 'ipc' | 'http' | 'cli' | 'test';
}

/** The handler map every transport serves: one function per channel, no more, no fewer. */
export type Handlers = {
  [C in Channel]: (input: ParsedInputOf<C>, ctx: CallContext) => Promise<OutputOf<C>>;
};

/** The channels whose names match P, e.g. ChannelsOf<`invoices:${string}`>. */
export type ChannelsOf<P extends string> = Extract<Channel, P>;

/** One domain's part of the handler map; createHandlers joins the parts and checks the whole. */
export type DomainHandlers<C extends Channel> = Pick<Handlers, C>;

/** The shape the renderer's client and the preload expose. */
export interface KundstartBridge {
  invoke<C extends Channel>(
    channel: C,
    input: import('./index').InputOf<C>,
  ): Promise<import('../errors').Result<OutputOf<C>>>;
  on<E extends import('./index').EventName>(
    event: E,
    listener: (payload: import('./index').EventPayload<E>) => void,
  ): () => void;
}
