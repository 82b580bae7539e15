import { useState } from 'react';
import Box from '@mui/material/Box';
import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormHelperText from '@mui/material/FormHelperText';
import FormLabel from '@mui/material/FormLabel';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import Skeleton from '@mui/material/Skeleton';
import { visuallyHidden } from '../../components/visuallyHidden';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../../shared/schemas/app';
import { ApiError, invoke } from '../../api/client';
import { useQuery } from '../../api/hooks';
import { DetailList } from '../../components/DetailList';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useNotify } from '../../components/Notifier';
import { PageHeader } from '../../components/PageHeader';
import { SectionCard } from '../../components/SectionCard';
import { useDocumentTitle } from '../../hooks/useDocumentTitle';
import { isLanguage } from '../../i18n';
import { useFormat } from '../../i18n/useFormat';
import { schemaDate } from './schemaVersion';
import { BlikkApiCard } from '../blikk/BlikkApiCard';
import { UpdatesCard } from './UpdatesCard';
import { RetentionCard } from '../privacy/RetentionCard';
import { BackupsCard } from '../backups/BackupsCard';
import { DatabaseCard } from '../database/DatabaseCard';

function LanguageChoice() {
  const { t, i18n } = useTranslation();
  const notify = useNotify();
  const [error, setError] = useState<ApiError | null>(null);
  // Shown at once; the language itself changes when the choice is stored.
  const [selected, setSelected] = useState(i18n.language);

  async function choose(language: Language) {
    setError(null);
    setSelected(language);
    const result = await invoke('preferences:set', { language });
    if (!result.ok) {
      setSelected(i18n.language);
      return setError(new ApiError(result.error));
    }
    await i18n.changeLanguage(result.value.language);
    // `t` still speaks the old language in this render: ask i18next in the new one.
    notify(i18n.t('settings.languageSaved', { lng: result.value.language }));
  }

  return (
    <SectionCard title={t('settings.language')}>
      <FormControl component="fieldset">
        {/* The card's heading says it already; the legend still names the group. */}
        <FormLabel component="legend" sx={visuallyHidden}>
          {t('settings.language')}
        </FormLabel>
        <RadioGroup
          row
          name="language"
          value={selected}
          onChange={(event) => isLanguage(event.target.value) && void choose(event.target.value)}
        >
          {/* Each language names itself, so it can be found whatever is on screen. */}
          <FormControlLabel value="sv" control={<Radio />} label="Svenska" lang="sv" />
          <FormControlLabel value="en" control={<Radio />} label="English" lang="en" />
        </RadioGroup>
        <FormHelperText sx={{ mx: 0 }}>{t('settings.languageHelp')}</FormHelperText>
      </FormControl>
      <ErrorAlert error={error} />
    </SectionCard>
  );
}

function AppInfo() {
  const { t } = useTranslation();
  const format = useFormat();
  const info = useQuery('app:info', {});
  const schema = info.data ? schemaDate(info.data.schemaVersion) : null;
  return (
    <SectionCard title={t('settings.about')}>
      <ErrorAlert error={info.error} onRetry={info.reload} />
      {info.loading && <Skeleton variant="rounded" height={120} />}
      {info.data && (
        <DetailList
          items={[
            { label: t('settings.version'), value: info.data.version },
            { label: t('settings.mode'), value: t(`settings.modes.${info.data.mode}`) },
            {
              label: t('settings.dataFile'),
              value: (
                <Box
                  component="code"
                  sx={{
                    fontFamily: 'ui-monospace, Menlo, Consolas, monospace',
                    fontSize: '0.875rem',
                  }}
                >
                  {info.data.dataFile}
                </Box>
              ),
            },
            ...(schema ? [{ label: t('settings.schemaVersion'), value: format.date(schema) }] : []),
          ]}
        />
      )}
    </SectionCard>
  );
}

export function SettingsPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('settings.title'));
  return (
    <>
      <PageHeader title={t('settings.title')} />
      <Box sx={{ display: 'grid', gap: 2, maxWidth: 760 }}>
        <LanguageChoice />
        <BlikkApiCard />
        <UpdatesCard />
        <RetentionCard />
        <DatabaseCard />
        <BackupsCard />
        <AppInfo />
      </Box>
    </>
  );
}
