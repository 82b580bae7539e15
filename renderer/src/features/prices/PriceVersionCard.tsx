import { useId } from 'react';
import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Box from '@mui/material/Box';
import Chip from '@mui/material/Chip';
import IconButton from '@mui/material/IconButton';
import Paper from '@mui/material/Paper';
import Tooltip from '@mui/material/Tooltip';
import Typography from '@mui/material/Typography';
import DeleteOutlined from '@mui/icons-material/DeleteOutlined';
import LockOutlined from '@mui/icons-material/LockOutlined';
import { useTranslation } from 'react-i18next';
import type { PriceList } from '../../../../shared/schemas/invoices';
import { useFormat } from '../../i18n/useFormat';
import { PriceTable } from './PriceTable';
import { pricedMonths, type VersionStatus } from './versions';

const STATUS_COLOR = { current: 'success', upcoming: 'info', past: 'default' } as const;

interface Props {
  version: PriceList;
  versions: readonly PriceList[];
  status: VersionStatus;
  onDelete: () => void;
}

/** One price version: when it applies, its prices, who entered it, and whether it is locked. */
export function PriceVersionCard({ version, versions, status, onDelete }: Props) {
  const { t } = useTranslation();
  const format = useFormat();
  const titleId = useId();
  const date = format.date(version.effectiveFrom);
  return (
    <Paper
      component="section"
      variant="outlined"
      aria-labelledby={titleId}
      sx={{ p: 2.5, borderColor: status === 'current' ? 'success.main' : undefined }}
    >
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, flexWrap: 'wrap' }}>
        <Typography id={titleId} variant="h6" component="h2">
          {t('prices.version.heading', { date })}
        </Typography>
        <Chip
          size="small"
          color={STATUS_COLOR[status]}
          label={t(`prices.version.status.${status}`)}
        />
        {version.example && <Chip size="small" color="warning" label={t('prices.example.chip')} />}
        {version.locked && (
          <Chip
            size="small"
            variant="outlined"
            icon={<LockOutlined />}
            label={t('prices.version.locked')}
          />
        )}
        <Box sx={{ flex: 1 }} />
        <DeleteButton
          version={version}
          only={versions.length === 1}
          date={date}
          onDelete={onDelete}
        />
      </Box>
      <PricedMonths version={version} versions={versions} />
      {version.example && (
        <Alert severity="warning" variant="filled" sx={{ my: 1.5 }}>
          <AlertTitle sx={{ mb: 0 }}>{t('prices.example.title')}</AlertTitle>
          {t('prices.example.body')}
        </Alert>
      )}
      {version.locked && (
        <Box sx={{ display: 'flex', gap: 1, alignItems: 'center', my: 1.5 }}>
          <LockOutlined fontSize="small" color="action" aria-hidden />
          <Typography variant="body2">{t('prices.version.lockedExplain')}</Typography>
        </Box>
      )}
      <PriceTable version={version} label={t('prices.table.label', { date })} />
      <Typography variant="body2" color="text.secondary" sx={{ mt: 1.5 }}>
        {version.actor
          ? t('prices.version.createdBy', {
              when: format.dateTime(version.createdAt),
              who: version.actor,
            })
          : t('prices.version.createdAt', { when: format.dateTime(version.createdAt) })}
        {version.note &&
          !version.example &&
          ` · ${t('prices.version.note', { note: version.note })}`}
      </Typography>
    </Paper>
  );
}

function PricedMonths({ version, versions }: Pick<Props, 'version' | 'versions'>) {
  const { t } = useTranslation();
  const monthText = useFormat().month;
  const range = pricedMonths(version, versions);
  const text = !range
    ? t('prices.version.pricesNone')
    : range.to === null
      ? t('prices.version.pricesOpen', { from: monthText(range.from) })
      : t('prices.version.pricesRange', { from: monthText(range.from), to: monthText(range.to) });
  return (
    <Typography variant="body2" color="text.secondary" sx={{ mt: 0.5, mb: 1.5 }}>
      {text}
    </Typography>
  );
}

interface DeleteProps {
  version: PriceList;
  only: boolean;
  date: string;
  onDelete: () => void;
}

/** Disabled, with the reason as its tooltip, when the version is locked or the only one. */
function DeleteButton({ version, only, date, onDelete }: DeleteProps) {
  const { t } = useTranslation();
  const reason = version.locked
    ? t('prices.version.deleteLocked')
    : only
      ? t('prices.version.deleteLast')
      : null;
  const label = t('prices.version.delete', { date });
  return (
    <Tooltip title={reason ?? label}>
      {/* A disabled button sends no events: the span keeps the tooltip reachable. */}
      <span>
        <IconButton aria-label={label} onClick={onDelete} disabled={!!reason}>
          <DeleteOutlined />
        </IconButton>
      </span>
    </Tooltip>
  );
}
