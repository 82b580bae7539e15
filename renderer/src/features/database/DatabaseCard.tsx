import { useState } from 'react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Divider from '@mui/material/Divider';
import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormLabel from '@mui/material/FormLabel';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import type { AppInfo } from '../../../../shared/schemas/app';
import type { DatabaseSetting, DatabaseTestResult } from '../../../../shared/schemas/database';
import { useQuery } from '../../api/hooks';
import { useMutation } from '../../api/useMutation';
import { DetailList } from '../../components/DetailList';
import { ErrorAlert } from '../../components/ErrorAlert';
import { LoadingBlock } from '../../components/LoadingBlock';
import { useNotify } from '../../components/Notifier';
import { SectionCard } from '../../components/SectionCard';
import { TeamKeySection } from './TeamKeySection';
import { CopyAssistant } from './CopyAssistant';
import { TeamFieldsForm, TestedAlert } from './TeamFieldsForm';
import { EMPTY_TEAM, fieldsOf, teamUrl, type TeamFields } from './teamUrl';

const CODE_SX = { fontFamily: 'ui-monospace, Menlo, Consolas, monospace', fontSize: '0.875rem' };

/** Under Inställningar: the database in use, a team database's connection test, the next start's. */
export function DatabaseCard() {
  const { t } = useTranslation();
  const setting = useQuery('database:get', {});
  const info = useQuery('app:info', {});
  return (
    <>
      <SectionCard title={t('database.title')}>
        <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
          {t('database.intro')}
        </Typography>
        <ErrorAlert error={setting.error ?? info.error} onRetry={setting.reload} />
        {(setting.loading || info.loading) && <LoadingBlock label={t('app.loading')} rows={3} />}
        {setting.data && info.data && (
          <DatabaseForm setting={setting.data} mode={info.data.mode} onSaved={setting.reload} />
        )}
      </SectionCard>
      {/* Only a start on the own file has a portfolio to move to the team database. */}
      {setting.data?.engine === 'sqlite' && <CopyAssistant />}
    </>
  );
}

interface FormProps {
  setting: DatabaseSetting;
  mode: AppInfo['mode'];
  onSaved: () => void;
}

function DatabaseForm({ setting, mode, onSaved }: FormProps) {
  const { t } = useTranslation();
  const notify = useNotify();
  const [kind, setKind] = useState(setting.chosen.kind);
  const [fields, setFields] = useState<TeamFields>(
    setting.chosen.kind === 'postgres' ? fieldsOf(setting.chosen.url) : EMPTY_TEAM,
  );
  const [password, setPassword] = useState('');
  const [touched, setTouched] = useState(false);
  const [tested, setTested] = useState<DatabaseTestResult | null>(null);
  const [saved, setSaved] = useState(false);
  const test = useMutation('database:test');
  const choose = useMutation('database:choose');
  const url = teamUrl(fields);
  const desktop = mode === 'electron';
  const next = setting.chosen.kind === 'file' ? t('database.file') : setting.chosen.url;

  function edit(patch: Partial<TeamFields>) {
    setFields({ ...fields, ...patch });
    setTested(null);
    test.reset();
  }

  async function runTest() {
    setTouched(true);
    setTested(null);
    if (!url) return;
    const result = await test.run({ url, ...(password ? { password } : {}) });
    if (result.ok) setTested(result.value);
  }

  async function use() {
    setTouched(true);
    if (kind === 'postgres' && !url) return;
    const result = await choose.run(
      kind === 'file'
        ? { kind: 'file' }
        : { kind: 'postgres', url: url ?? '', ...(password ? { password } : {}) },
    );
    if (!result.ok) return;
    setPassword('');
    setSaved(true);
    notify(t('database.saved'));
    onSaved();
  }

  return (
    <Box sx={{ display: 'grid', gap: 2 }}>
      <DetailList
        items={[
          {
            label: t('database.current'),
            value: (
              <Box component="code" sx={CODE_SX}>
                {setting.current}
              </Box>
            ),
          },
          ...(desktop
            ? [
                {
                  label: t('database.next'),
                  value: (
                    <Box component="code" sx={CODE_SX}>
                      {next}
                    </Box>
                  ),
                },
              ]
            : []),
        ]}
      />
      {!desktop && <Alert severity="info">{t('database.browserMode')}</Alert>}
      <FormControl component="fieldset">
        <FormLabel component="legend">{t('database.kind')}</FormLabel>
        <RadioGroup
          name="database-kind"
          value={kind}
          onChange={(event) => setKind(event.target.value === 'postgres' ? 'postgres' : 'file')}
        >
          <FormControlLabel value="file" control={<Radio />} label={t('database.file')} />
          <FormControlLabel value="postgres" control={<Radio />} label={t('database.postgres')} />
        </RadioGroup>
      </FormControl>
      {kind === 'postgres' && (
        <TeamFieldsForm
          fields={fields}
          password={password}
          missing={touched && !url}
          onEdit={edit}
          onPassword={(value) => {
            setPassword(value);
            setTested(null);
          }}
        />
      )}
      {kind === 'postgres' && url && (
        <Typography variant="body2" color="text.secondary">
          {t('database.address')}:{' '}
          <Box component="code" sx={CODE_SX}>
            {url}
          </Box>
        </Typography>
      )}
      {kind === 'postgres' && setting.passwordStored && (
        <Typography variant="body2">{t('database.passwordStored')}</Typography>
      )}
      {tested && <TestedAlert result={tested} />}
      <ErrorAlert error={test.error ?? choose.error} />
      {saved && desktop && <Alert severity="info">{t('database.restart')}</Alert>}
      <Box sx={{ display: 'flex', gap: 1 }}>
        {kind === 'postgres' && (
          <Button variant="outlined" onClick={() => void runTest()} disabled={test.busy}>
            {test.busy ? t('database.testing') : t('database.test')}
          </Button>
        )}
        {desktop && (
          <Button variant="contained" onClick={() => void use()} disabled={choose.busy}>
            {t('database.use')}
          </Button>
        )}
      </Box>
      {kind === 'postgres' && <Divider />}
      {kind === 'postgres' && (
        <TeamKeySection url={url} password={password} onTeam={setting.engine === 'postgres'} />
      )}
    </Box>
  );
}
