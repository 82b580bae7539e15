import { useId } from 'react';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../i18n/useFormat';
import type { StaleChange } from './staleChanges';

interface Props {
  /** What the colleague changed since the form was read: their value and the form's. */
  changes: readonly StaleChange[];
  changedBy: string | null;
  changedAt: string | null;
  busy?: boolean;
  /** "Använd mina ändringar": save the form's values again over the colleague's version. */
  onReapply: () => void;
  /** "Ta kollegans": show the colleague's version in the form. */
  onReload: () => void;
  /** Esc: neither; the form stays as it is, unsaved. */
  onClose: () => void;
}

/** A save answered conflict.stale: what a colleague changed, field by field, and two ways on. */
export function StaleDialog(props: Props) {
  const { changes, changedBy, changedAt, busy, onReapply, onReload, onClose } = props;
  const { t } = useTranslation();
  const format = useFormat();
  const titleId = useId();
  const bodyId = useId();
  const when = changedAt ? format.dateTime(changedAt) : '';
  return (
    <Dialog
      open
      onClose={onClose}
      role="alertdialog"
      aria-labelledby={titleId}
      aria-describedby={bodyId}
      maxWidth="sm"
      fullWidth
    >
      <DialogTitle id={titleId}>{t('stale.title')}</DialogTitle>
      <DialogContent>
        <DialogContentText id={bodyId}>
          {changedBy ? t('stale.byWhom', { who: changedBy, when }) : t('stale.bySomeone')}{' '}
          {changes.length > 0 ? t('stale.intro') : t('stale.noFieldChanges')}
        </DialogContentText>
        {changes.length > 0 && (
          <Table size="small" aria-label={t('stale.tableLabel')} sx={{ mt: 2 }}>
            <TableHead>
              <TableRow>
                <TableCell component="th" scope="col">
                  {t('stale.field')}
                </TableCell>
                <TableCell component="th" scope="col">
                  {t('stale.theirs')}
                </TableCell>
                <TableCell component="th" scope="col">
                  {t('stale.yours')}
                </TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {changes.map((change) => (
                <TableRow key={change.field}>
                  <TableCell component="th" scope="row">
                    {change.label}
                  </TableCell>
                  <TableCell>{change.theirs || t('stale.empty')}</TableCell>
                  <TableCell>{change.yours || t('stale.empty')}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        )}
        <Box component="ul" sx={{ mt: 2, mb: 0, pl: 2.5, color: 'text.secondary' }}>
          <li>
            <strong>{t('stale.reapply')}:</strong> {t('stale.reapplyHelp')}
          </li>
          <li>
            <strong>{t('stale.reload')}:</strong> {t('stale.reloadHelp')}
          </li>
        </Box>
      </DialogContent>
      <DialogActions>
        <Button onClick={onReload} disabled={busy}>
          {t('stale.reload')}
        </Button>
        <Button onClick={onReapply} variant="contained" disabled={busy} autoFocus>
          {t('stale.reapply')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
