import { useState } from 'react';
import type { useGridApiRef } from '@mui/x-data-grid';
import { useTranslation } from 'react-i18next';
import type { UserFields, UserRow } from '../../../../shared/schemas/users';
import type { ReportingProfile } from '../../../../shared/settings/profiles';
import { toApiError, type ApiError } from '../../api/client';
import { StaleDialog } from '../../components/StaleDialog';
import { staleChanges } from '../../components/staleChanges';
import type { Colleague } from '../../components/staleRefusal';
import { asStored, userStaleFields } from './userStale';
import { fieldsOf, type UserIndex } from './userRules';

/** An inline edit refused as stale: the row as read, the colleague's, and the one field typed. */
export interface GridStale extends Colleague<UserRow> {
  read: UserRow;
  /** The one field typed (cells edit one at a time; the personnummer is not a cell). */
  field: Exclude<keyof UserFields, 'personnummer'>;
  typed: unknown;
}

interface Props {
  stale: GridStale;
  api: ReturnType<typeof useGridApiRef>['current'];
  index: UserIndex;
  profiles: readonly ReportingProfile[];
  onSave: (fields: UserFields, previous: UserRow) => Promise<UserRow>;
  onRefused: (error: ApiError) => void;
  onDone: () => void;
}

/**
 * The users grid's stale dialog. The cell stays open with the typed value while it shows: it is
 * never dropped unseen. "Använd mina ändringar" saves the one typed field over the colleague's
 * version; "Ta kollegans" closes the cell on their value.
 */
export function GridStaleDialog({ stale, api, index, profiles, onSave, onRefused, onDone }: Props) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const { read, theirs, field, typed } = stale;
  const yours = { ...read, [field]: typed } as UserRow;
  const closeCell = (row: UserRow) => {
    if (api?.getCellMode(read.id, field) === 'edit') {
      api.stopCellEditMode({ id: read.id, field, ignoreModifications: true });
    }
    api?.updateRows([row]);
  };
  async function reapply() {
    setBusy(true);
    try {
      const saved = await onSave({ ...fieldsOf(theirs), [field]: typed }, theirs);
      closeCell(saved);
      onDone();
    } catch (error) {
      onRefused(toApiError(error));
      onDone();
    } finally {
      setBusy(false);
    }
  }
  return (
    <StaleDialog
      changes={staleChanges(
        userStaleFields(t),
        read,
        theirs,
        asStored(read, fieldsOf(yours), index, profiles),
      )}
      changedBy={stale.changedBy}
      changedAt={stale.changedAt}
      busy={busy}
      onReapply={() => void reapply()}
      onReload={() => {
        closeCell(theirs);
        onDone();
      }}
      onClose={onDone}
    />
  );
}
