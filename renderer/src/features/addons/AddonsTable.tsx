import { swedishDay } from '../../../../shared/domain/months';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import IconButton from '@mui/material/IconButton';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import DeleteOutlined from '@mui/icons-material/DeleteOutlined';
import { useTranslation } from 'react-i18next';
import type { CustomerAddon } from '../../../../shared/schemas/invoices';
import { HiddenHeaderCell } from '../../components/HiddenHeaderCell';
import { useFormat } from '../../i18n/useFormat';
import { addonStatus, sortAddons, type AddonStatus } from './addonStatus';

const STATUS_COLOR = { active: 'success', upcoming: 'info', ended: 'default' } as const;

interface Props {
  addons: CustomerAddon[];
  onEnd: (addon: CustomerAddon) => void;
  onDelete: (addon: CustomerAddon) => void;
}

/** One row per add-on: what it is, how many, when it runs, its status, and what can be done. */
export function AddonsTable({ addons, onEnd, onDelete }: Props) {
  const { t } = useTranslation();
  const today = swedishDay(new Date());
  return (
    <Table size="small" aria-label={t('prices.addons.tableLabel')}>
      <TableHead>
        <TableRow>
          <TableCell sx={{ pl: 0 }}>{t('prices.addons.service')}</TableCell>
          <TableCell>{t('prices.addons.quantity')}</TableCell>
          <TableCell>{t('prices.addons.period')}</TableCell>
          <TableCell>{t('prices.addons.status')}</TableCell>
          <HiddenHeaderCell sx={{ pr: 0 }} label={t('prices.addons.actions')} />
        </TableRow>
      </TableHead>
      <TableBody>
        {sortAddons(addons, today).map((addon) => (
          <AddonRow
            key={addon.id}
            addon={addon}
            status={addonStatus(addon, today)}
            onEnd={() => onEnd(addon)}
            onDelete={() => onDelete(addon)}
          />
        ))}
      </TableBody>
    </Table>
  );
}

interface RowProps {
  addon: CustomerAddon;
  status: AddonStatus;
  onEnd: () => void;
  onDelete: () => void;
}

function AddonRow({ addon, status, onEnd, onDelete }: RowProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const unit = addon.unit ? t(`prices.units.${addon.unit}`) : t('prices.addons.unknownUnit');
  const from = format.date(addon.activeFrom);
  return (
    <TableRow sx={{ verticalAlign: 'top' }}>
      <TableCell component="th" scope="row" sx={{ pl: 0 }}>
        <Typography variant="body2" sx={{ fontWeight: 600 }}>
          {addon.name}
        </Typography>
        <Typography variant="caption" color="text.secondary">
          {`${unit} · ${addon.code}`}
        </Typography>
      </TableCell>
      <TableCell sx={{ whiteSpace: 'nowrap' }}>
        {addon.unit === 'user' ? t('prices.addons.perUser') : format.number(addon.quantity)}
      </TableCell>
      <TableCell>
        {addon.activeTo
          ? t('prices.addons.range', { from, to: format.date(addon.activeTo) })
          : t('prices.addons.openEnded', { from })}
      </TableCell>
      <TableCell>
        <Chip
          size="small"
          variant="outlined"
          color={STATUS_COLOR[status]}
          label={t(`prices.addons.statuses.${status}`)}
        />
      </TableCell>
      <TableCell sx={{ pr: 0, whiteSpace: 'nowrap', textAlign: 'right' }}>
        <Button
          size="small"
          onClick={onEnd}
          aria-label={t(addon.activeTo ? 'prices.addons.changeEndOf' : 'prices.addons.endOf', {
            name: addon.name,
          })}
        >
          {t(addon.activeTo ? 'prices.addons.changeEnd' : 'prices.addons.end')}
        </Button>
        <IconButton
          size="small"
          aria-label={t('prices.addons.deleteOf', { name: addon.name })}
          onClick={onDelete}
        >
          <DeleteOutlined fontSize="small" />
        </IconButton>
      </TableCell>
    </TableRow>
  );
}
