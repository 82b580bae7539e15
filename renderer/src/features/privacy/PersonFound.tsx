import { useState } from 'react';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemText from '@mui/material/ListItemText';
import Typography from '@mui/material/Typography';
import FileDownloadOutlined from '@mui/icons-material/FileDownloadOutlined';
import { useTranslation } from 'react-i18next';
import type { PersonOverview, PersonQuery } from '../../../../shared/schemas/privacy';
import { ApiError, invoke } from '../../api/client';
import { downloadBase64 } from '../../components/download';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useNotify } from '../../components/Notifier';
import { SectionCard } from '../../components/SectionCard';
import { EraseDialog } from './EraseDialog';

const TYPES = { json: 'application/json', pdf: 'application/pdf' } as const;

/** Where the person is held, and what can be done: their extract, their erasure. */
export function PersonFound(props: {
  query: PersonQuery;
  person: PersonOverview;
  onErased: () => void;
}) {
  const { t } = useTranslation();
  const notify = useNotify();
  const { person } = props;
  const [error, setError] = useState<ApiError | null>(null);
  const [erasing, setErasing] = useState(false);

  async function exportAs(format: 'json' | 'pdf') {
    setError(null);
    const result = await invoke('privacy:export', { query: props.query, format });
    if (!result.ok) return setError(new ApiError(result.error));
    downloadBase64(result.value.fileName, result.value.base64, TYPES[format]);
    notify(t('privacy.found.exported', { fileName: result.value.fileName }));
  }

  const roles = (p: PersonOverview['places'][number]) =>
    [p.asUser && t('privacy.found.asUser'), p.asContact && t('privacy.found.asContact')]
      .filter(Boolean)
      .join(', ');

  return (
    <SectionCard title={t('privacy.found.title')}>
      <ErrorAlert error={error} />
      <Typography variant="subtitle1" component="p" sx={{ fontWeight: 600 }}>
        {person.name}
      </Typography>
      <List dense aria-label={t('privacy.found.title')}>
        {person.places.map((p) => (
          <ListItem key={p.customerId} disableGutters>
            <ListItemText primary={p.customerName} secondary={roles(p)} />
          </ListItem>
        ))}
      </List>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
        {t('privacy.found.counts', { ...person.counts })}
      </Typography>
      <Box sx={{ display: 'flex', gap: 1, flexWrap: 'wrap' }}>
        <Button startIcon={<FileDownloadOutlined />} onClick={() => void exportAs('json')}>
          {t('privacy.found.exportJson')}
        </Button>
        <Button startIcon={<FileDownloadOutlined />} onClick={() => void exportAs('pdf')}>
          {t('privacy.found.exportPdf')}
        </Button>
        <Box sx={{ flex: 1 }} />
        <Button color="error" variant="outlined" onClick={() => setErasing(true)}>
          {t('privacy.found.erase')}
        </Button>
      </Box>
      <EraseDialog
        open={erasing}
        query={props.query}
        name={person.name}
        onClose={() => setErasing(false)}
        onErased={() => {
          setErasing(false);
          notify(t('privacy.erase.done'));
          props.onErased();
        }}
      />
    </SectionCard>
  );
}
