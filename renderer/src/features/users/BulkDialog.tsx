import { useMemo, useState } from 'react';
import Alert from '@mui/material/Alert';
import Autocomplete from '@mui/material/Autocomplete';
import Box from '@mui/material/Box';
import Dialog from '@mui/material/Dialog';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import { useTranslation } from 'react-i18next';
import { ROLES, SALARY_FORMS, type UserRow } from '../../../../shared/schemas/users';
import type { ReportingProfile } from '../../../../shared/settings/profiles';
import type { ApiError } from '../../api/client';
import { DialogButtons } from '../../components/DialogButtons';
import { fieldErrorText } from '../../i18n/errorText';
import type { BulkField, BulkPatch } from './useUserActions';
import { refusalText } from './userTexts';
import { checkSave, errorsOf, fieldsOf, fullName, type UserIndex } from './userRules';

const MAX_LISTED = 5;

/** The key of a field's texts (users.columns.*, users.bulk.titles.*). */
export const BULK_TEXT_KEY = {
  approverId: 'approver',
  salaryForm: 'salaryForm',
  role: 'role',
  profileId: 'profile',
} as const satisfies Record<BulkField, string>;

interface Option {
  id: string;
  label: string;
}

interface Props {
  field: BulkField;
  rows: readonly UserRow[];
  index: UserIndex;
  profiles: readonly ReportingProfile[];
  onClose: () => void;
  /** Resolves to null when done, or the refusal to show. */
  onApply: (patch: BulkPatch) => Promise<ApiError | null>;
}

function patchOf(field: BulkField, value: string): BulkPatch {
  if (field === 'role') return { role: value as NonNullable<BulkPatch['role']> };
  const chosen = value === '' ? null : value;
  if (field === 'salaryForm') return { salaryForm: chosen as BulkPatch['salaryForm'] };
  return { [field]: chosen } as BulkPatch;
}

/** "Sätt attestansvarig…" and the like: one value for every selected user, checked first. */
export function BulkDialog({ field, rows, index, profiles, onClose, onApply }: Props) {
  const { t } = useTranslation();
  const [value, setValue] = useState<string>(() => {
    if (field === 'role') return 'reporter';
    if (field === 'profileId') return (profiles.find((p) => p.isDefault) ?? profiles[0])?.id ?? '';
    return '';
  });
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const count = rows.length;

  // The services' rules over each selected user as the change would leave them, every
  // selected user changed at once (a new role counts for those they approve, too).
  const refused = useMemo(() => {
    const patch = patchOf(field, value);
    const after = rows.map((row) => ({ ...row, ...patch }));
    const byId = new Map(index.byId);
    for (const row of after) byId.set(row.id, row);
    const patchedIndex = { ...index, byId };
    const ids = new Set(rows.map((row) => row.id));
    return rows.flatMap((row) => {
      const fields = { ...fieldsOf(row), ...patch };
      const issue = errorsOf(checkSave(patchedIndex, row, row.id, fields, ids))[0];
      return issue ? [{ row, issue }] : [];
    });
  }, [field, value, rows, index]);

  async function apply() {
    setBusy(true);
    setError(null);
    const failure = await onApply(patchOf(field, value));
    setBusy(false);
    if (failure) setError(failure);
    else onClose();
  }

  const approverOptions: Option[] = [
    { id: '', label: t('users.noApprover') },
    ...index.approvers.map((row) => ({ id: row.id, label: fullName(row) })),
  ];
  const label = t(`users.columns.${BULK_TEXT_KEY[field]}`);

  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="sm" aria-labelledby="bulk-dialog-title">
      <DialogTitle id="bulk-dialog-title">
        {t(`users.bulk.titles.${BULK_TEXT_KEY[field]}`)}
      </DialogTitle>
      <DialogContent>
        <DialogContentText sx={{ mb: 2 }}>{t('users.bulk.intro', { count })}</DialogContentText>
        {field === 'approverId' ? (
          <Autocomplete
            options={approverOptions}
            value={approverOptions.find((o) => o.id === value) ?? approverOptions[0]}
            onChange={(_event, option) => setValue(option?.id ?? '')}
            isOptionEqualToValue={(option, chosen) => option.id === chosen.id}
            getOptionKey={(option) => option.id}
            disableClearable
            renderInput={(params) => <TextField {...params} label={label} autoFocus />}
          />
        ) : (
          <TextField
            select
            fullWidth
            autoFocus
            label={label}
            value={value}
            onChange={(event) => setValue(event.target.value)}
          >
            {field === 'salaryForm' && [
              <MenuItem key="" value="">
                {t('users.noSalaryForm')}
              </MenuItem>,
              ...SALARY_FORMS.map((form) => (
                <MenuItem key={form} value={form}>
                  {t(`users.salaryForms.${form}`)}
                </MenuItem>
              )),
            ]}
            {field === 'role' &&
              ROLES.map((role) => (
                <MenuItem key={role} value={role}>
                  {t(`common.roles.${role}`)}
                </MenuItem>
              ))}
            {field === 'profileId' &&
              profiles.map((profile) => (
                <MenuItem key={profile.id} value={profile.id}>
                  {profile.name}
                </MenuItem>
              ))}
          </TextField>
        )}
        {refused.length > 0 && (
          <Alert severity="error" sx={{ mt: 2 }}>
            {t('users.bulk.refused', { count: refused.length })}
            <Box component="ul" sx={{ m: 0, mt: 0.5, pl: 2.5 }}>
              {refused.slice(0, MAX_LISTED).map(({ row, issue }) => (
                <li key={row.id}>
                  {t('users.bulk.refusedItem', {
                    name: fullName(row),
                    reason: fieldErrorText(t, issue.field, issue.code),
                  })}
                </li>
              ))}
              {refused.length > MAX_LISTED && (
                <li>{t('users.bulk.more', { count: refused.length - MAX_LISTED })}</li>
              )}
            </Box>
          </Alert>
        )}
        {error && (
          <Alert severity="error" sx={{ mt: 2 }}>
            {refusalText(t, error)}
          </Alert>
        )}
      </DialogContent>
      <DialogButtons
        onCancel={onClose}
        confirmLabel={t('users.bulk.apply', { count })}
        confirmDisabled={busy || refused.length > 0 || count === 0}
        onConfirm={() => void apply()}
      />
    </Dialog>
  );
}
