import { useCallback, useEffect, useEffectEvent, useState } from 'react';
import type { Channel, EventName, EventPayload, InputOf, OutputOf } from '../../../shared/contract';
import { ApiError, call, on, toApiError } from './client';

export interface QueryState<T> {
  data: T | undefined;
  error: ApiError | null;
  /** True only while there is nothing to show yet: a refresh keeps the old data on screen. */
  loading: boolean;
  reload: () => void;
}

interface QueryOptions {
  /** Events after which the query runs again (e.g. 'customers:changed'). */
  refreshOn?: readonly EventName[];
  enabled?: boolean;
}

/** Runs a channel and keeps its answer; runs again when the input or a named event changes. */
export function useQuery<C extends Channel>(
  channel: C,
  input: InputOf<C>,
  options: QueryOptions = {},
): QueryState<OutputOf<C>> {
  const { refreshOn = [], enabled = true } = options;
  const [state, setState] = useState<{ data?: OutputOf<C>; error: ApiError | null; key: string }>({
    error: null,
    key: '',
  });
  const [generation, setGeneration] = useState(0);
  // Inputs are plain JSON: compare them by value so callers may pass literals.
  const inputJson = JSON.stringify(input);
  const key = `${channel}:${inputJson}`;
  const reload = useCallback(() => setGeneration((g) => g + 1), []);

  useEffect(() => {
    if (!enabled) return;
    let live = true;
    call(channel, JSON.parse(inputJson) as InputOf<C>).then(
      (data) => live && setState({ data, error: null, key }),
      (error: unknown) => live && setState((s) => ({ ...s, error: toApiError(error), key })),
    );
    return () => {
      live = false;
    };
  }, [channel, key, inputJson, generation, enabled]);

  const events = refreshOn.join(',');
  useEffect(() => {
    if (!events) return;
    const offs = events.split(',').map((event) => on(event as EventName, reload));
    return () => offs.forEach((off) => off());
  }, [events, reload]);

  const current = state.key === key;
  return {
    data: current ? state.data : undefined,
    error: current ? state.error : null,
    loading: enabled && (!current || (state.data === undefined && !state.error)),
    reload,
  };
}

/** Subscribes to one pushed event for the component's lifetime. */
export function useEvent<E extends EventName>(
  event: E,
  listener: (payload: EventPayload<E>) => void,
): void {
  const onEvent = useEffectEvent(listener);
  useEffect(() => on(event, (payload) => onEvent(payload)), [event]);
}
