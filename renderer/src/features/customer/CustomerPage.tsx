import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import EditOutlined from '@mui/icons-material/EditOutlined';
import PeopleAltOutlined from '@mui/icons-material/PeopleAltOutlined';
import TuneOutlined from '@mui/icons-material/TuneOutlined';
import type { ReportingProfile } from '../../../../shared/settings/profiles';
import type { UserRow } from '../../../../shared/schemas/users';
import { Link as RouterLink, useNavigate, useParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { useQuery } from '../../api/hooks';
import { CustomerBreadcrumbs } from '../../components/CustomerBreadcrumbs';
import { ErrorAlert } from '../../components/ErrorAlert';
import { LoadingBlock } from '../../components/LoadingBlock';
import { NotFoundPanel } from '../../components/NotFoundPanel';
import { OnboardingChip } from '../../components/OnboardingChip';
import { PageHeader } from '../../components/PageHeader';
import { SectionCard } from '../../components/SectionCard';
import { useDocumentTitle } from '../../hooks/useDocumentTitle';
import { AddonsPanel } from '../addons/AddonsPanel';
import { partPath } from '../customerSettings/parts';
import { SetupSheetButton } from '../customerSettings/SetupSheetButton';
import { AuditHistory } from './AuditHistory';
import { CollaborationCard, ContactCard, DetailsCard, InvoicingCard } from './CustomerCards';
import { OnboardingChecklist } from './OnboardingChecklist';
import { AgreementMissingAlert } from '../bureau/AgreementMissingAlert';
import { ContactMessagingCard } from '../messaging/ContactMessagingCard';
import { BlikkCard } from '../blikk/BlikkCard';
import { BlikkChecklistLine } from '../blikk/BlikkChecklistLine';
import { ReconciliationCard } from '../blikk/ReconciliationCard';
import { useSyncStatus } from '../blikk/useSyncStatus';

const NO_USERS: UserRow[] = [];
const NO_PROFILES: ReportingProfile[] = [];

export function CustomerPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { id = '' } = useParams();
  // A review on the settings page moves the checklist on: listen for both.
  const customer = useQuery(
    'customers:get',
    { id },
    { refreshOn: ['customers:changed', 'settings:changed', 'outbox:changed'] },
  );
  // Add-ons are audited too, and announce themselves with invoices:changed.
  const audit = useQuery(
    'audit:list',
    { customerId: id, limit: 200 },
    {
      refreshOn: ['customers:changed', 'settings:changed', 'invoices:changed', 'users:changed'],
    },
  );
  // The history names approvers and profiles by these, not by their ids.
  const users = useQuery('users:list', { customerId: id }, { refreshOn: ['users:changed'] });
  const profiles = useQuery(
    'profiles:list',
    { customerId: id },
    { refreshOn: ['settings:changed'] },
  );
  const detail = customer.data;
  useDocumentTitle(detail?.customer.name);
  const blikk = useSyncStatus(id, detail?.customer.orgnr ?? '');

  if (customer.error?.code === 'customer.notFound') {
    return <NotFoundPanel title={t('customer.notFoundTitle')} body={t('customer.notFoundBody')} />;
  }
  if (customer.error) return <ErrorAlert error={customer.error} onRetry={customer.reload} />;
  if (!detail) return <LoadingBlock label={t('customer.loadingLabel')} />;

  const subtitle = [detail.customer.orgnr, detail.customer.orgType].filter(Boolean).join(' · ');
  return (
    <>
      <PageHeader
        title={detail.customer.name}
        subtitle={subtitle}
        before={<CustomerBreadcrumbs customerId={detail.id} customerName={detail.customer.name} />}
        actions={
          <>
            <SetupSheetButton customerId={detail.id} />
            <Button
              variant="outlined"
              startIcon={<TuneOutlined />}
              onClick={() => navigate(partPath(detail.id))}
            >
              {t('customer.timeSettings')}
            </Button>
            <Button
              variant="outlined"
              startIcon={<PeopleAltOutlined />}
              onClick={() => navigate(`/customers/${detail.id}/users`)}
            >
              {t('users.openButton')}
            </Button>
            <Button
              variant="contained"
              startIcon={<EditOutlined />}
              onClick={() => navigate(`/customers/${detail.id}/edit`)}
            >
              {t('customer.edit')}
            </Button>
          </>
        }
      />
      <AgreementMissingAlert customerId={detail.id} />
      <Box
        sx={{
          display: 'grid',
          gridTemplateColumns: { xs: '1fr', md: 'repeat(2, minmax(0, 1fr))' },
          gap: 2,
          alignItems: 'start',
        }}
      >
        <Box sx={{ display: 'grid', gap: 2 }}>
          <CollaborationCard detail={detail} />
          <DetailsCard detail={detail} />
          <ContactCard detail={detail} onRevealed={audit.reload} />
          <InvoicingCard detail={detail} />
        </Box>
        <Box sx={{ display: 'grid', gap: 2 }}>
          <SectionCard
            title={t('customer.onboarding')}
            action={<OnboardingChip onboarding={detail.onboarding} />}
          >
            <OnboardingChecklist customerId={detail.id} onboarding={detail.onboarding} />
            <BlikkChecklistLine status={blikk} />
          </SectionCard>
          <ContactMessagingCard detail={detail} />
          <BlikkCard customerId={detail.id} />
        </Box>
        <ReconciliationCard customerId={detail.id} status={blikk} />
        <AddonsPanel
          customerId={detail.id}
          payer={detail.invoicing.payer}
          sx={{ gridColumn: '1 / -1' }}
        />
        <SectionCard
          title={t('customer.history')}
          action={
            <Button component={RouterLink} to={`/audit?customer=${encodeURIComponent(detail.id)}`}>
              {t('auditLog.openForCustomer')}
            </Button>
          }
          sx={{ gridColumn: '1 / -1' }}
        >
          <ErrorAlert error={audit.error} onRetry={audit.reload} />
          {audit.data && (
            <AuditHistory
              entries={audit.data}
              users={users.data ?? NO_USERS}
              profiles={profiles.data ?? NO_PROFILES}
            />
          )}
        </SectionCard>
      </Box>
    </>
  );
}
