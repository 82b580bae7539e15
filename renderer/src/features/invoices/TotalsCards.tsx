import type { ReactNode } from 'react';
import Box from '@mui/material/Box';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import type { InvoiceSummary } from '../../../../shared/schemas/invoices';
import { useFormat } from '../../i18n/useFormat';
import type { Money } from './useMoney';

interface Total {
  key: string;
  label: string;
  value: string;
  hint: ReactNode;
  strong?: boolean;
}

/** The invoice's bottom line and what the bureau earns, as one description list of cards. */
export function TotalsCards({ summary, money }: { summary: InvoiceSummary; money: Money }) {
  const { t } = useTranslation();
  const format = useFormat();
  const count = (key: string, n: number) =>
    t(`invoices.totals.${key}`, { count: n, formatted: format.number(n) });
  const totals: Total[] = [
    {
      key: 'payable',
      label: t('invoices.totals.payable'),
      value: money.kronor(summary.payableOre),
      hint:
        summary.roundingOre === 0
          ? t('invoices.totals.payableHintNone')
          : t('invoices.totals.payableHint', { rounding: money.signed(summary.roundingOre) }),
      strong: true,
    },
    {
      key: 'exclVat',
      label: t('invoices.totals.exclVat'),
      value: money.kronor(summary.totalExclVatOre),
      hint: t('invoices.totals.exclVatHint'),
    },
    {
      key: 'vat',
      label: t('invoices.totals.vat'),
      value: money.kronor(summary.vatOre),
      hint: t('invoices.totals.vatHint', { amount: money.kronor(summary.totalInclVatOre) }),
    },
    {
      key: 'margin',
      label: t('invoices.totals.margin'),
      value: money.kronor(summary.marginOre),
      hint: t('invoices.totals.marginHint', { amount: money.kronor(summary.listTotalExclVatOre) }),
    },
    {
      key: 'customers',
      label: t('invoices.totals.customers'),
      value: count('customerCount', summary.customers.length),
      hint: count('licenceCount', summary.licences),
    },
  ];

  return (
    <Box
      component="dl"
      aria-label={t('invoices.totals.label')}
      sx={{
        display: 'grid',
        gridTemplateColumns: 'repeat(auto-fit, minmax(170px, 1fr))',
        gap: 1.5,
        m: 0,
        mb: 2.5,
      }}
    >
      {totals.map((total) => (
        <Paper
          key={total.key}
          variant="outlined"
          data-total={total.key}
          sx={{
            p: 2,
            containerType: 'inline-size',
            ...(total.strong && {
              borderColor: 'primary.main',
              bgcolor: 'rgba(29, 95, 163, 0.04)',
            }),
          }}
        >
          <Typography component="dt" variant="body2" color="text.secondary">
            {total.label}
          </Typography>
          <Typography
            component="dd"
            variant="h5"
            sx={{
              m: 0,
              mt: 0.5,
              // As large as the card's width allows: two million kronor must still fit.
              fontSize: 'clamp(1rem, 11cqi, 1.3rem)',
              fontVariantNumeric: 'tabular-nums',
            }}
          >
            {total.value}
          </Typography>
          <Typography component="dd" variant="caption" color="text.secondary" sx={{ m: 0 }}>
            {total.hint}
          </Typography>
        </Paper>
      ))}
    </Box>
  );
}
