import Box from '@mui/material/Box';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { BlikkDifference } from '../../../../shared/schemas/blikk';
import { useMutation } from '../../api/useMutation';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useNotify } from '../../components/Notifier';
import { DifferenceChoice } from './DifferenceChoice';
import { differenceValue, groupByUser, type UserDifferences } from './differences';
import { ResultSection } from './UserLists';

interface Props {
  customerId: string;
  differences: BlikkDifference[];
}

/** Field differences per user: Kundstart's value, Blikk's, and the choice between them. */
export function DifferencesSection({ customerId, differences }: Props) {
  const { t } = useTranslation();
  const notify = useNotify();
  const groups = useMemo(() => groupByUser(differences), [differences]);
  const resolve = useMutation('blikk:resolve');

  async function choose(difference: BlikkDifference, choice: 'accept' | 'keep') {
    const result = await resolve.run({ customerId, differenceId: difference.id, choice });
    if (result.ok)
      notify(t(choice === 'accept' ? 'blikk.result.accepted' : 'blikk.result.keptNote'));
  }

  return (
    <ResultSection
      title={t('blikk.result.differencesTitle', { count: differences.length })}
      action={t('blikk.result.differencesAction')}
      count={differences.length}
    >
      <ErrorAlert error={resolve.error} />
      <Box sx={{ display: 'grid', gap: 2 }}>
        {groups.map((group) => (
          <UserTable
            key={group.userId}
            group={group}
            busy={resolve.busy}
            onChoose={(difference, choice) => void choose(difference, choice)}
          />
        ))}
      </Box>
    </ResultSection>
  );
}

interface TableProps {
  group: UserDifferences;
  busy: boolean;
  onChoose: (difference: BlikkDifference, choice: 'accept' | 'keep') => void;
}

function UserTable({ group, busy, onChoose }: TableProps) {
  const { t } = useTranslation();
  return (
    <Box>
      <Typography component="h4" sx={{ fontWeight: 600, mb: 0.5 }}>
        {group.user}
      </Typography>
      <Table size="small" aria-label={t('blikk.result.userLabel', { user: group.user })}>
        <TableHead>
          <TableRow>
            <TableCell sx={{ width: '18%' }}>{t('blikk.result.field')}</TableCell>
            <TableCell sx={{ width: '24%' }}>{t('blikk.result.prepared')}</TableCell>
            <TableCell sx={{ width: '24%' }}>{t('blikk.result.blikk')}</TableCell>
            <TableCell>{t('blikk.result.choice')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {group.differences.map((difference) => (
            <TableRow key={difference.id}>
              <TableCell component="th" scope="row">
                {t(`blikk.fields.${difference.field}`)}
              </TableCell>
              <TableCell sx={{ overflowWrap: 'anywhere' }}>
                {differenceValue(t, difference.field, difference.prepared)}
              </TableCell>
              <TableCell sx={{ overflowWrap: 'anywhere' }}>
                {differenceValue(t, difference.field, difference.blikk)}
              </TableCell>
              <TableCell>
                <DifferenceChoice difference={difference} busy={busy} onChoose={onChoose} />
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </Box>
  );
}
