import { useState } from 'react';
import IconButton from '@mui/material/IconButton';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import DeleteOutlined from '@mui/icons-material/DeleteOutlined';
import { useTranslation } from 'react-i18next';
import type { SettingsTemplate } from '../../../../../shared/schemas/settings';
import { invoke } from '../../../api/client';
import { useQuery } from '../../../api/hooks';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { useNotify } from '../../../components/Notifier';
import { SectionCard } from '../../../components/SectionCard';
import { HiddenHeaderCell } from '../../../components/HiddenHeaderCell';
import { useFormat } from '../../../i18n/useFormat';
import { errorText } from '../../../i18n/errorText';

/** The bureau's templates of time settings and profiles (made from a customer's settings page). */
export function TemplatesCard() {
  const { t } = useTranslation();
  const format = useFormat();
  const notify = useNotify();
  const templates = useQuery('templates:list', {}, { refreshOn: ['settings:changed'] });
  const [deleting, setDeleting] = useState<SettingsTemplate | null>(null);

  async function remove(template: SettingsTemplate) {
    setDeleting(null);
    const result = await invoke('templates:delete', { id: template.id });
    if (!result.ok) return notify(errorText(t, result.error.code, result.error.details), 'error');
    notify(t('templates.deleted', { name: template.name }));
    templates.reload();
  }

  return (
    <SectionCard title={t('templates.title')} sx={{ maxWidth: 760, mt: 3 }}>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 1.5 }}>
        {t('templates.intro')}
      </Typography>
      <ErrorAlert error={templates.error} onRetry={templates.reload} />
      {templates.data?.length === 0 && <Typography>{t('templates.none')}</Typography>}
      {templates.data && templates.data.length > 0 && (
        <Table size="small" aria-label={t('templates.title')}>
          <TableHead>
            <TableRow>
              <TableCell sx={{ pl: 0 }}>{t('templates.name')}</TableCell>
              <TableCell>{t('templates.profiles')}</TableCell>
              <TableCell sx={{ width: 130 }}>{t('templates.created')}</TableCell>
              <HiddenHeaderCell sx={{ width: 56 }} label={t('timeSettings.remove')} />
            </TableRow>
          </TableHead>
          <TableBody>
            {templates.data.map((template) => (
              <TableRow key={template.id}>
                <TableCell sx={{ pl: 0, fontWeight: 600 }}>{template.name}</TableCell>
                <TableCell>{template.profileNames.join(', ')}</TableCell>
                <TableCell>{format.date(template.createdAt)}</TableCell>
                <TableCell sx={{ pr: 0 }}>
                  <IconButton
                    aria-label={t('templates.deleteLabel', { name: template.name })}
                    onClick={() => setDeleting(template)}
                  >
                    <DeleteOutlined />
                  </IconButton>
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      <ConfirmDialog
        open={deleting !== null}
        title={t('templates.deleteTitle', { name: deleting?.name ?? '' })}
        body={t('templates.deleteBody')}
        confirmLabel={t('templates.delete')}
        onConfirm={() => deleting && void remove(deleting)}
        onClose={() => setDeleting(null)}
      />
    </SectionCard>
  );
}
