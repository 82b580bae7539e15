import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import { useTranslation } from 'react-i18next';
import type { PriceList } from '../../../../shared/schemas/invoices';
import { useFormat } from '../../i18n/useFormat';

const amount = {
  textAlign: 'right',
  whiteSpace: 'nowrap',
  fontVariantNumeric: 'tabular-nums',
} as const;

interface Row {
  key: string;
  service: string;
  code: string;
  unit: string;
  listOre: number;
  resellerOre: number;
}

/** The licence and every add-on of a version: list price, ÅF price and what the bureau keeps. */
export function PriceTable({ version, label }: { version: PriceList; label: string }) {
  const { t } = useTranslation();
  const { money } = useFormat();
  const rows: Row[] = [
    {
      key: 'licence',
      service: t('prices.table.licence'),
      code: '',
      unit: t('prices.table.licenceUnit'),
      ...version.licence,
    },
    ...version.addons.map((a) => ({
      key: a.code,
      service: a.name,
      code: a.code,
      unit: t(`prices.units.${a.unit}`),
      listOre: a.listOre,
      resellerOre: a.resellerOre,
    })),
  ];
  return (
    // Fixed column widths line the versions up under each other for comparison.
    <Table size="small" aria-label={label} sx={{ tableLayout: 'fixed' }}>
      <TableHead>
        <TableRow>
          <TableCell sx={{ width: '28%' }}>{t('prices.table.service')}</TableCell>
          <TableCell sx={{ width: '18%' }}>{t('prices.table.code')}</TableCell>
          <TableCell sx={{ width: '18%' }}>{t('prices.table.unit')}</TableCell>
          <TableCell sx={amount}>{t('prices.table.list')}</TableCell>
          <TableCell sx={amount}>{t('prices.table.reseller')}</TableCell>
          <TableCell sx={amount}>{t('prices.table.margin')}</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {rows.map((row) => (
          <TableRow key={row.key}>
            <TableCell component="th" scope="row">
              {row.service}
            </TableCell>
            <TableCell sx={{ color: 'text.secondary', overflowWrap: 'anywhere' }}>
              {row.code || t('app.none')}
            </TableCell>
            <TableCell>{row.unit}</TableCell>
            <TableCell sx={amount}>{money(row.listOre)}</TableCell>
            <TableCell sx={amount}>{money(row.resellerOre)}</TableCell>
            <TableCell
              sx={{ ...amount, color: row.listOre < row.resellerOre ? 'error.main' : undefined }}
            >
              {money(row.listOre - row.resellerOre)}
            </TableCell>
          </TableRow>
        ))}
        {version.addons.length === 0 && (
          <TableRow>
            <TableCell colSpan={6} sx={{ color: 'text.secondary' }}>
              {t('prices.table.noAddons')}
            </TableCell>
          </TableRow>
        )}
      </TableBody>
    </Table>
  );
}
