import { swedishDay } from '../../../../shared/domain/months';
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import type { PriceList } from '../../../../shared/schemas/invoices';
import { PriceVersionCard } from './PriceVersionCard';
import { versionStatus } from './versions';

interface Props {
  versions: PriceList[];
  onDelete: (version: PriceList) => void;
}

/** Every version, newest first, each marked current, upcoming or past as of today. */
export function VersionList({ versions, onDelete }: Props) {
  const { t } = useTranslation();
  const today = swedishDay(new Date());
  if (versions.length === 0) return <Typography>{t('prices.none')}</Typography>;
  return (
    <Box
      component="ul"
      aria-label={t('prices.versionsLabel')}
      sx={{ display: 'grid', gap: 2, maxWidth: 1000, listStyle: 'none', m: 0, p: 0 }}
    >
      {versions.map((version) => (
        <li key={version.id}>
          <PriceVersionCard
            version={version}
            versions={versions}
            status={versionStatus(version, versions, today)}
            onDelete={() => onDelete(version)}
          />
        </li>
      ))}
    </Box>
  );
}
