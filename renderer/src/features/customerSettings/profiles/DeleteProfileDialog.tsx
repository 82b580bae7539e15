import { useId, useState } from 'react';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import { useTranslation } from 'react-i18next';
import type { ReportingProfile } from '../../../../../shared/settings/profiles';
import { ApiError, invoke } from '../../../api/client';
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
  const bodyId = useId();
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
    <Dialog open onClose={onClose} role="alertdialog" aria-describedby={bodyId}>
      <DialogTitle>{t('profiles.deleteTitle', { name: profile.name })}</DialogTitle>
      <DialogContent>
        <DialogContentText id={bodyId}>
          {inUse
            ? t('profiles.deleteInUse', { count: profile.userCount, name: profile.name })
            : t('profiles.deleteBody')}
        </DialogContentText>
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
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose} autoFocus>
          {t('app.cancel')}
        </Button>
        <Button
          onClick={() => void remove()}
          color="error"
          variant="contained"
          disabled={busy || (inUse && !moveTo)}
        >
          {inUse ? t('profiles.moveAndDelete') : t('profiles.delete')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
