import { useState } from 'react';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import FormControl from '@mui/material/FormControl';
import InputLabel from '@mui/material/InputLabel';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemText from '@mui/material/ListItemText';
import MenuItem from '@mui/material/MenuItem';
import Select from '@mui/material/Select';
import Skeleton from '@mui/material/Skeleton';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import AddIcon from '@mui/icons-material/Add';
import CheckIcon from '@mui/icons-material/Check';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Holiday } from '../../../../../shared/schemas/settings';
import { useQuery } from '../../../api/hooks';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { useFormat } from '../../../i18n/useFormat';
import { SubHeading } from './SubHeading';

interface Props {
  /** Dates already in the reduced-days list: their half day is shown as added. */
  addedDates: ReadonlySet<string>;
  onAddHalfDay: (holiday: Holiday) => void;
}

/** The years a bureau plans for: last year's stragglers to a couple of years ahead. */
function yearChoices(current: number): number[] {
  return [current - 1, current, current + 1, current + 2];
}

/**
 * The year's röda dagar, read-only (the moving feasts as the server computes them), and the
 * common half days, each one click from the reduced-days list.
 */
export function HolidayHelper({ addedDates, onAddHalfDay }: Props) {
  const { t } = useTranslation();
  const format = useFormat();
  const yearLabelId = useId();
  const current = new Date().getFullYear();
  const [year, setYear] = useState(current);
  const holidays = useQuery('holidays:list', { year });
  const list = holidays.data ?? [];
  const redDays = list.filter((h) => h.kind !== 'halfDay');
  const halfDays = list.filter((h) => h.kind === 'halfDay');

  return (
    <>
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 2, mt: 3.5, mb: 1.5 }}>
        <SubHeading first>{t('timeSettings.workTime.holidays')}</SubHeading>
        <FormControl size="small" sx={{ minWidth: 110, ml: 'auto' }}>
          <InputLabel id={yearLabelId}>{t('timeSettings.workTime.year')}</InputLabel>
          <Select
            labelId={yearLabelId}
            label={t('timeSettings.workTime.year')}
            value={year}
            onChange={(event) => setYear(Number(event.target.value))}
          >
            {yearChoices(current).map((y) => (
              <MenuItem key={y} value={y}>
                {y}
              </MenuItem>
            ))}
          </Select>
        </FormControl>
      </Box>
      <ErrorAlert error={holidays.error} onRetry={holidays.reload} />
      {holidays.loading && <Skeleton variant="rounded" height={200} />}
      {holidays.data && (
        <Box
          sx={{
            display: 'grid',
            gridTemplateColumns: { xs: '1fr', lg: 'minmax(0, 3fr) minmax(0, 2fr)' },
            gap: 3,
            alignItems: 'start',
          }}
        >
          <Box>
            <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
              {t('timeSettings.workTime.redDaysHelp')}
            </Typography>
            <Table size="small" aria-label={t('timeSettings.workTime.redDays', { year })}>
              <TableHead>
                <TableRow>
                  <TableCell sx={{ width: 120 }}>{t('timeSettings.workTime.date')}</TableCell>
                  <TableCell>{t('timeSettings.workTime.holiday')}</TableCell>
                </TableRow>
              </TableHead>
              <TableBody>
                {redDays.map((h) => (
                  <TableRow key={h.date}>
                    <TableCell sx={{ whiteSpace: 'nowrap' }}>
                      <time dateTime={h.date}>{format.weekdayDate(h.date)}</time>
                    </TableCell>
                    <TableCell>
                      {h.name}
                      {h.kind === 'deFacto' && (
                        <Chip
                          size="small"
                          variant="outlined"
                          label={t('timeSettings.workTime.deFacto')}
                          sx={{ ml: 1 }}
                        />
                      )}
                    </TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </Box>
          <Box>
            <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
              {t('timeSettings.workTime.halfDaysHelp')}
            </Typography>
            {halfDays.length === 0 ? (
              <Typography color="text.secondary">
                {t('timeSettings.workTime.noHalfDays')}
              </Typography>
            ) : (
              <List dense aria-label={t('timeSettings.workTime.halfDays', { year })} disablePadding>
                {halfDays.map((h) => {
                  const added = addedDates.has(h.date);
                  const when = format.weekdayDate(h.date);
                  return (
                    <ListItem
                      key={h.date}
                      disableGutters
                      secondaryAction={
                        <Button
                          size="small"
                          startIcon={added ? <CheckIcon /> : <AddIcon />}
                          disabled={added}
                          onClick={() => onAddHalfDay(h)}
                          aria-label={t(
                            added
                              ? 'timeSettings.workTime.halfDayAdded'
                              : 'timeSettings.workTime.addHalfDay',
                            { name: h.name, date: when },
                          )}
                        >
                          {added
                            ? t('timeSettings.workTime.added')
                            : t('timeSettings.workTime.add')}
                        </Button>
                      }
                      sx={{ pr: 14, borderBottom: 1, borderColor: 'divider' }}
                    >
                      <ListItemText primary={h.name} secondary={when} />
                    </ListItem>
                  );
                })}
              </List>
            )}
          </Box>
        </Box>
      )}
    </>
  );
}
