import { useState } from 'react';
import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import { useTranslation } from 'react-i18next';
import type { ReportingProfile } from '../../../../../shared/settings/profiles';
import { ApiError, invoke } from '../../../api/client';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { ErrorAlert } from '../../../components/ErrorAlert';

interface Props {
  profile: ReportingProfile;
  /** The customer's other profiles: where its users can go. */
  others: ReportingProfile[];
  onClose: () => void;
  onDeleted: () => void;
}

/**
 * Deletes a profile. One that users are linked to cannot just go (profile.inUse): its users
 * are moved to another profile first, the default one unless the bureau picks another.
 */
export function DeleteProfileDialog({ profile, others, onClose, onDeleted }: Props) {
  const { t } = useTranslation();
  const [inUse, setInUse] = useState(profile.userCount > 0);
  const [moveTo, setMoveTo] = useState((others.find((p) => p.isDefault) ?? others[0])?.id ?? '');
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);

  async function remove() {
    setError(null);
    setBusy(true);
    const result = await invoke('profiles:delete', {
      id: profile.id,
      ...(inUse && moveTo ? { moveUsersTo: moveTo } : {}),
    });
    setBusy(false);
    if (result.ok) return onDeleted();
    // Users were linked since the list was read: ask where they go instead of failing.
    if (result.error.code === 'profile.inUse' && !inUse) return setInUse(true);
    setError(new ApiError(result.error));
  }

  return (
    <ConfirmDialog
      open
      title={t('profiles.deleteTitle', { name: profile.name })}
      body={
        inUse
          ? t('profiles.deleteInUse', { count: profile.userCount, name: profile.name })
          : t('profiles.deleteBody')
      }
      confirmLabel={inUse ? t('profiles.moveAndDelete') : t('profiles.delete')}
      confirmDisabled={busy || (inUse && !moveTo)}
      onConfirm={() => void remove()}
      onClose={onClose}
    >
      {inUse && (
        <TextField
          select
          label={t('profiles.moveTo')}
          value={moveTo}
          onChange={(event) => setMoveTo(event.target.value)}
          fullWidth
          sx={{ mt: 2.5 }}
        >
          {others.map((p) => (
            <MenuItem key={p.id} value={p.id}>
              {p.isDefault ? t('profiles.withDefault', { name: p.name }) : p.name}
            </MenuItem>
          ))}
        </TextField>
      )}
      <ErrorAlert error={error} />
    </ConfirmDialog>
  );
}
