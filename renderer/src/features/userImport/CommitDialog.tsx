import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import LinearProgress from '@mui/material/LinearProgress';
import Typography from '@mui/material/Typography';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/useFormat';

interface Props {
  open: boolean;
  progress: { done: number; total: number } | null;
  cancelling: boolean;
  onCancel: () => void;
}

/** While the accepted rows are written: how far it has come, and a way out that leaves nothing. */
export function CommitDialog({ open, progress, cancelling, onCancel }: Props) {
  const { t } = useTranslation();
  const format = useFormat();
  const titleId = useId();
  const percent = progress && progress.total > 0 ? (progress.done / progress.total) * 100 : null;
  const text = progress
    ? t('import.commit.progress', {
        done: format.number(progress.done),
        total: format.number(progress.total),
      })
    : t('import.commit.starting');
  return (
    <Dialog open={open} aria-labelledby={titleId} fullWidth maxWidth="xs">
      <DialogTitle id={titleId}>{t('import.commit.progressTitle')}</DialogTitle>
      <DialogContent>
        <Box sx={{ mt: 1 }}>
          <LinearProgress
            variant={percent === null ? 'indeterminate' : 'determinate'}
            value={percent ?? undefined}
            aria-label={t('import.commit.progressTitle')}
          />
          <Typography variant="body2" color="text.secondary" sx={{ mt: 1 }} aria-live="polite">
            {cancelling ? t('import.commit.cancelling') : text}
          </Typography>
        </Box>
      </DialogContent>
      <DialogActions>
        <Button onClick={onCancel} disabled={cancelling} autoFocus>
          {t('import.commit.cancel')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
