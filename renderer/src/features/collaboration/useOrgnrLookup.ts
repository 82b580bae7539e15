import { useCallback, useEffect, useState } from 'react';
import { parseOrganisationsnummer } from '../../../../shared/domain/organisationsnummer';
import type { ExistingCustomerRef } from '../../../../shared/schemas/customer';
import { invoke } from '../../api/client';
import { useDebouncedValue } from '../../hooks/useDebouncedValue';

export interface OrgnrLookup {
  /** Another customer with this number, which blocks creating (or saving) this one. */
  existing: ExistingCustomerRef | null;
  checking: boolean;
  /** Printed form and legal form of a valid number, for a hint under the field. */
  type: string | null;
  /** Asks now, without the debounce: "Next" must not outrun the question. */
  confirm: () => Promise<ExistingCustomerRef | null>;
}

/** Once the number is valid, asks whether a customer already has it. */
export function useOrgnrLookup(orgnr: string, ownId?: string): OrgnrLookup {
  const parsed = parseOrganisationsnummer(orgnr.trim());
  const formatted = parsed.ok ? parsed.formatted : null;
  const debounced = useDebouncedValue(formatted, 250);
  const [answer, setAnswer] = useState<{ orgnr: string; ref: ExistingCustomerRef | null } | null>(
    null,
  );

  useEffect(() => {
    if (!debounced) return;
    let live = true;
    void invoke('customers:findByOrgnr', { orgnr: debounced }).then((result) => {
      if (live) setAnswer({ orgnr: debounced, ref: result.ok ? result.value : null });
    });
    return () => {
      live = false;
    };
  }, [debounced]);

  const confirm = useCallback(async () => {
    if (!formatted) return null;
    const result = await invoke('customers:findByOrgnr', { orgnr: formatted });
    const ref = result.ok ? result.value : null;
    setAnswer({ orgnr: formatted, ref });
    return ref && ref.id !== ownId ? ref : null;
  }, [formatted, ownId]);

  const current = formatted !== null && answer?.orgnr === formatted;
  const ref = current ? answer.ref : null;
  return {
    existing: ref && ref.id !== ownId ? ref : null,
    checking: formatted !== null && !current,
    type: parsed.ok ? parsed.type : null,
    confirm,
  };
}
