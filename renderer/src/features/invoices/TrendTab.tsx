import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { useTheme } from '@mui/material/styles';
import { BarChart } from '@mui/x-charts/BarChart';
import { LineChart } from '@mui/x-charts/LineChart';
import { useTranslation } from 'react-i18next';
import type { TrendPoint } from '../../../../shared/schemas/invoices';
import { useQuery } from '../../api/hooks';
import { ErrorAlert } from '../../components/ErrorAlert';
import { SectionCard } from '../../components/SectionCard';
import { useFormat } from '../../i18n/useFormat';
import { ContentSkeleton } from './ContentSkeleton';
import { monthName, monthShort } from './month';
import { REFRESH_ON } from './refresh';
import { fromFirstData } from './trendPoints';
import { TrendTable } from './TrendTable';
import type { Money } from './useMoney';

const HEIGHT = 300;

/** The twelve months ending with the shown one: licences, and what Blikk and the customers pay. */
export function TrendTab({ month, money }: { month: string; money: Money }) {
  const { t } = useTranslation();
  const format = useFormat();
  const theme = useTheme();
  const trend = useQuery('invoices:trend', { month, months: 12 }, { refreshOn: REFRESH_ON });
  const points = trend.data && fromFirstData(trend.data);
  if (!points) {
    return trend.error ? (
      <ErrorAlert error={trend.error} onRetry={trend.reload} />
    ) : (
      <ContentSkeleton label={t('invoices.loading')} />
    );
  }

  const months = points.map((p) => p.month);
  const closed = new Set(points.filter((p) => p.closed).map((p) => p.month));
  // Ticks short ("okt. 26"), the tooltip whole, and saying when the month is closed.
  const monthLabel = (value: string, context: { location: string }) => {
    if (context.location === 'tick') return monthShort(value, format.language);
    const name = monthName(value, format.language);
    return closed.has(value) ? t('invoices.trend.closedMark', { month: name }) : name;
  };
  // Dots on the lines where the bars are dark: the closed months.
  const closedMark = ({ index }: { index: number }) => points[index]?.closed ?? false;
  const kronor = (p: TrendPoint, ore: number) => (p.priced ? ore / 100 : null);
  const spoken = (text: (p: TrendPoint) => string) =>
    points.map((p) => `${monthName(p.month, format.language)}: ${text(p)}`).join('; ');
  const unpriced = t('invoices.trend.unpriced');
  // Whole kronor while they fit the axis; "1,5 mn kr" once they would not.
  const largest = Math.max(0, ...points.map((p) => p.listTotalExclVatOre));
  const tick = largest >= 10_000_000 ? money.compact : money.whole;
  const axisKronor = (v: number) => tick(Math.round(v * 100));

  return (
    <>
      <Box
        sx={{
          display: 'grid',
          gridTemplateColumns: { xs: '1fr', lg: 'repeat(2, minmax(0, 1fr))' },
          gap: 2,
          mb: 2,
        }}
      >
        <SectionCard title={t('invoices.trend.licences')}>
          <Box
            role="img"
            aria-label={t('invoices.trend.licencesLabel', {
              summary: spoken((p) => format.number(p.licences)),
            })}
          >
            <BarChart
              height={HEIGHT}
              xAxis={[
                {
                  scaleType: 'band',
                  data: months,
                  valueFormatter: monthLabel,
                  colorMap: {
                    type: 'ordinal',
                    values: months,
                    colors: points.map((p) =>
                      p.closed ? theme.palette.primary.dark : theme.palette.primary.light,
                    ),
                  },
                },
              ]}
              yAxis={[
                {
                  width: 56,
                  tickMinStep: 1,
                  min: 0,
                  max: points.some((p) => p.licences > 0) ? undefined : 1,
                  valueFormatter: (v: number) => format.number(v),
                },
              ]}
              series={[
                {
                  data: points.map((p) => p.licences),
                  label: t('invoices.trend.licences'),
                  valueFormatter: (v) => (v === null ? '' : format.number(v)),
                },
              ]}
              hideLegend
              borderRadius={4}
            />
          </Box>
          <Typography variant="caption" color="text.secondary">
            {t('invoices.trend.closedLegend')}
          </Typography>
        </SectionCard>
        <SectionCard title={t('invoices.trend.amounts')}>
          <Box
            role="img"
            aria-label={t('invoices.trend.amountsLabel', {
              summary: spoken((p) =>
                p.priced
                  ? `${money.kronor(p.totalExclVatOre)} / ${money.kronor(p.listTotalExclVatOre)}`
                  : unpriced,
              ),
            })}
          >
            <LineChart
              height={HEIGHT}
              xAxis={[{ scaleType: 'point', data: months, valueFormatter: monthLabel }]}
              yAxis={[
                // Nothing to draw yet: a 0–1 kr axis, not ticks of 0.000000.
                {
                  width: 76,
                  min: 0,
                  max: largest === 0 ? 1 : undefined,
                  tickMinStep: 1,
                  valueFormatter: axisKronor,
                },
              ]}
              series={[
                {
                  data: points.map((p) => kronor(p, p.totalExclVatOre)),
                  label: t('invoices.trend.reseller'),
                  color: theme.palette.primary.main,
                  curve: 'linear',
                  showMark: closedMark,
                  valueFormatter: (v) =>
                    v === null ? unpriced : money.kronor(Math.round(v * 100)),
                },
                {
                  data: points.map((p) => kronor(p, p.listTotalExclVatOre)),
                  label: t('invoices.trend.list'),
                  color: theme.palette.success.main,
                  curve: 'linear',
                  showMark: closedMark,
                  valueFormatter: (v) =>
                    v === null ? unpriced : money.kronor(Math.round(v * 100)),
                },
              ]}
            />
          </Box>
          <Typography variant="caption" color="text.secondary">
            {t('invoices.trend.closedDots')}
          </Typography>
        </SectionCard>
      </Box>
      <TrendTable points={points} money={money} />
    </>
  );
}
