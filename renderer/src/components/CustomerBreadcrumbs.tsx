import Breadcrumbs from '@mui/material/Breadcrumbs';
import Link from '@mui/material/Link';
import Typography from '@mui/material/Typography';
import { Link as RouterLink } from 'react-router-dom';
import { useTranslation } from 'react-i18next';

interface Crumb {
  label: string;
  to: string;
}

interface Props {
  customerId: string;
  customerName: string;
  /** The customer's sub-page the user is on; without it, the customer page itself. */
  page?: string;
  /** Pages between the customer and `page`, e.g. its users above the import. */
  via?: Crumb[];
}

/** "Kunder / Customer AB / Page": where a customer's page sits, for a PageHeader's `before`. */
export function CustomerBreadcrumbs({ customerId, customerName, page, via = [] }: Props) {
  const { t } = useTranslation();
  const customers = { label: t('customer.breadcrumb'), to: '/customers' };
  const customer = { label: customerName, to: `/customers/${customerId}` };
  const links: Crumb[] = page === undefined ? [customers] : [customers, customer, ...via];
  return (
    <Breadcrumbs sx={{ mb: 1 }} aria-label={t('customer.breadcrumbsLabel')}>
      {links.map((crumb) => (
        <Link key={crumb.to} component={RouterLink} to={crumb.to} underline="hover" color="inherit">
          {crumb.label}
        </Link>
      ))}
      <Typography color="text.primary">{page ?? customerName}</Typography>
    </Breadcrumbs>
  );
}
