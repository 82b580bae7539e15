import { useState } from 'react';
import type { InputOf } from '../../../../shared/contract';
import type { ReviewResult, SectionState } from '../../../../shared/schemas/settings';
import { colleagueOf } from '../../components/staleRefusal';
import type { SectionData, SectionKey } from '../../../../shared/settings/sections';
import { ApiError, invoke } from '../../api/client';
import { serverIssues } from '../collaboration/serverIssues';
import { PARTS, type Part } from './parts';
import type { SaveOutcome } from './sections/SectionForm';

interface Failure {
  part: Part;
  error: ApiError;
}

/**
 * Saving and reviewing the parts of one customer's settings; the last failure, to show. No reload
 * here: both services announce settings:changed, which useCustomerSettings listens to.
 */
export function useSettingsActions(customerId: string) {
  const [failure, setFailure] = useState<Failure | null>(null);

  async function save<K extends SectionKey>(
    section: K,
    data: SectionData[K],
    recordVersion: number,
  ): Promise<SaveOutcome> {
    setFailure(null);
    // The input is a union discriminated by `section`; K keeps data and section paired.
    const input = { customerId, section, data, recordVersion } as InputOf<'settings:save'>;
    const result = await invoke('settings:save', input);
    if (!result.ok) {
      // A colleague saved the section first: the form shows the stale dialog, not an error.
      const stale = colleagueOf<SectionState>(result.error, 'settings');
      if (stale) return { ok: false, issues: [], stale };
      setFailure({ part: section, error: new ApiError(result.error) });
      return { ok: false, issues: serverIssues(result.error.details) };
    }
    return { ok: true };
  }

  async function review(part: Part, reviewed: boolean): Promise<ReviewResult | null> {
    setFailure(null);
    const result = await invoke('settings:review', { customerId, section: part, reviewed });
    if (!result.ok) {
      setFailure({ part, error: new ApiError(result.error) });
      return null;
    }
    const outOfOrder = PARTS.filter((p) => result.value.outOfOrder.includes(p));
    return { ...result.value, outOfOrder };
  }

  /** The failure of the part on screen only: another part's is old news. */
  const errorOf = (part: Part) => (failure?.part === part ? failure.error : null);
  return { errorOf, save, review };
}
