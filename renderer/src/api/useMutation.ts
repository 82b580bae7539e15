import { useState } from 'react';
import type { Channel, InputOf, OutputOf } from '../../../shared/contract';
import type { Result } from '../../../shared/errors';
import { ApiError, invoke } from './client';

interface MutationOptions {
  /** Takes a refusal the screen shows its own way (e.g. on a field): true keeps it from `error`. */
  claim?: (error: ApiError) => boolean;
}

export interface Mutation<C extends Channel> {
  /** Calls the channel; `busy` and `error` follow it, and the answer is handed back as well. */
  run: (input: InputOf<C>) => Promise<Result<OutputOf<C>>>;
  busy: boolean;
  error: ApiError | null;
  reset: () => void;
}

/** A channel that changes something, for a dialog or form: whether it runs, and its refusal. */
export function useMutation<C extends Channel>(
  channel: C,
  options: MutationOptions = {},
): Mutation<C> {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);

  async function run(input: InputOf<C>): Promise<Result<OutputOf<C>>> {
    setError(null);
    setBusy(true);
    const result = await invoke(channel, input);
    setBusy(false);
    if (!result.ok) {
      const refusal = new ApiError(result.error);
      if (!options.claim?.(refusal)) setError(refusal);
    }
    return result;
  }

  return { run, busy, error, reset: () => setError(null) };
}
