import { useState } from 'react';
import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import { useTranslation } from 'react-i18next';
import type { ReportingProfile } from '../../../../../shared/settings/profiles';
import { useMutation } from '../../../api/useMutation';
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
  const deleting = useMutation('profiles:delete', {
    // Users were linked since the list was read: ask where they go instead of failing.
    claim: ({ code }) => {
      if (code !== 'profile.inUse' || inUse) return false;
      setInUse(true);
      return true;
    },
  });

  async function remove() {
    const result = await deleting.run({
      id: profile.id,
      ...(inUse && moveTo ? { moveUsersTo: moveTo } : {}),
    });
    if (result.ok) onDeleted();
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
      confirmDisabled={deleting.busy || (inUse && !moveTo)}
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
      <ErrorAlert error={deleting.error} />
    </ConfirmDialog>
  );
}
