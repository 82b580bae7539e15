import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import { Link as RouterLink } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import type { InvoiceSummary } from '../../../../shared/schemas/invoices';

const MAX_LISTED = 5;

/** What the bureau must know before trusting the figures: example prices, a stale freeze, gaps. */
export function StatusAlerts({
  summary,
  addonName,
}: {
  summary: InvoiceSummary;
  addonName: (code: string) => string;
}) {
  const { t } = useTranslation();
  const names = new Map(summary.customers.map((c) => [c.id, c.name]));
  const { warnings } = summary;
  const listed = warnings.slice(0, MAX_LISTED);
  const toPrices = (
    <Button
      color="inherit"
      size="small"
      component={RouterLink}
      to="/bureau/prices"
      sx={{ whiteSpace: 'nowrap' }}
    >
      {t('invoices.status.exampleLink')}
    </Button>
  );

  return (
    <Box sx={{ display: 'grid', gap: 1.5, mb: 2, '&:empty': { display: 'none' } }}>
      {summary.priceList.example && (
        <Alert severity="warning" action={toPrices}>
          <AlertTitle>{t('invoices.status.exampleTitle')}</AlertTitle>
          {t('invoices.status.exampleBody')}
        </Alert>
      )}
      {summary.closed?.differs && (
        <Alert severity="warning">
          <AlertTitle>{t('invoices.status.differsTitle')}</AlertTitle>
          {t('invoices.status.differsBody')}
        </Alert>
      )}
      {warnings.length > 0 && (
        <Alert severity="warning" action={toPrices}>
          <AlertTitle>{t('invoices.status.unpricedTitle', { count: warnings.length })}</AlertTitle>
          <Box component="ul" sx={{ m: 0, pl: 2.5 }}>
            {listed.map((w) => (
              <li key={`${w.customerId}:${w.addonCode}`}>
                {t('invoices.status.unpriced', {
                  addon: addonName(w.addonCode),
                  customer: names.get(w.customerId) ?? w.customerId,
                })}
              </li>
            ))}
            {warnings.length > MAX_LISTED && (
              <li>{t('invoices.status.unpricedMore', { count: warnings.length - MAX_LISTED })}</li>
            )}
          </Box>
          {t('invoices.status.unpricedHint')}
        </Alert>
      )}
    </Box>
  );
}
