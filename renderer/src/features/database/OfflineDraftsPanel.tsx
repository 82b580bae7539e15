import { useState } from 'react';
import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Button from '@mui/material/Button';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemText from '@mui/material/ListItemText';
import { useTranslation } from 'react-i18next';
import type { OfflineDraft, TeamStatus } from '../../../../shared/schemas/team-status';
import { formatOrganisationsnummer } from '../../../../shared/domain/organisationsnummer';
import { useQuery } from '../../api/hooks';
import { useMutation } from '../../api/useMutation';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useNotify } from '../../components/Notifier';

/**
 * New customers prepared while the team database could not be reached, once it answers again:
 * sent with one button; a customer a colleague created meanwhile with the same
 * organisationsnummer is listed as a conflict, resolved by keeping the colleague's.
 */
export function OfflineDraftsPanel({ status }: { status: TeamStatus | undefined }) {
  const { t } = useTranslation();
  const notify = useNotify();
  const online = status?.state === 'online';
  const drafts = useQuery('offlineDrafts:list', {}, { enabled: online });
  const send = useMutation('offlineDrafts:send');
  const discard = useMutation('offlineDrafts:discard');
  const [conflicts, setConflicts] = useState<OfflineDraft[]>([]);
  if (!online || !drafts.data?.length) return null;

  const sendAll = async () => {
    const result = await send.run({});
    if (!result.ok) return;
    setConflicts(result.value.conflicts);
    if (result.value.sent.length > 0) {
      notify(t('offline.draftsSent', { count: result.value.sent.length }), 'success');
      drafts.reload();
    }
  };
  const keepTheirs = async (conflict: OfflineDraft) => {
    const result = await discard.run({ orgnrs: [conflict.orgnr] });
    if (!result.ok) return;
    setConflicts((all) => all.filter((c) => c.orgnr !== conflict.orgnr));
    drafts.reload();
  };

  return (
    <Alert severity="info" role="region" aria-label={t('offline.draftsTitle')} sx={{ mb: 2 }}>
      <AlertTitle>{t('offline.draftsTitle')}</AlertTitle>
      {t('offline.draftsText', { count: drafts.data.length })}
      <List dense aria-label={t('offline.draftsTitle')}>
        {drafts.data.map((d) => (
          <ListItem key={d.id} disableGutters>
            <ListItemText primary={`${d.name}, ${formatOrganisationsnummer(d.orgnr)}`} />
          </ListItem>
        ))}
      </List>
      {conflicts.map((c) => (
        <Alert key={c.orgnr} severity="warning" sx={{ mb: 1 }}>
          {t('offline.conflict', { name: c.name, orgnr: formatOrganisationsnummer(c.orgnr) })}{' '}
          <Button size="small" onClick={() => void keepTheirs(c)} disabled={discard.busy}>
            {t('offline.keepTheirs')}
          </Button>
        </Alert>
      ))}
      <ErrorAlert error={send.error ?? discard.error} />
      <Button variant="contained" onClick={() => void sendAll()} disabled={send.busy}>
        {t('offline.send')}
      </Button>
    </Alert>
  );
}
