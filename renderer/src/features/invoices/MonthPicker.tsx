import { useId, useState } from 'react';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import IconButton from '@mui/material/IconButton';
import Popover from '@mui/material/Popover';
import Typography from '@mui/material/Typography';
import CalendarMonthOutlined from '@mui/icons-material/CalendarMonthOutlined';
import ChevronLeft from '@mui/icons-material/ChevronLeft';
import ChevronRight from '@mui/icons-material/ChevronRight';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/useFormat';
import { monthName, monthOfYear } from './month';

interface Props {
  month: string;
  onPick: (month: string) => void;
}

const MONTHS = Array.from({ length: 12 }, (_, i) => String(i + 1).padStart(2, '0'));

/**
 * The shown month as a button that opens the year's twelve months: named in the app's language,
 * which the browser's own month input does not follow.
 */
export function MonthPicker({ month, onPick }: Props) {
  const { t } = useTranslation();
  const { language } = useFormat();
  const dialogId = useId();
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const [year, setYear] = useState(() => Number(month.slice(0, 4)));
  const open = (target: HTMLElement) => {
    setYear(Number(month.slice(0, 4)));
    setAnchor(target);
  };
  const pick = (value: string) => {
    setAnchor(null);
    onPick(value);
  };

  return (
    <>
      <Button
        variant="outlined"
        color="inherit"
        startIcon={<CalendarMonthOutlined />}
        aria-haspopup="dialog"
        aria-controls={anchor ? dialogId : undefined}
        aria-expanded={anchor ? 'true' : 'false'}
        aria-label={`${t('invoices.nav.picker')}: ${monthName(month, language)}`}
        onClick={(event) => open(event.currentTarget)}
        sx={{ minWidth: 170, justifyContent: 'flex-start', borderColor: 'divider' }}
      >
        {monthName(month, language)}
      </Button>
      <Popover
        id={dialogId}
        open={!!anchor}
        anchorEl={anchor}
        onClose={() => setAnchor(null)}
        anchorOrigin={{ vertical: 'bottom', horizontal: 'left' }}
        slotProps={{ paper: { role: 'dialog', 'aria-label': t('invoices.nav.pickerLabel') } }}
      >
        <Box sx={{ p: 1.5, width: 264 }}>
          <Box sx={{ display: 'flex', alignItems: 'center', mb: 1 }}>
            <IconButton
              size="small"
              aria-label={t('invoices.nav.previousYear')}
              onClick={() => setYear((y) => y - 1)}
              disabled={year <= 2000}
            >
              <ChevronLeft />
            </IconButton>
            <Typography sx={{ flex: 1, textAlign: 'center', fontWeight: 600 }} aria-live="polite">
              {year}
            </Typography>
            <IconButton
              size="small"
              aria-label={t('invoices.nav.nextYear')}
              onClick={() => setYear((y) => y + 1)}
              disabled={year >= 2099}
            >
              <ChevronRight />
            </IconButton>
          </Box>
          <Box sx={{ display: 'grid', gridTemplateColumns: 'repeat(3, 1fr)', gap: 0.5 }}>
            {MONTHS.map((mm) => {
              const value = `${year}-${mm}`;
              const current = value === month;
              return (
                <Button
                  key={mm}
                  size="small"
                  variant={current ? 'contained' : 'text'}
                  aria-current={current ? 'date' : undefined}
                  aria-label={monthName(value, language)}
                  autoFocus={current}
                  onClick={() => pick(value)}
                >
                  {monthOfYear(value, language)}
                </Button>
              );
            })}
          </Box>
        </Box>
      </Popover>
    </>
  );
}
