import { useState } from 'react';
import Box from '@mui/material/Box';
import LinearProgress from '@mui/material/LinearProgress';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import type { OutboxStatus } from '../../../../shared/schemas/mail';
import { useEvent } from '../../api/hooks';
import { useFormat } from '../../i18n/useFormat';
import { progressPercent } from './outboxRules';

/** While the worker sends a batch: how far it has come, from its outbox:progress events. */
export function OutboxProgress({ status }: { status: OutboxStatus | undefined }) {
  const { t } = useTranslation();
  const { number } = useFormat();
  const [pushed, setPushed] = useState<{ done: number; total: number } | null>(null);
  useEvent('outbox:progress', setPushed);
  const progress = pushed ?? status?.sending ?? null;
  const percent = progressPercent(progress);
  if (percent === null || !progress) return null;
  const label = t('messaging.outbox.progress', {
    done: number(progress.done),
    total: number(progress.total),
  });
  return (
    <Box sx={{ mb: 2 }}>
      <Typography variant="body2" sx={{ mb: 0.5 }}>
        {label}
      </Typography>
      <LinearProgress variant="determinate" value={percent} aria-label={label} />
    </Box>
  );
}
