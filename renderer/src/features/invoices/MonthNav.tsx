import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import IconButton from '@mui/material/IconButton';
import Tooltip from '@mui/material/Tooltip';
import ChevronLeft from '@mui/icons-material/ChevronLeft';
import ChevronRight from '@mui/icons-material/ChevronRight';
import { useLocation, useNavigate } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { addMonths } from '../../../../shared/domain/months';
import { defaultMonth, isShowableMonth } from './month';
import { MonthPicker } from './MonthPicker';

/** Back, forward, or straight to a month; the open tab comes along. */
export function MonthNav({ month }: { month: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { search } = useLocation();
  const go = (next: string) => {
    if (isShowableMonth(next) && next !== month) void navigate(`/invoices/${next}${search}`);
  };
  const lastMonth = defaultMonth(new Date());
  const previous = addMonths(month, -1);
  const next = addMonths(month, 1);

  return (
    <Box
      component="nav"
      aria-label={t('invoices.nav.label')}
      sx={{ display: 'flex', alignItems: 'center', gap: 0.5 }}
    >
      <Tooltip title={t('invoices.nav.previous')}>
        <span>
          <IconButton
            aria-label={t('invoices.nav.previous')}
            onClick={() => go(previous)}
            disabled={!isShowableMonth(previous)}
          >
            <ChevronLeft />
          </IconButton>
        </span>
      </Tooltip>
      <MonthPicker month={month} onPick={go} />
      <Tooltip title={t('invoices.nav.next')}>
        <span>
          <IconButton
            aria-label={t('invoices.nav.next')}
            onClick={() => go(next)}
            disabled={!isShowableMonth(next)}
          >
            <ChevronRight />
          </IconButton>
        </span>
      </Tooltip>
      {month !== lastMonth && (
        <Button size="small" onClick={() => go(lastMonth)} sx={{ ml: 0.5 }}>
          {t('invoices.nav.lastMonth')}
        </Button>
      )}
    </Box>
  );
}
