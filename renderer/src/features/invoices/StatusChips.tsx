import Box from '@mui/material/Box';
import Chip from '@mui/material/Chip';
import Tooltip from '@mui/material/Tooltip';
import LockOpenOutlined from '@mui/icons-material/LockOpenOutlined';
import LockOutlined from '@mui/icons-material/LockOutlined';
import SellOutlined from '@mui/icons-material/SellOutlined';
import { Link as RouterLink } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import type { InvoiceSummary } from '../../../../shared/schemas/invoices';
import { useFormat } from '../../i18n/useFormat';

/** Which prices the month is computed with, and whether its figures are frozen. */
export function StatusChips({ summary }: { summary: InvoiceSummary }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { closed, priceList } = summary;
  return (
    <Box
      role="group"
      aria-label={t('invoices.status.label')}
      sx={{ display: 'flex', gap: 1, flexWrap: 'wrap', alignItems: 'center' }}
    >
      <Tooltip title={t('invoices.status.priceListHint')}>
        <Chip
          icon={<SellOutlined />}
          variant="outlined"
          label={t('invoices.status.priceList', { date: format.date(priceList.effectiveFrom) })}
          component={RouterLink}
          to="/bureau/prices"
          clickable
        />
      </Tooltip>
      {closed ? (
        <Tooltip title={t('invoices.status.closedHint')}>
          <Chip
            icon={<LockOutlined />}
            color="success"
            label={t('invoices.status.closed', {
              date: format.date(closed.at),
              actor: closed.actor,
            })}
          />
        </Tooltip>
      ) : (
        <Tooltip title={t('invoices.status.openHint')}>
          <Chip icon={<LockOpenOutlined />} variant="outlined" label={t('invoices.status.open')} />
        </Tooltip>
      )}
    </Box>
  );
}
