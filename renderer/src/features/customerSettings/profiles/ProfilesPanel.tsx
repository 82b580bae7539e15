import { useId, useState } from 'react';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import IconButton from '@mui/material/IconButton';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Tooltip from '@mui/material/Tooltip';
import Typography from '@mui/material/Typography';
import AddIcon from '@mui/icons-material/Add';
import DeleteOutlined from '@mui/icons-material/DeleteOutlined';
import EditOutlined from '@mui/icons-material/EditOutlined';
import { useTranslation } from 'react-i18next';
import type { ReportingProfile } from '../../../../../shared/settings/profiles';
import { useNotify } from '../../../components/Notifier';
import { useFormat } from '../../../i18n/useFormat';
import { DeleteProfileDialog } from './DeleteProfileDialog';
import { ProfileDialog } from './ProfileDialog';
import { profileSummary, roundingText } from './profileForm';

interface Props {
  customerId: string;
  profiles: ReportingProfile[];
  reviewed: boolean;
  onReview: (reviewed: boolean) => Promise<void>;
}

type Editing = { profile: ReportingProfile | null } | null;

/** Section 6: which fields each group of users reports, with Grundprofil as the standard. */
export function ProfilesPanel({ customerId, profiles, reviewed, onReview }: Props) {
  const { t } = useTranslation();
  const format = useFormat();
  const notify = useNotify();
  const defaultNoteId = useId();
  const [editing, setEditing] = useState<Editing>(null);
  const [deleting, setDeleting] = useState<ReportingProfile | null>(null);
  const [busy, setBusy] = useState(false);
  // The standard profile first, the rest by name (Swedish order).
  const sorted = [...profiles].sort(
    (a, b) => Number(b.isDefault) - Number(a.isDefault) || a.name.localeCompare(b.name, 'sv'),
  );

  async function review(next: boolean) {
    setBusy(true);
    try {
      await onReview(next);
    } finally {
      setBusy(false);
    }
  }

  return (
    <>
      <Table size="small" aria-label={t('profiles.tableLabel')}>
        <TableHead>
          <TableRow>
            <TableCell sx={{ pl: 0 }}>{t('profiles.name')}</TableCell>
            <TableCell>{t('profiles.reporting')}</TableCell>
            <TableCell sx={{ width: 110 }}>{t('profiles.rounding')}</TableCell>
            <TableCell sx={{ width: 90 }} align="right">
              {t('profiles.users')}
            </TableCell>
            <TableCell sx={{ width: 104 }} align="right">
              {t('profiles.actions')}
            </TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {sorted.map((profile) => (
            <TableRow key={profile.id}>
              <TableCell component="th" scope="row" sx={{ pl: 0, fontWeight: 600 }}>
                {profile.name}
                {profile.isDefault && (
                  <Chip
                    size="small"
                    color="primary"
                    variant="outlined"
                    label={t('profiles.standard')}
                    sx={{ ml: 1, fontWeight: 400 }}
                  />
                )}
              </TableCell>
              <TableCell>{profileSummary(t, profile)}</TableCell>
              <TableCell>{roundingText(t, profile.roundingMinutes)}</TableCell>
              <TableCell align="right">{format.number(profile.userCount)}</TableCell>
              <TableCell align="right" sx={{ pr: 0, whiteSpace: 'nowrap' }}>
                <Tooltip title={t('profiles.editLabel', { name: profile.name })}>
                  <IconButton
                    aria-label={t('profiles.editLabel', { name: profile.name })}
                    onClick={() => setEditing({ profile })}
                  >
                    <EditOutlined />
                  </IconButton>
                </Tooltip>
                {profile.isDefault ? (
                  // Disabled buttons get no hover: the reason is also written under the table.
                  <Tooltip title={t('profiles.defaultUndeletable')}>
                    <span>
                      <IconButton
                        aria-label={t('profiles.deleteLabel', { name: profile.name })}
                        aria-describedby={defaultNoteId}
                        disabled
                      >
                        <DeleteOutlined />
                      </IconButton>
                    </span>
                  </Tooltip>
                ) : (
                  <Tooltip title={t('profiles.deleteLabel', { name: profile.name })}>
                    <IconButton
                      aria-label={t('profiles.deleteLabel', { name: profile.name })}
                      onClick={() => setDeleting(profile)}
                    >
                      <DeleteOutlined />
                    </IconButton>
                  </Tooltip>
                )}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      <Typography id={defaultNoteId} variant="body2" color="text.secondary" sx={{ mt: 1.5 }}>
        {t('profiles.defaultNote')}
      </Typography>
      <Button startIcon={<AddIcon />} onClick={() => setEditing({ profile: null })} sx={{ mt: 1 }}>
        {t('profiles.addButton')}
      </Button>

      <Box
        sx={{
          display: 'flex',
          gap: 1.5,
          mt: 3,
          pt: 2,
          borderTop: 1,
          borderColor: 'divider',
          flexWrap: 'wrap',
        }}
      >
        {reviewed ? (
          <Button color="inherit" disabled={busy} onClick={() => void review(false)}>
            {t('profiles.unreview')}
          </Button>
        ) : (
          <Button variant="contained" disabled={busy} onClick={() => void review(true)}>
            {t('profiles.review')}
          </Button>
        )}
      </Box>

      {editing && (
        <ProfileDialog
          customerId={customerId}
          profile={editing.profile}
          onClose={() => setEditing(null)}
          onSaved={(saved) => {
            setEditing(null);
            notify(t('profiles.saved', { name: saved.name }));
          }}
        />
      )}
      {deleting && (
        <DeleteProfileDialog
          profile={deleting}
          others={sorted.filter((p) => p.id !== deleting.id)}
          onClose={() => setDeleting(null)}
          onDeleted={() => {
            notify(t('profiles.deleted', { name: deleting.name }));
            setDeleting(null);
          }}
        />
      )}
    </>
  );
}
