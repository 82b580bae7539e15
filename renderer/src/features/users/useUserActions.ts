import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { InputOf } from '../../../../shared/contract';
import type { FieldIssue } from '../../../../shared/errors';
import type { UserFields, UserRow } from '../../../../shared/schemas/users';
import { ApiError, invoke } from '../../api/client';
import { useNotify } from '../../components/Notifier';
import { errorText } from '../../i18n/errorText';
import { fieldsOf, fullName } from './userRules';

export type BulkPatch = InputOf<'users:bulkUpdate'>['patch'];
export type BulkField = keyof BulkPatch;

/** How to put back the last change: the previous values, saved again. */
type Undo =
  | {
      kind: 'save';
      id: string;
      fields: UserFields;
      personnummerLost: boolean;
      /** The version the save made: undo is refused (conflict.stale) if a colleague wrote since. */
      recordVersion: number;
    }
  | { kind: 'create'; id: string; name: string }
  | { kind: 'bulk'; groups: { ids: string[]; patch: BulkPatch }[] };

export type SaveOutcome =
  { ok: true; user: UserRow; warnings: FieldIssue[] } | { ok: false; error: ApiError };

/** The previous values of the patched field, grouped so that each group is one call. */
function undoGroups(rows: readonly UserRow[], field: BulkField): Undo & { kind: 'bulk' } {
  const groups = new Map<string, { ids: string[]; patch: BulkPatch }>();
  for (const row of rows) {
    const value = row[field];
    const key = JSON.stringify(value);
    const group = groups.get(key) ?? { ids: [], patch: { [field]: value } as BulkPatch };
    group.ids.push(row.id);
    groups.set(key, group);
  }
  return { kind: 'bulk', groups: [...groups.values()] };
}

/**
 * Saving, changing many and removing the customer's users; every save and change of many is
 * announced with "Ångra", which saves the previous values again.
 */
export function useUserActions(customerId: string) {
  const { t } = useTranslation();
  const notify = useNotify();

  const runUndo = useCallback(
    async (undo: Undo) => {
      let failure: ApiError | null = null;
      if (undo.kind === 'save') {
        const r = await invoke('users:save', {
          customerId,
          id: undo.id,
          fields: undo.fields,
          recordVersion: undo.recordVersion,
        });
        if (!r.ok) failure = new ApiError(r.error);
      } else if (undo.kind === 'create') {
        const r = await invoke('users:delete', { customerId, ids: [undo.id] });
        if (!r.ok) failure = new ApiError(r.error);
      } else {
        for (const group of undo.groups) {
          const r = await invoke('users:bulkUpdate', { customerId, ...group });
          if (!r.ok) {
            failure = new ApiError(r.error);
            break;
          }
        }
      }
      if (failure) {
        notify(
          t('users.undo.failed', { reason: errorText(t, failure.code, failure.details) }),
          'error',
        );
      } else if (undo.kind === 'create') {
        notify(t('users.undo.undoneCreate', { name: undo.name }), 'info');
      } else if (undo.kind === 'save' && undo.personnummerLost) {
        notify(t('users.undo.undoneExceptPersonnummer'), 'warning');
      } else {
        notify(t('users.undo.undone'), 'info');
      }
    },
    [customerId, notify, t],
  );

  const offerUndo = useCallback(
    (message: string, undo: Undo) =>
      notify(message, 'success', {
        label: t('users.undo.action'),
        onClick: () => void runUndo(undo),
      }),
    [notify, runUndo, t],
  );

  /**
   * Saves one user: over `previous`, or (previous null) as a new user under `newId`, an id of
   * the client's making so that a new approver can name themself in the same save.
   */
  const save = useCallback(
    async (previous: UserRow | null, fields: UserFields, newId?: string): Promise<SaveOutcome> => {
      const id = previous?.id ?? newId;
      const result = await invoke('users:save', {
        customerId,
        ...(id ? { id } : {}),
        fields,
        // The version the form was read at: a colleague's save since answers conflict.stale.
        ...(previous ? { recordVersion: previous.recordVersion } : {}),
      });
      if (!result.ok) return { ok: false, error: new ApiError(result.error) };
      const { user, warnings } = result.value;
      const name = fullName(user);
      if (previous === null) {
        offerUndo(t('users.undo.created', { name }), { kind: 'create', id: user.id, name });
      } else {
        const before = fieldsOf(previous);
        const pnrChanged = fields.personnummer !== undefined;
        const hadPnr = previous.personnummerMasked !== null;
        offerUndo(t('users.undo.saved', { name }), {
          kind: 'save',
          id: previous.id,
          // A number added is removed again; a number replaced cannot be read back (masked).
          fields: pnrChanged && !hadPnr ? { ...before, personnummer: '' } : before,
          personnummerLost: pnrChanged && hadPnr,
          recordVersion: user.recordVersion,
        });
      }
      return { ok: true, user, warnings };
    },
    [customerId, offerUndo, t],
  );

  /** One field set on many users; undone group by group, back to each user's own value. */
  const bulkUpdate = useCallback(
    async (rows: readonly UserRow[], patch: BulkPatch): Promise<ApiError | null> => {
      const field = Object.keys(patch)[0] as BulkField | undefined;
      if (!field || rows.length === 0) return null;
      const undo = undoGroups(rows, field);
      const result = await invoke('users:bulkUpdate', {
        customerId,
        ids: rows.map((row) => row.id),
        patch,
      });
      if (!result.ok) return new ApiError(result.error);
      offerUndo(t('users.bulk.done', { count: result.value.updated }), undo);
      return null;
    },
    [customerId, offerUndo, t],
  );

  /** Removes users: asked for beforehand, so there is no undo (the personnummer is masked). */
  const remove = useCallback(
    async (rows: readonly UserRow[]): Promise<ApiError | null> => {
      const result = await invoke('users:delete', { customerId, ids: rows.map((row) => row.id) });
      if (!result.ok) return new ApiError(result.error);
      const first = rows[0];
      notify(
        t('users.remove.done', {
          count: result.value.deleted,
          name: first && rows.length === 1 ? fullName(first) : '',
        }),
      );
      return null;
    },
    [customerId, notify, t],
  );

  return useMemo(() => ({ save, bulkUpdate, remove }), [save, bulkUpdate, remove]);
}
