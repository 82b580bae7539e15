import type { ReactNode } from 'react';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import GroupsOutlined from '@mui/icons-material/GroupsOutlined';
import SellOutlined from '@mui/icons-material/SellOutlined';
import { Link as RouterLink } from 'react-router-dom';
import { useTranslation } from 'react-i18next';

function Empty(props: { icon: ReactNode; title: string; body: string; to: string; link: string }) {
  return (
    <Paper variant="outlined" sx={{ p: 5, maxWidth: 720, textAlign: 'center', mx: 'auto', mt: 2 }}>
      {props.icon}
      <Typography variant="h5" component="h2" sx={{ mt: 1, mb: 1.5 }}>
        {props.title}
      </Typography>
      <Typography color="text.secondary" sx={{ mb: 3 }}>
        {props.body}
      </Typography>
      <Button variant="contained" component={RouterLink} to={props.to}>
        {props.link}
      </Button>
    </Paper>
  );
}

/** No price list reaches back to the month: nothing can be priced until one is added. */
export function NoPriceList({ monthName }: { monthName: string }) {
  const { t } = useTranslation();
  return (
    <Empty
      icon={<SellOutlined color="primary" sx={{ fontSize: 56 }} aria-hidden />}
      title={t('invoices.noPrices.title', { month: monthName })}
      body={t('invoices.noPrices.body')}
      to="/bureau/prices"
      link={t('invoices.noPrices.link')}
    />
  );
}

/** Nobody is on the collective invoice this month: say how a customer gets there. */
export function NoCustomers({ monthName }: { monthName: string }) {
  const { t } = useTranslation();
  return (
    <Empty
      icon={<GroupsOutlined color="primary" sx={{ fontSize: 56 }} aria-hidden />}
      title={t('invoices.noCustomers.title', { month: monthName })}
      body={t('invoices.noCustomers.body')}
      to="/customers"
      link={t('invoices.noCustomers.link')}
    />
  );
}
