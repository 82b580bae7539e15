import Box from '@mui/material/Box';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import type { SxProps, Theme } from '@mui/material/styles';
import { useTranslation } from 'react-i18next';
import type { CustomerInvoice } from '../../../../shared/schemas/invoices';
import { changeSentence, type Words } from './changeText';
import type { Money } from './useMoney';

const NUMBER_COLUMNS = [
  'quantity',
  'unitPrice',
  'amount',
  'listUnitPrice',
  'listAmount',
  'margin',
] as const;

/** One customer's invoice lines, reseller and list price side by side, and its month's changes. */
export function InvoiceLines({
  customer,
  money,
  words,
}: {
  customer: CustomerInvoice;
  money: Money;
  words: Words;
}) {
  const { t } = useTranslation();
  const cell = { py: 0.5, fontVariantNumeric: 'tabular-nums' } as const;
  return (
    <Box sx={{ py: 1, pl: 6, pr: 2, width: '100%' }}>
      <Table
        size="small"
        aria-label={t('invoices.grid.linesLabel', { name: customer.name })}
        sx={{ maxWidth: 980, '& th': { fontWeight: 600, color: 'text.secondary' } }}
      >
        <TableHead>
          <TableRow>
            <TableCell sx={cell}>{t('invoices.lines.name')}</TableCell>
            {NUMBER_COLUMNS.map((key) => (
              <TableCell key={key} align="right" sx={cell}>
                {t(`invoices.lines.${key}`)}
              </TableCell>
            ))}
          </TableRow>
        </TableHead>
        <TableBody>
          {customer.lines.map((line) => (
            <TableRow key={line.code}>
              <TableCell sx={cell}>
                {line.kind === 'licence' ? (
                  t('invoices.lines.licence')
                ) : (
                  <>
                    {line.name}{' '}
                    <Typography component="span" variant="caption" color="text.secondary">
                      ({t(`invoices.lines.units.${line.unit}`)})
                    </Typography>
                  </>
                )}
              </TableCell>
              <NumberCells
                cell={cell}
                texts={[
                  words.number(line.quantity),
                  ...[
                    line.unitPriceOre,
                    line.amountOre,
                    line.listUnitPriceOre,
                    line.listAmountOre,
                    line.marginOre,
                  ].map(money.amount),
                ]}
              />
            </TableRow>
          ))}
          <TableRow sx={{ '& td': { fontWeight: 600, borderBottom: 0 } }}>
            <TableCell sx={cell} colSpan={3}>
              {t('invoices.lines.total')}
            </TableCell>
            <NumberCells
              cell={cell}
              texts={[
                money.amount(customer.subtotalOre),
                '',
                money.amount(customer.listSubtotalOre),
                money.amount(customer.marginOre),
              ]}
            />
          </TableRow>
        </TableBody>
      </Table>
      <Typography variant="subtitle2" component="p" sx={{ mt: 1.5 }}>
        {t('invoices.lines.changes')}
      </Typography>
      {customer.changes.length === 0 ? (
        <Typography variant="body2" color="text.secondary">
          {t('invoices.lines.noChanges')}
        </Typography>
      ) : (
        <Box component="ul" sx={{ m: 0, pl: 2.5, typography: 'body2' }}>
          {customer.changes.map((change, i) => (
            <li key={i}>{changeSentence(words, change)}</li>
          ))}
        </Box>
      )}
    </Box>
  );
}

/** Right-aligned figures in tabular digits, one cell each; an empty text leaves its cell empty. */
function NumberCells({ texts, cell }: { texts: string[]; cell: SxProps<Theme> }) {
  return texts.map((text, i) => (
    <TableCell key={i} align="right" sx={cell}>
      {text}
    </TableCell>
  ));
}
