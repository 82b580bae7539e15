import { useMemo, useState } from 'react';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import InputAdornment from '@mui/material/InputAdornment';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import AddIcon from '@mui/icons-material/Add';
import SearchIcon from '@mui/icons-material/Search';
import { useNavigate, useSearchParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { useQuery } from '../../api/hooks';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageHeader } from '../../components/PageHeader';
import { useDebouncedValue } from '../../hooks/useDebouncedValue';
import { useDocumentTitle } from '../../hooks/useDocumentTitle';
import { useFormat } from '../../i18n/useFormat';
import { AgreementMissingAlert } from '../bureau/AgreementMissingAlert';
import { ReconcileAll } from '../blikk/ReconcileAll';
import { useCollectiveCustomers } from '../bureau/useCollectiveCustomers';
import { CustomerGrid } from './CustomerGrid';
import { EmptyPortfolio } from './EmptyPortfolio';
import { filterCustomers } from './filterCustomers';
import {
  countByStep,
  matchesStep,
  parseStepFilter,
  stepParam,
  type StepFilter,
} from './stepFilter';
import { StepFilterButtons } from './StepFilterButtons';

/** ?flag=agreement: only the customers on samlingsfaktura without the bureau's agreement. */
const FLAG = 'agreement';

export function PortfolioPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const navigate = useNavigate();
  useDocumentTitle(t('portfolio.title'));
  // Loaded once and filtered here: 2,000 rows filter faster than a round trip.
  const customers = useQuery(
    'customers:list',
    {},
    { refreshOn: ['customers:changed', 'settings:changed', 'blikk:changed'] },
  );
  const bureau = useQuery('bureau:get', {}, { refreshOn: ['bureau:changed'] });
  const [search, setSearch] = useState('');
  const query = useDebouncedValue(search, 200);
  // The step lives in the address (?step=3), so the overview's bars can link to it.
  const [params, setParams] = useSearchParams();
  const step = parseStepFilter(params.get('step'));
  const { flagged } = useCollectiveCustomers();
  const onlyFlagged = params.get('flag') === FLAG && flagged.size > 0;
  const all = customers.data;
  const searched = useMemo(() => filterCustomers(all ?? [], query), [all, query]);
  const rows = useMemo(
    () => searched.filter((row) => matchesStep(row, step) && (!onlyFlagged || flagged.has(row.id))),
    [searched, step, onlyFlagged, flagged],
  );
  // The counts follow the search, so each button says what choosing it would show.
  const counts = useMemo(() => countByStep(searched), [searched]);
  const total = all?.length ?? 0;
  const connected = useMemo(() => (all ?? []).filter((row) => row.blikk.connected).length, [all]);

  function chooseStep(filter: StepFilter) {
    setParams(filter === null ? {} : { step: stepParam(filter) }, { replace: true });
  }

  if (all && total === 0) {
    return (
      <>
        <PageHeader title={t('portfolio.title')} />
        <EmptyPortfolio bureauMissing={bureau.data === null} />
      </>
    );
  }

  return (
    // The grid fills the window below the app bar (48) and the page's padding (24 + 24).
    <Box
      sx={{
        height: 'calc(100vh - 96px)',
        minHeight: 480,
        display: 'flex',
        flexDirection: 'column',
      }}
    >
      <PageHeader
        title={t('portfolio.title')}
        subtitle={all && t('portfolio.count', { count: total, formatted: format.number(total) })}
        actions={
          <>
            <ReconcileAll connected={connected} />
            <Button
              variant="contained"
              startIcon={<AddIcon />}
              onClick={() => navigate('/customers/new')}
            >
              {t('portfolio.newCustomer')}
            </Button>
          </>
        }
      />
      <ErrorAlert error={customers.error} onRetry={customers.reload} />
      <AgreementMissingAlert
        action={
          <Button
            color="inherit"
            size="small"
            onClick={() => setParams(onlyFlagged ? {} : { flag: FLAG }, { replace: true })}
          >
            {t(
              onlyFlagged ? 'bureau.agreementMissing.showAll' : 'bureau.agreementMissing.showOnly',
            )}
          </Button>
        }
      />
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 2, mb: 2, flexWrap: 'wrap' }}>
        <TextField
          type="search"
          size="small"
          label={t('portfolio.search')}
          value={search}
          onChange={(event) => setSearch(event.target.value)}
          sx={{ width: 360, maxWidth: '100%', bgcolor: 'background.paper' }}
          slotProps={{
            input: {
              startAdornment: (
                <InputAdornment position="start">
                  <SearchIcon fontSize="small" />
                </InputAdornment>
              ),
            },
          }}
        />
        <StepFilterButtons value={step} counts={counts} onChange={chooseStep} />
        <Typography variant="body2" color="text.secondary" aria-live="polite">
          {(query.trim() !== '' || step !== null) &&
            t('portfolio.shown', {
              shown: format.number(rows.length),
              total: format.number(total),
            })}
        </Typography>
      </Box>
      <Box sx={{ flex: 1, minHeight: 0 }}>
        <CustomerGrid
          rows={rows}
          loading={customers.loading}
          flagged={flagged}
          emptyText={
            step === null
              ? t('portfolio.noMatch')
              : t(query.trim() ? 'portfolio.noMatchAtStep' : 'portfolio.noneAtStep')
          }
        />
      </Box>
    </Box>
  );
}
