import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { useMemo, useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { useQuery } from '../../api/hooks';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageHeader } from '../../components/PageHeader';
import { useDebouncedValue } from '../../hooks/useDebouncedValue';
import { useDocumentTitle } from '../../hooks/useDocumentTitle';
import { useFormat } from '../../i18n/useFormat';
import { AuditExportMenu } from './AuditExportMenu';
import { AuditFilters } from './AuditFilters';
import { AuditList } from './AuditList';
import { EMPTY_FORM, toFilter, type FilterForm } from './filterForm';
import { useAuditPages } from './useAuditPages';

function Empty({ filtered }: { filtered: boolean }) {
  const { t } = useTranslation();
  return (
    <Box sx={{ py: 6, textAlign: 'center' }}>
      <Typography color="text.secondary">
        {t(filtered ? 'auditLog.emptyFiltered' : 'auditLog.empty')}
      </Typography>
    </Box>
  );
}

/** "Händelselogg": who changed what, about whom and when, for the whole bureau. */
export function AuditLogPage() {
  const { t } = useTranslation();
  const format = useFormat();
  useDocumentTitle(t('auditLog.title'));
  // A customer's page links here with ?customer=ID: its whole history.
  const [params] = useSearchParams();
  const [form, setForm] = useState<FilterForm>(() => ({
    ...EMPTY_FORM,
    customerId: params.get('customer') ?? '',
  }));
  // Typing in the text field asks again once it pauses, not at every letter.
  const typed = useDebouncedValue(form, 300);
  const filter = useMemo(() => toFilter(typed), [typed]);
  const pages = useAuditPages(filter);
  const count = useQuery('audit:count', filter);
  const filtered = Object.keys(filter).length > 0;
  const total = count.data?.count ?? null;

  const subtitle =
    total === null
      ? t('auditLog.counting')
      : t('auditLog.count', { count: total, formatted: format.number(total) });
  return (
    <>
      <PageHeader
        title={t('auditLog.title')}
        subtitle={<span aria-live="polite">{subtitle}</span>}
        actions={<AuditExportMenu filter={filter} disabled={total === 0} />}
      />
      <AuditFilters form={form} onChange={setForm} onClear={() => setForm(EMPTY_FORM)} />
      {pages.error && <ErrorAlert error={pages.error} onRetry={pages.reload} />}
      {!pages.error && !pages.first && pages.entries.length === 0 ? (
        <Empty filtered={filtered} />
      ) : (
        <AuditList
          entries={pages.entries}
          total={total}
          done={pages.done}
          loading={pages.loading}
          onLoadMore={pages.loadMore}
        />
      )}
    </>
  );
}
