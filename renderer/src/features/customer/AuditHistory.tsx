import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { createContext, useContext, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { AuditEntry } from '../../../../shared/schemas/app';
import { useFormat } from '../../i18n/useFormat';
import { auditAction } from './auditAction';
import { AuditChangeList } from './AuditChangeList';
import { changesOf } from './auditChanges';
import { auditNames, type AuditNames } from './auditValues';

const NamesContext = createContext<AuditNames>(auditNames([], [], []));

function What({ entry }: { entry: AuditEntry }) {
  const { t } = useTranslation();
  const format = useFormat();
  const names = useContext(NamesContext);
  const action = auditAction(t, format, entry);
  const changes = action.details ? changesOf(entry) : [];
  return (
    <>
      <Typography variant="body2" sx={{ fontWeight: 600 }}>
        {action.text}
      </Typography>
      {action.details &&
        (changes.length > 0 ? (
          <AuditChangeList entity={entry.entity} changes={changes} names={names} />
        ) : (
          <Typography variant="body2" color="text.secondary">
            {t('customer.noChanges')}
          </Typography>
        ))}
    </>
  );
}

interface Props {
  entries: AuditEntry[];
  /** The customer's users and profiles, to show names where the entries hold ids. */
  users: readonly { id: string; firstName: string; lastName: string }[];
  profiles: readonly { id: string; name: string }[];
}

/** Who changed what, about whom, and when: newest first. */
export function AuditHistory({ entries, users, profiles }: Props) {
  const { t } = useTranslation();
  const format = useFormat();
  const names = useMemo(() => auditNames(entries, users, profiles), [entries, users, profiles]);
  if (entries.length === 0) {
    return <Typography color="text.secondary">{t('customer.historyEmpty')}</Typography>;
  }
  const sorted = [...entries].sort((a, b) => b.at.localeCompare(a.at) || b.id - a.id);
  return (
    <NamesContext.Provider value={names}>
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
    </NamesContext.Provider>
  );
}
