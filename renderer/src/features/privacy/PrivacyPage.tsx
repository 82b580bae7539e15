import { useState } from 'react';
import Box from '@mui/material/Box';
import { useTranslation } from 'react-i18next';
import type { PersonOverview, PersonQuery } from '../../../../shared/schemas/privacy';
import { PageHeader } from '../../components/PageHeader';
import { useDocumentTitle } from '../../hooks/useDocumentTitle';
import { PersonFound } from './PersonFound';
import { PersonSearch } from './PersonSearch';

/** Personal-data requests: find a person across every customer, export or erase them. */
export function PrivacyPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('privacy.title'));
  const [found, setFound] = useState<{ query: PersonQuery; person: PersonOverview } | null>(null);
  return (
    <>
      <PageHeader title={t('privacy.title')} subtitle={t('privacy.subtitle')} />
      <Box sx={{ display: 'grid', gap: 2, maxWidth: 760 }}>
        <PersonSearch onFound={(query, person) => setFound(person ? { query, person } : null)} />
        {found && (
          <PersonFound query={found.query} person={found.person} onErased={() => setFound(null)} />
        )}
      </Box>
    </>
  );
}
