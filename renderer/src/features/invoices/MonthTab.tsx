import { useMemo, useState } from 'react';
import Box from '@mui/material/Box';
import InputAdornment from '@mui/material/InputAdornment';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import SearchOutlined from '@mui/icons-material/SearchOutlined';
import { useTranslation } from 'react-i18next';
import type { InvoiceSummary } from '../../../../shared/schemas/invoices';
import { SectionCard } from '../../components/SectionCard';
import { useDebouncedValue } from '../../hooks/useDebouncedValue';
import { useFormat } from '../../i18n/useFormat';
import type { Words } from './changeText';
import { DirectCustomers } from './DirectCustomers';
import { InvoiceGrid } from './InvoiceGrid';
import { filterCustomers } from '../portfolio/filterCustomers';
import { NoCustomers } from './EmptyStates';
import { TotalsCards } from './TotalsCards';
import type { Money } from './useMoney';

interface Props {
  summary: InvoiceSummary;
  monthName: string;
  money: Money;
  words: Words;
}

/** The month itself: its totals, the customers on the invoice, and those Blikk invoices itself. */
export function MonthTab({ summary, monthName, money, words }: Props) {
  const { t } = useTranslation();
  const format = useFormat();
  const [search, setSearch] = useState('');
  const query = useDebouncedValue(search, 150);
  const all = summary.customers;
  const shown = useMemo(() => filterCustomers(all, query), [all, query]);

  return (
    <>
      {all.length === 0 ? (
        <NoCustomers monthName={monthName} />
      ) : (
        <>
          <TotalsCards summary={summary} money={money} />
          <SectionCard title={t('invoices.grid.heading')}>
            <Box sx={{ display: 'flex', alignItems: 'center', gap: 2, mb: 1.5, flexWrap: 'wrap' }}>
              <TextField
                size="small"
                type="search"
                label={t('invoices.grid.search')}
                placeholder={t('invoices.grid.searchPlaceholder')}
                value={search}
                onChange={(event) => setSearch(event.target.value)}
                sx={{ width: 300 }}
                slotProps={{
                  input: {
                    startAdornment: (
                      <InputAdornment position="start">
                        <SearchOutlined fontSize="small" />
                      </InputAdornment>
                    ),
                  },
                }}
              />
              <Typography variant="body2" color="text.secondary" aria-live="polite">
                {query.trim() &&
                  t('invoices.grid.shown', {
                    shown: format.number(shown.length),
                    total: format.number(all.length),
                  })}
              </Typography>
              <Typography variant="body2" color="text.secondary" sx={{ ml: 'auto' }}>
                {t('invoices.grid.hint')}
              </Typography>
            </Box>
            {/* As tall as its rows, at most the window below the app bar and a margin. */}
            <Box
              sx={{
                display: 'flex',
                flexDirection: 'column',
                maxHeight: 'calc(100vh - 120px)',
                minHeight: 240,
              }}
            >
              <InvoiceGrid customers={shown} query={query} money={money} words={words} />
            </Box>
          </SectionCard>
        </>
      )}
      <DirectCustomers customers={summary.direct} />
    </>
  );
}
