import type { ReactNode } from 'react';
import Drawer from '@mui/material/Drawer';
import List from '@mui/material/List';
import ListItemButton from '@mui/material/ListItemButton';
import ListItemIcon from '@mui/material/ListItemIcon';
import ListItemText from '@mui/material/ListItemText';
import Toolbar from '@mui/material/Toolbar';
import BarChartOutlined from '@mui/icons-material/BarChartOutlined';
import BusinessOutlined from '@mui/icons-material/BusinessOutlined';
import HistoryOutlined from '@mui/icons-material/HistoryOutlined';
import MailOutlined from '@mui/icons-material/MailOutlined';
import OutboxOutlined from '@mui/icons-material/OutboxOutlined';
import PrivacyTipOutlined from '@mui/icons-material/PrivacyTipOutlined';
import PeopleAltOutlined from '@mui/icons-material/PeopleAltOutlined';
import PersonAddAlt1Outlined from '@mui/icons-material/PersonAddAlt1Outlined';
import ReceiptLongOutlined from '@mui/icons-material/ReceiptLongOutlined';
import SettingsOutlined from '@mui/icons-material/SettingsOutlined';
import { Link as RouterLink, matchPath, useLocation } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { NAV_WIDTH } from '../components/layout';
import { OutboxBadge } from '../features/outbox/OutboxBadge';

const DRAWER_WIDTH = NAV_WIDTH;

interface Item {
  to: string;
  label: string;
  icon: ReactNode;
  /** Paths under which the item counts as the current one. */
  matches: string[];
  /** After the label, e.g. a count of what needs attention. */
  after?: ReactNode;
}

function isCurrent(pathname: string, item: Item): boolean {
  if (pathname === '/customers/new') return item.to === '/customers/new';
  return item.matches.some((pattern) => matchPath({ path: pattern, end: true }, pathname));
}

export function NavDrawer() {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const items: Item[] = [
    {
      to: '/customers',
      label: t('nav.customers'),
      icon: <PeopleAltOutlined />,
      matches: [
        '/',
        '/customers',
        '/customers/:id',
        '/customers/:id/edit',
        '/customers/:id/settings',
        '/customers/:id/settings/:section',
        '/customers/:id/users',
      ],
    },
    {
      to: '/overview',
      label: t('nav.overview'),
      icon: <BarChartOutlined />,
      matches: ['/overview'],
    },
    {
      to: '/customers/new',
      label: t('nav.newCustomer'),
      icon: <PersonAddAlt1Outlined />,
      matches: ['/customers/new'],
    },
    {
      to: '/invoices',
      label: t('nav.invoices'),
      icon: <ReceiptLongOutlined />,
      matches: ['/invoices', '/invoices/:month'],
    },
    {
      to: '/bureau',
      label: t('nav.bureau'),
      icon: <BusinessOutlined />,
      matches: ['/bureau', '/bureau/prices'],
    },
    {
      to: '/bureau/templates',
      label: t('nav.mailTemplates'),
      icon: <MailOutlined />,
      matches: ['/bureau/templates'],
    },
    {
      to: '/outbox',
      label: t('messaging.outbox.nav'),
      icon: <OutboxOutlined />,
      after: <OutboxBadge />,
      matches: ['/outbox'],
    },
    {
      to: '/audit',
      label: t('auditLog.nav'),
      icon: <HistoryOutlined />,
      matches: ['/audit'],
    },
    {
      to: '/privacy',
      label: t('privacy.nav'),
      icon: <PrivacyTipOutlined />,
      matches: ['/privacy'],
    },
    {
      to: '/settings',
      label: t('nav.settings'),
      icon: <SettingsOutlined />,
      matches: ['/settings'],
    },
  ];

  return (
    <Drawer
      variant="permanent"
      sx={{
        width: DRAWER_WIDTH,
        flexShrink: 0,
        '& .MuiDrawer-paper': { width: DRAWER_WIDTH, boxSizing: 'border-box' },
      }}
    >
      <Toolbar variant="dense" />
      <nav aria-label={t('nav.label')}>
        <List>
          {items.map((item) => {
            const current = isCurrent(pathname, item);
            return (
              <ListItemButton
                key={item.to}
                component={RouterLink}
                to={item.to}
                selected={current}
                aria-current={current ? 'page' : undefined}
                sx={{ mx: 1, px: 1.5, borderRadius: 1 }}
              >
                <ListItemIcon aria-hidden sx={{ minWidth: 40 }}>
                  {item.icon}
                </ListItemIcon>
                <ListItemText primary={item.label} slotProps={{ primary: { noWrap: true } }} />
                {item.after}
              </ListItemButton>
            );
          })}
        </List>
      </nav>
    </Drawer>
  );
}
