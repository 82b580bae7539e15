import { lazy } from 'react';
import { Route, Routes } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { NotFoundPanel } from '../components/NotFoundPanel';
import { AppLayout } from './AppLayout';

// One chunk per screen: the DataGrid only loads with the portfolio, the forms with the wizard.
const PortfolioPage = lazy(() =>
  import('../features/portfolio/PortfolioPage').then((m) => ({ default: m.PortfolioPage })),
);
const NewCollaborationPage = lazy(() =>
  import('../features/collaboration/NewCollaborationPage').then((m) => ({
    default: m.NewCollaborationPage,
  })),
);
const EditCustomerPage = lazy(() =>
  import('../features/collaboration/EditCustomerPage').then((m) => ({
    default: m.EditCustomerPage,
  })),
);
const CustomerPage = lazy(() =>
  import('../features/customer/CustomerPage').then((m) => ({ default: m.CustomerPage })),
);
const CustomerSettingsPage = lazy(() =>
  import('../features/customerSettings/CustomerSettingsPage').then((m) => ({
    default: m.CustomerSettingsPage,
  })),
);
const UsersPage = lazy(() =>
  import('../features/users/UsersPage').then((m) => ({ default: m.UsersPage })),
);
const ImportPage = lazy(() =>
  import('../features/userImport/ImportPage').then((m) => ({ default: m.ImportPage })),
);
const OverviewPage = lazy(() =>
  import('../features/overview/OverviewPage').then((m) => ({ default: m.OverviewPage })),
);
const BureauPage = lazy(() =>
  import('../features/bureau/BureauPage').then((m) => ({ default: m.BureauPage })),
);
const InvoicesPage = lazy(() =>
  import('../features/invoices/InvoicesPage').then((m) => ({ default: m.InvoicesPage })),
);
const PriceListsPage = lazy(() =>
  import('../features/prices/PriceListsPage').then((m) => ({ default: m.PriceListsPage })),
);
const MailTemplatesPage = lazy(() =>
  import('../features/mailTemplates/MailTemplatesPage').then((m) => ({
    default: m.MailTemplatesPage,
  })),
);
const OutboxPage = lazy(() =>
  import('../features/outbox/OutboxPage').then((m) => ({ default: m.OutboxPage })),
);
const AuditLogPage = lazy(() =>
  import('../features/auditLog/AuditLogPage').then((m) => ({ default: m.AuditLogPage })),
);
const PrivacyPage = lazy(() =>
  import('../features/privacy/PrivacyPage').then((m) => ({ default: m.PrivacyPage })),
);
const SettingsPage = lazy(() =>
  import('../features/settings/SettingsPage').then((m) => ({ default: m.SettingsPage })),
);

function NotFound() {
  const { t } = useTranslation();
  return <NotFoundPanel title={t('app.notFoundTitle')} body={t('app.notFoundBody')} />;
}

export function AppRoutes() {
  return (
    <Routes>
      <Route element={<AppLayout />}>
        <Route index element={<PortfolioPage />} />
        <Route path="customers" element={<PortfolioPage />} />
        <Route path="customers/new" element={<NewCollaborationPage />} />
        <Route path="customers/:id" element={<CustomerPage />} />
        <Route path="customers/:id/edit" element={<EditCustomerPage />} />
        <Route path="customers/:id/settings" element={<CustomerSettingsPage />} />
        <Route path="customers/:id/settings/:section" element={<CustomerSettingsPage />} />
        <Route path="customers/:id/users" element={<UsersPage />} />
        <Route path="customers/:id/users/import" element={<ImportPage />} />
        <Route path="overview" element={<OverviewPage />} />
        <Route path="invoices" element={<InvoicesPage />} />
        <Route path="invoices/:month" element={<InvoicesPage />} />
        <Route path="bureau" element={<BureauPage />} />
        <Route path="bureau/prices" element={<PriceListsPage />} />
        <Route path="bureau/templates" element={<MailTemplatesPage />} />
        <Route path="outbox" element={<OutboxPage />} />
        <Route path="audit" element={<AuditLogPage />} />
        <Route path="privacy" element={<PrivacyPage />} />
        <Route path="settings" element={<SettingsPage />} />
        <Route path="*" element={<NotFound />} />
      </Route>
    </Routes>
  );
}
