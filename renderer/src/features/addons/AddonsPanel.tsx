import { useState } from 'react';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import AddIcon from '@mui/icons-material/Add';
import { useTranslation } from 'react-i18next';
import type { Payer } from '../../../../shared/schemas/customer';
import type { CustomerAddon } from '../../../../shared/schemas/invoices';
import { useQuery } from '../../api/hooks';
import { ErrorAlert } from '../../components/ErrorAlert';
import { LoadingBlock } from '../../components/LoadingBlock';
import { SectionCard } from '../../components/SectionCard';
import { AddAddonDialog } from './AddAddonDialog';
import { AddonsTable } from './AddonsTable';
import { DeleteAddonDialog } from './DeleteAddonDialog';
import { EndAddonDialog } from './EndAddonDialog';

interface Props {
  customerId: string;
  payer: Payer;
  /** For a grid layout, e.g. { gridColumn: '1 / -1' }. */
  sx?: object;
}

/** The customer's add-on services (tilläggstjänster): what runs, from when, and until when. */
export function AddonsPanel({ customerId, payer, sx }: Props) {
  const { t } = useTranslation();
  const addons = useQuery('addons:list', { customerId }, { refreshOn: ['invoices:changed'] });
  const [adding, setAdding] = useState(false);
  const [ending, setEnding] = useState<CustomerAddon | null>(null);
  const [deleting, setDeleting] = useState<CustomerAddon | null>(null);

  return (
    <SectionCard
      title={t('prices.addons.title')}
      sx={sx}
      action={
        <Button
          size="small"
          variant="outlined"
          startIcon={<AddIcon />}
          onClick={() => setAdding(true)}
        >
          {t('prices.addons.add')}
        </Button>
      }
    >
      {payer !== 'bureau' && (
        <Alert severity="info" sx={{ mb: 2 }}>
          {t('prices.addons.direct')}
        </Alert>
      )}
      <ErrorAlert error={addons.error} onRetry={addons.reload} />
      {addons.loading && <LoadingBlock label={t('prices.addons.loading')} rows={2} />}
      {addons.data?.length === 0 && (
        <Typography color="text.secondary">{t('prices.addons.empty')}</Typography>
      )}
      {addons.data && addons.data.length > 0 && (
        <AddonsTable addons={addons.data} onEnd={setEnding} onDelete={setDeleting} />
      )}
      {adding && <AddAddonDialog customerId={customerId} onClose={() => setAdding(false)} />}
      {ending && <EndAddonDialog addon={ending} onClose={() => setEnding(null)} />}
      <DeleteAddonDialog addon={deleting} onClose={() => setDeleting(null)} />
    </SectionCard>
  );
}
