import { useState } from 'react';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import LinearProgress from '@mui/material/LinearProgress';
import Typography from '@mui/material/Typography';
import SyncOutlined from '@mui/icons-material/SyncOutlined';
import { useTranslation } from 'react-i18next';
import { invoke } from '../../api/client';
import { useEvent } from '../../api/hooks';
import { useMutation } from '../../api/useMutation';
import { useNotify } from '../../components/Notifier';
import { errorText } from '../../i18n/errorText';
import { useFormat } from '../../i18n/useFormat';
import { reconcileAllText } from './reconcileAllText';

/** "Stäm av alla anslutna", then how far it has come (blikk:progress) and "Avbryt". */
export function ReconcileAll({ connected }: { connected: number }) {
  const { t } = useTranslation();
  const format = useFormat();
  const notify = useNotify();
  const all = useMutation('blikk:reconcileAll');
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  useEvent('blikk:progress', (pushed) => all.busy && setProgress(pushed));

  async function start() {
    setProgress({ done: 0, total: connected });
    const result = await all.run({});
    setProgress(null);
    if (result.ok) notify(reconcileAllText(t, format.number, result.value));
    // A refusal as a whole (e.g. blikk.busy) in words; each customer's own failure is in its row.
    else notify(errorText(t, result.error.code, result.error.details), 'error');
  }

  if (!all.busy) {
    return (
      <Button
        variant="outlined"
        startIcon={<SyncOutlined />}
        disabled={connected === 0}
        onClick={() => void start()}
      >
        {t('blikk.all.button')}
      </Button>
    );
  }
  const shown = progress ?? { done: 0, total: connected };
  const label = t('blikk.all.progress', {
    done: format.number(shown.done),
    total: format.number(shown.total),
  });
  const percent = shown.total > 0 ? Math.round((100 * shown.done) / shown.total) : 0;
  return (
    <Box sx={{ display: 'flex', alignItems: 'center', gap: 1.5 }}>
      <Box sx={{ width: 240 }}>
        <Typography variant="body2" aria-live="polite">
          {label}
        </Typography>
        <LinearProgress variant="determinate" value={percent} aria-label={label} />
      </Box>
      <Button onClick={() => void invoke('blikk:cancelReconcileAll', {})}>
        {t('blikk.all.cancel')}
      </Button>
    </Box>
  );
}
