import { useCallback, useMemo } from 'react';
import { useQuery } from '../../api/hooks';

/**
 * An add-on's name from the newest price list that has its code (changes name codes only); the
 * code itself while the lists load or when no list has it.
 */
export function useAddonNames(): (code: string) => string {
  const lists = useQuery('prices:list', {}, { refreshOn: ['invoices:changed'] }).data;
  const names = useMemo(() => {
    const map = new Map<string, string>();
    const oldestFirst = [...(lists ?? [])].sort((a, b) =>
      a.effectiveFrom.localeCompare(b.effectiveFrom),
    );
    for (const list of oldestFirst)
      for (const addon of list.addons) map.set(addon.code, addon.name);
    return map;
  }, [lists]);
  return useCallback((code: string) => names.get(code) ?? code, [names]);
}
