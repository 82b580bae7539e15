import type { z } from 'zod';

/** A channel: the schema its input must pass, and (as a type only) what it answers. */
export interface ChannelSpec<I extends z.ZodType, O> {
  input: I;
  /** Never read at run time: carries the output type. */
  output?: O;
}

export function channel<O>() {
  return <I extends z.ZodType>(input: I): ChannelSpec<I, O> => ({ input });
}
