import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import ReceiptLongOutlined from '@mui/icons-material/ReceiptLongOutlined';
import { Link as RouterLink } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { monthOf, swedishDay } from '../../../../shared/domain/months';
import { useQuery } from '../../api/hooks';
import { SectionCard } from '../../components/SectionCard';
import { useFormat } from '../../i18n/useFormat';
import { versionForMonth } from './versions';

/** On the bureau page: the version in force, a warning while it is the example, and the way in. */
export function PriceListsCard() {
  const { t } = useTranslation();
  const format = useFormat();
  const lists = useQuery('prices:list', {}, { refreshOn: ['invoices:changed'] });
  const current = lists.data ? versionForMonth(lists.data, monthOf(swedishDay(new Date()))) : null;
  return (
    <SectionCard
      title={t('prices.card.title')}
      sx={{ maxWidth: 760, mt: 3 }}
      action={
        <Button
          component={RouterLink}
          to="/bureau/prices"
          variant="outlined"
          size="small"
          startIcon={<ReceiptLongOutlined />}
        >
          {t('prices.card.open')}
        </Button>
      }
    >
      <Typography variant="body2" color="text.secondary" sx={{ mb: 1.5 }}>
        {t('prices.card.body')}
      </Typography>
      {lists.data && (
        <Typography>
          {current
            ? t('prices.card.current', {
                date: format.date(current.effectiveFrom),
                list: format.money(current.licence.listOre),
                reseller: format.money(current.licence.resellerOre),
              })
            : t('prices.card.noCurrent')}
        </Typography>
      )}
      {current?.example && (
        <Alert severity="warning" sx={{ mt: 1.5 }}>
          {t('prices.example.title')} {t('prices.example.body')}
        </Alert>
      )}
    </SectionCard>
  );
}
