import Link from '@mui/material/Link';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import { Link as RouterLink } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import type { TrendPoint } from '../../../../shared/schemas/invoices';
import { SectionCard } from '../../components/SectionCard';
import { useFormat } from '../../i18n/useFormat';
import { monthName } from './month';
import type { Money } from './useMoney';

const COLUMNS = ['month', 'customers', 'licences', 'amount', 'list', 'margin', 'status'] as const;

/** The charts' figures as a table: exact, readable aloud, and a way to each month. */
export function TrendTable({ points, money }: { points: TrendPoint[]; money: Money }) {
  const { t } = useTranslation();
  const format = useFormat();
  const none = t('app.none');
  const amount = (p: TrendPoint, ore: number) => (p.priced ? money.kronor(ore) : none);
  const status = (p: TrendPoint) =>
    t(`invoices.trend.${p.closed ? 'closed' : p.priced ? 'open' : 'unpriced'}`);
  const num = { fontVariantNumeric: 'tabular-nums' } as const;

  return (
    <SectionCard title={t('invoices.trend.table')}>
      <Table size="small" aria-label={t('invoices.trend.tableLabel')}>
        <TableHead>
          <TableRow>
            {COLUMNS.map((key) => (
              <TableCell key={key} align={key === 'month' || key === 'status' ? 'left' : 'right'}>
                {t(`invoices.trend.columns.${key}`)}
              </TableCell>
            ))}
          </TableRow>
        </TableHead>
        <TableBody>
          {[...points].reverse().map((p) => (
            <TableRow key={p.month}>
              <TableCell>
                <Link component={RouterLink} to={`/invoices/${p.month}`}>
                  {monthName(p.month, format.language)}
                </Link>
              </TableCell>
              <TableCell align="right" sx={num}>
                {format.number(p.customers)}
              </TableCell>
              <TableCell align="right" sx={num}>
                {format.number(p.licences)}
              </TableCell>
              <TableCell align="right" sx={num}>
                {amount(p, p.totalExclVatOre)}
              </TableCell>
              <TableCell align="right" sx={num}>
                {amount(p, p.listTotalExclVatOre)}
              </TableCell>
              <TableCell align="right" sx={num}>
                {amount(p, p.marginOre)}
              </TableCell>
              <TableCell>{status(p)}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </SectionCard>
  );
}
