import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import { useTranslation } from 'react-i18next';
import type { DatabaseTestResult } from '../../../../shared/schemas/database';
import { TLS_MODES, type TeamFields } from './teamUrl';

// The team database's connection fields and a passed test's answer: the database card and the
// copy assistant's first step both ask for a team database.

interface FieldsProps {
  fields: TeamFields;
  password: string;
  missing: boolean;
  onEdit: (patch: Partial<TeamFields>) => void;
  onPassword: (value: string) => void;
}

export function TeamFieldsForm({ fields, password, missing, onEdit, onPassword }: FieldsProps) {
  const { t } = useTranslation();
  return (
    <Box sx={{ display: 'grid', gridTemplateColumns: '3fr 1fr', gap: 2 }}>
      <TextField
        label={t('database.host')}
        value={fields.host}
        onChange={(event) => onEdit({ host: event.target.value })}
        error={missing && !fields.host.trim()}
        helperText={missing ? t('database.fieldsMissing') : undefined}
        autoComplete="off"
        required
      />
      <TextField
        label={t('database.port')}
        value={fields.port}
        onChange={(event) => onEdit({ port: event.target.value.replace(/\D/g, '') })}
        slotProps={{ htmlInput: { inputMode: 'numeric' } }}
      />
      <TextField
        label={t('database.database')}
        value={fields.database}
        onChange={(event) => onEdit({ database: event.target.value })}
        error={missing && !fields.database.trim()}
        autoComplete="off"
        required
      />
      <Box />
      <TextField
        label={t('database.user')}
        value={fields.user}
        onChange={(event) => onEdit({ user: event.target.value })}
        error={missing && !fields.user.trim()}
        autoComplete="username"
        required
      />
      <Box />
      <TextField
        label={t('database.password')}
        type="password"
        value={password}
        onChange={(event) => onPassword(event.target.value)}
        helperText={t('database.passwordHelp')}
        autoComplete="current-password"
      />
      <Box />
      <TextField
        select
        label={t('database.tls')}
        value={fields.tls}
        onChange={(event) => {
          const mode = TLS_MODES.find((m) => m === event.target.value);
          if (mode) onEdit({ tls: mode });
        }}
        sx={{ gridColumn: '1 / -1' }}
      >
        {TLS_MODES.map((mode) => (
          <MenuItem key={mode} value={mode}>
            {t(`database.tlsModes.${mode}`)}
          </MenuItem>
        ))}
      </TextField>
    </Box>
  );
}

export function TestedAlert({ result }: { result: DatabaseTestResult }) {
  const { t } = useTranslation();
  return (
    <Alert severity="success" role="status">
      {t('database.ok', { version: result.serverVersion })} {t(`database.states.${result.state}`)}
    </Alert>
  );
}
