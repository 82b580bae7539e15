import { useState, type FormEvent } from 'react';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import TextField from '@mui/material/TextField';
import { useTranslation } from 'react-i18next';
import type { PersonOverview, PersonQuery } from '../../../../shared/schemas/privacy';
import { useMutation } from '../../api/useMutation';
import { ErrorAlert } from '../../components/ErrorAlert';
import { SectionCard } from '../../components/SectionCard';
import { queryOf } from './privacyRules';

export function PersonSearch(props: {
  onFound: (query: PersonQuery, person: PersonOverview | null) => void;
}) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const find = useMutation('privacy:find');

  async function search(event: FormEvent) {
    event.preventDefault();
    const query = queryOf(text);
    const result = await find.run(query);
    props.onFound(query, result.ok ? result.value : null);
  }

  return (
    <SectionCard title={t('privacy.search.title')}>
      <ErrorAlert error={find.error} />
      <Box component="form" onSubmit={(e) => void search(e)} sx={{ display: 'flex', gap: 1 }}>
        <TextField
          label={t('privacy.search.label')}
          helperText={t('privacy.search.helper')}
          value={text}
          onChange={(e) => setText(e.target.value)}
          autoComplete="off"
          size="small"
          sx={{ flex: 1 }}
        />
        <Button type="submit" variant="contained" disabled={!text.trim() || find.busy}>
          {t('privacy.search.submit')}
        </Button>
      </Box>
    </SectionCard>
  );
}
