import Box from '@mui/material/Box';
import Link from '@mui/material/Link';
import Skeleton from '@mui/material/Skeleton';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { useTheme } from '@mui/material/styles';
import { BarChart } from '@mui/x-charts/BarChart';
import { Link as RouterLink, useNavigate } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { useQuery } from '../../api/hooks';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageHeader } from '../../components/PageHeader';
import { SectionCard } from '../../components/SectionCard';
import { useDocumentTitle } from '../../hooks/useDocumentTitle';
import { useFormat } from '../../i18n/useFormat';
import { filterOfStep, stepParam } from '../portfolio/stepFilter';
import { BAR_STEPS, barCounts } from './overviewBars';

const portfolioOf = (step: number | null) => `/customers?step=${stepParam(filterOfStep(step))}`;

/** Where the portfolio stands: how many customers have each onboarding step next. */
export function OverviewPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const theme = useTheme();
  const navigate = useNavigate();
  useDocumentTitle(t('overview.title'));
  const overview = useQuery(
    'onboarding:overview',
    {},
    { refreshOn: ['customers:changed', 'settings:changed'] },
  );
  const data = overview.data;
  const counts = data ? barCounts(data) : [];
  const shortLabel = (step: number | null) =>
    step === null ? t('onboarding.done') : `${step} ${t(`onboarding.short.${step}`)}`;
  const longLabel = (step: number | null) =>
    step === null ? t('overview.done') : `${step}. ${t(`onboarding.steps.${step}`)}`;
  const customers = (n: number) =>
    t('overview.customers', { count: n, formatted: format.number(n) });
  // Said as one sentence to a screen reader: the drawing itself says nothing.
  const summary = BAR_STEPS.map(
    (step, i) => `${longLabel(step)}: ${customers(counts[i] ?? 0)}`,
  ).join('; ');

  return (
    <>
      <PageHeader
        title={t('overview.title')}
        subtitle={
          data &&
          t('overview.subtitle', { count: data.total, formatted: format.number(data.total) })
        }
      />
      <ErrorAlert error={overview.error} onRetry={overview.reload} />
      <SectionCard title={t('overview.chartTitle')}>
        <Typography variant="body2" color="text.secondary" sx={{ mb: 2, maxWidth: 760 }}>
          {t('overview.intro')}
        </Typography>
        {!data ? (
          <Skeleton variant="rounded" height={320} aria-label={t('app.loading')} />
        ) : (
          <Box
            sx={{
              display: 'grid',
              gridTemplateColumns: { xs: '1fr', lg: 'minmax(0, 3fr) minmax(280px, 2fr)' },
              gap: 3,
              alignItems: 'start',
            }}
          >
            <Box
              role="img"
              aria-label={t('overview.chartLabel', { summary })}
              sx={{ '& .MuiBarChart-element': { cursor: 'pointer' } }}
            >
              {/* Horizontal: the steps' names fit on the left, where they can be read. */}
              <BarChart
                layout="horizontal"
                height={320}
                yAxis={[
                  {
                    scaleType: 'band',
                    data: BAR_STEPS.map(shortLabel),
                    width: 150,
                    colorMap: {
                      type: 'ordinal',
                      values: BAR_STEPS.map(shortLabel),
                      colors: BAR_STEPS.map((step) =>
                        step === null ? theme.palette.success.main : theme.palette.primary.main,
                      ),
                    },
                  },
                ]}
                xAxis={[{ tickMinStep: 1 }]}
                series={[
                  {
                    data: counts,
                    label: t('overview.seriesLabel'),
                    valueFormatter: (value) => customers(value ?? 0),
                  },
                ]}
                hideLegend
                borderRadius={4}
                onItemClick={(_, item) => navigate(portfolioOf(BAR_STEPS[item.dataIndex] ?? null))}
              />
            </Box>
            <Table size="small" aria-label={t('overview.tableLabel')}>
              <TableHead>
                <TableRow>
                  <TableCell sx={{ pl: 0 }}>{t('overview.step')}</TableCell>
                  <TableCell align="right">{t('overview.count')}</TableCell>
                </TableRow>
              </TableHead>
              <TableBody>
                {BAR_STEPS.map((step, i) => (
                  <TableRow key={String(step)}>
                    <TableCell sx={{ pl: 0 }}>
                      <Link component={RouterLink} to={portfolioOf(step)}>
                        {longLabel(step)}
                      </Link>
                    </TableCell>
                    <TableCell align="right" sx={{ fontVariantNumeric: 'tabular-nums' }}>
                      {format.number(counts[i] ?? 0)}
                    </TableCell>
                  </TableRow>
                ))}
                <TableRow>
                  <TableCell sx={{ pl: 0, fontWeight: 600 }}>{t('overview.total')}</TableCell>
                  <TableCell align="right" sx={{ fontWeight: 600 }}>
                    {format.number(data.total)}
                  </TableCell>
                </TableRow>
              </TableBody>
            </Table>
          </Box>
        )}
      </SectionCard>
    </>
  );
}
