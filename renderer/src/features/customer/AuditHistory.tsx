import Box from '@mui/material/Box';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { AuditEntry } from '../../../../shared/schemas/app';
import { useFormat } from '../../i18n/useFormat';
import { auditAction } from './auditAction';
import { changesOf, type FieldChange } from './auditChanges';

type Format = ReturnType<typeof useFormat>;

/** Enum values of the collaboration, in words. */
const ENUMS: Record<string, string> = {
  payer: 'common.payers',
  method: 'common.methodNames',
  version: 'common.versions',
  scheme: 'common.schemes',
  period: 'timeSettings.approval.periods',
  levels: 'timeSettings.approval.levelOptions',
  system: 'timeSettings.payrollExport.systems',
  format: 'timeSettings.payrollExport.formats',
  kind: 'timeSettings.timeCodes.kinds',
};

function valueText(t: TFunction, format: Format, field: string, value: unknown): string {
  if (value === null || value === undefined || value === '') return t('customer.empty');
  if (typeof value === 'boolean') return t(value ? 'app.yes' : 'app.no');
  if (typeof value === 'number') return format.number(value);
  if (Array.isArray(value)) return value.map((v) => valueText(t, format, field, v)).join(', ');
  // A row of a list (a reduced day, a custom code): its values side by side.
  if (typeof value === 'object')
    return Object.values(value)
      .map((v) => valueText(t, format, field, v))
      .join(' ');
  const last = field.split('.').pop() ?? field;
  const enumKey = ENUMS[last];
  if (typeof value === 'string' && enumKey)
    return t(`${enumKey}.${value}`, { defaultValue: value });
  return typeof value === 'string' ? value : JSON.stringify(value);
}

function fieldLabel(t: TFunction, field: string): string {
  const last = field.split('.').pop() ?? field;
  return t([`fields.${field}`, `fields.${last}`], { defaultValue: field });
}

function Change({ change }: { change: FieldChange }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <Box component="li" sx={{ overflowWrap: 'anywhere' }}>
      <Box component="span" sx={{ fontWeight: 600 }}>
        {fieldLabel(t, change.field)}:
      </Box>{' '}
      <Box component="span" sx={{ color: 'text.secondary' }}>
        {valueText(t, format, change.field, change.before)}
      </Box>
      {' → '}
      <span>{valueText(t, format, change.field, change.after)}</span>
    </Box>
  );
}

function What({ entry }: { entry: AuditEntry }) {
  const { t } = useTranslation();
  const action = auditAction(t, entry);
  const changes = action.details ? changesOf(entry) : [];
  return (
    <>
      <Typography variant="body2" sx={{ fontWeight: 600 }}>
        {action.text}
      </Typography>
      {action.details &&
        (changes.length > 0 ? (
          <Box component="ul" sx={{ m: 0, pl: 2.5, typography: 'body2' }}>
            {changes.map((change) => (
              <Change key={change.field} change={change} />
            ))}
          </Box>
        ) : (
          <Typography variant="body2" color="text.secondary">
            {t('customer.noChanges')}
          </Typography>
        ))}
    </>
  );
}

/** Who changed what, and when: newest first. */
export function AuditHistory({ entries }: { entries: AuditEntry[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  if (entries.length === 0) {
    return <Typography color="text.secondary">{t('customer.historyEmpty')}</Typography>;
  }
  const sorted = [...entries].sort((a, b) => b.at.localeCompare(a.at) || b.id - a.id);
  return (
    <Table size="small" aria-label={t('customer.history')}>
      <TableHead>
        <TableRow>
          <TableCell sx={{ width: 170 }}>{t('customer.historyWhen')}</TableCell>
          <TableCell sx={{ width: 180 }}>{t('customer.historyWho')}</TableCell>
          <TableCell>{t('customer.historyWhat')}</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {sorted.map((entry) => (
          <TableRow key={entry.id} sx={{ verticalAlign: 'top' }}>
            <TableCell sx={{ whiteSpace: 'nowrap' }}>{format.dateTime(entry.at)}</TableCell>
            <TableCell>{entry.actor || t('customer.unknownActor')}</TableCell>
            <TableCell>
              <What entry={entry} />
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
