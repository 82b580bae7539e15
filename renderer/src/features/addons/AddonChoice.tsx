import Alert from '@mui/material/Alert';
import Link from '@mui/material/Link';
import ListItemText from '@mui/material/ListItemText';
import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import { Link as RouterLink } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import type { PriceAddon, PriceList } from '../../../../shared/schemas/invoices';
import { useFormat } from '../../i18n/useFormat';

interface Props {
  /** The version that prices the chosen start month; null when none does. */
  version: PriceList | null;
  value: string;
  onChange: (code: string) => void;
  problem: string | undefined;
}

/** The add-ons of the price list, each with its list and ÅF price, to choose one from. */
export function AddonChoice({ version, value, onChange, problem }: Props) {
  const { t } = useTranslation();
  const addons = version?.addons ?? [];
  if (!version || addons.length === 0) {
    return (
      <Alert severity="warning">
        {t(version ? 'prices.addons.addDialog.noAddons' : 'prices.addons.addDialog.noPrices')}{' '}
        <Link component={RouterLink} to="/bureau/prices">
          {t('prices.addons.addDialog.openPrices')}
        </Link>
      </Alert>
    );
  }
  const chosen = addons.find((a) => a.code === value);
  return (
    <>
      <TextField
        select
        label={t('prices.addons.addDialog.service')}
        value={chosen ? value : ''}
        onChange={(e) => onChange(e.target.value)}
        error={!!problem}
        helperText={problem ?? (chosen && <PriceLine addon={chosen} version={version} />)}
        required
        autoFocus
        fullWidth
        slotProps={{
          select: { renderValue: (code) => addons.find((a) => a.code === code)?.name ?? '' },
        }}
      >
        {addons.map((addon) => (
          <MenuItem key={addon.code} value={addon.code}>
            <ListItemText primary={addon.name} secondary={<OptionPrices addon={addon} />} />
          </MenuItem>
        ))}
      </TextField>
      {version.example && (
        <Alert severity="warning" sx={{ mt: 1.5 }}>
          {t('prices.addons.addDialog.examplePrices')}
        </Alert>
      )}
    </>
  );
}

function OptionPrices({ addon }: { addon: PriceAddon }) {
  const { t } = useTranslation();
  const format = useFormat();
  return t('prices.addons.addDialog.option', {
    unit: t(`prices.units.${addon.unit}`),
    list: format.money(addon.listOre),
    reseller: format.money(addon.resellerOre),
  });
}

function PriceLine({ addon, version }: { addon: PriceAddon; version: PriceList }) {
  const { t } = useTranslation();
  const format = useFormat();
  return t('prices.addons.addDialog.prices', {
    list: format.money(addon.listOre),
    reseller: format.money(addon.resellerOre),
    unit: t(`prices.units.${addon.unit}`).toLowerCase(),
    date: format.date(version.effectiveFrom),
  });
}
