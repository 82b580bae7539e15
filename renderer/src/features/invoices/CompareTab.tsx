import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import type { ComparisonRow } from '../../../../shared/schemas/invoices';
import { useQuery } from '../../api/hooks';
import { ErrorAlert } from '../../components/ErrorAlert';
import { SectionCard } from '../../components/SectionCard';
import { useFormat } from '../../i18n/useFormat';
import type { Words } from './changeText';
import { CompareGrid } from './CompareGrid';
import { ContentSkeleton } from './ContentSkeleton';
import { monthName } from './month';
import { deltaColor, type Money } from './useMoney';
import { REFRESH_ON } from './refresh';

interface Props {
  month: string;
  money: Money;
  words: Words;
}

/** The month against the one before: both totals, the difference, and who changed and why. */
export function CompareTab({ month, money, words }: Props) {
  const { t } = useTranslation();
  const format = useFormat();
  const comparison = useQuery('invoices:compare', { month }, { refreshOn: REFRESH_ON });
  const data = comparison.data;
  if (!data) {
    return comparison.error ? (
      <ErrorAlert error={comparison.error} onRetry={comparison.reload} />
    ) : (
      <ContentSkeleton label={t('invoices.loading')} />
    );
  }
  const newPrices = pricesChange(data.rows);
  const previousName = monthName(data.previousMonth, format.language);
  const figures = [
    {
      key: 'previous',
      label: `${t('invoices.compare.previous')} (${previousName})`,
      value:
        data.previousTotalExclVatOre === null
          ? t('invoices.compare.noPrevious')
          : money.kronor(data.previousTotalExclVatOre),
    },
    {
      key: 'current',
      label: `${t('invoices.compare.current')} (${monthName(data.month, format.language)})`,
      value: money.kronor(data.totalExclVatOre),
    },
    { key: 'delta', label: t('invoices.compare.delta'), value: money.signed(data.deltaOre) },
  ];

  return (
    <SectionCard title={t('invoices.compare.heading', { month: previousName })}>
      <Box
        component="dl"
        sx={{
          display: 'grid',
          gridTemplateColumns: 'repeat(auto-fit, minmax(220px, 1fr))',
          gap: 1.5,
          m: 0,
          mb: 2,
        }}
      >
        {figures.map((figure) => (
          <Box key={figure.key} data-figure={figure.key}>
            <Typography component="dt" variant="body2" color="text.secondary">
              {figure.label}
            </Typography>
            <Typography
              component="dd"
              variant="h5"
              sx={{
                m: 0,
                fontVariantNumeric: 'tabular-nums',
                color: figure.key === 'delta' ? deltaColor(data.deltaOre) : undefined,
              }}
            >
              {figure.value}
            </Typography>
            <Typography component="dd" variant="caption" color="text.secondary" sx={{ m: 0 }}>
              {t('invoices.compare.exclVat')}
            </Typography>
          </Box>
        ))}
      </Box>
      {newPrices && (
        <Alert severity="info" sx={{ mb: 2 }}>
          {t('invoices.compare.pricesChanged', {
            from: format.date(newPrices.from),
            to: format.date(newPrices.to),
          })}
        </Alert>
      )}
      {data.rows.length === 0 ? (
        <Typography sx={{ mb: 1 }}>
          {t('invoices.compare.none', { month: previousName })}
        </Typography>
      ) : (
        <CompareGrid rows={data.rows} money={money} words={words} />
      )}
      <Typography variant="body2" color="text.secondary" sx={{ mt: 1.5 }}>
        {t('invoices.compare.unchanged', {
          count: data.unchanged,
          formatted: format.number(data.unchanged),
        })}
      </Typography>
    </SectionCard>
  );
}

/** The price-list change the services add to every changed row, if the month has one. */
function pricesChange(rows: ComparisonRow[]): { from: string; to: string } | null {
  for (const row of rows) {
    for (const reason of row.reasons) if (reason.kind === 'prices') return reason;
  }
  return null;
}
