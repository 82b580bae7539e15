import { useCallback, useEffect, useRef, useState } from 'react';
import type { AuditEntry, AuditFilter } from '../../../../shared/schemas/app';
import { ApiError, call, toApiError } from '../../api/client';

/** A page as the list asks for it: enough to fill a tall window twice. */
export const PAGE_SIZE = 100;

const short = (page: AuditEntry[]) => page.length < PAGE_SIZE;

interface Pages {
  key: string;
  entries: AuditEntry[];
  /** No older entries: the last page came back short. */
  done: boolean;
  error: ApiError | null;
}

/**
 * The log a page at a time, newest first: the first page when the filter changes, the next
 * (older than the last entry shown) when the list scrolls near its end. An answer for a filter
 * no longer on screen is dropped.
 */
export function useAuditPages(filter: AuditFilter) {
  const key = JSON.stringify(filter);
  const [pages, setPages] = useState<Pages>({ key: '', entries: [], done: false, error: null });
  const [loading, setLoading] = useState(false);
  const inFlight = useRef<string | null>(null);
  const latest = useRef(key);
  const current = pages.key === key ? pages : null;

  const fetchPage = useCallback(async (forKey: string, before: number | undefined) => {
    const token = `${forKey}:${before ?? ''}`;
    if (inFlight.current === token) return;
    inFlight.current = token;
    setLoading(true);
    try {
      const input = { ...(JSON.parse(forKey) as AuditFilter), before, limit: PAGE_SIZE };
      const page = await call('audit:list', input);
      setPages((p) => {
        if (forKey !== latest.current) return p;
        if (before === undefined)
          return { key: forKey, entries: page, done: short(page), error: null };
        if (p.key !== forKey || p.entries.at(-1)?.id !== before) return p;
        return { ...p, entries: [...p.entries, ...page], done: short(page) };
      });
    } catch (error: unknown) {
      if (forKey === latest.current) {
        const apiError = toApiError(error);
        setPages((p) => ({
          key: forKey,
          entries: p.key === forKey ? p.entries : [],
          done: true,
          error: apiError,
        }));
      }
    } finally {
      if (inFlight.current === token) inFlight.current = null;
      setLoading(false);
    }
  }, []);

  useEffect(() => {
    latest.current = key;
    void fetchPage(key, undefined);
  }, [key, fetchPage]);

  const loadMore = useCallback(() => {
    if (!current || current.done || current.error) return;
    const last = current.entries.at(-1);
    if (last) void fetchPage(key, last.id);
  }, [current, key, fetchPage]);

  const reload = useCallback(() => void fetchPage(key, undefined), [key, fetchPage]);

  return {
    entries: current?.entries ?? [],
    done: current?.done ?? false,
    error: current?.error ?? null,
    /** Nothing to show yet for this filter. */
    first: !current,
    loading,
    loadMore,
    reload,
  };
}
