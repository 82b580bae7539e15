import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Divider from '@mui/material/Divider';
import Typography from '@mui/material/Typography';
import DeleteOutlined from '@mui/icons-material/DeleteOutlined';
import { useTranslation } from 'react-i18next';
import { BULK_TEXT_KEY } from './BulkDialog';
import type { BulkField } from './useUserActions';

const FIELDS: BulkField[] = ['approverId', 'salaryForm', 'role', 'profileId'];

interface Props {
  count: number;
  onBulk: (field: BulkField) => void;
  onDelete: () => void;
  onClear: () => void;
}

/** What can be done to the selected users at once; disabled, with a hint, while none are. */
export function BulkToolbar({ count, onBulk, onDelete, onClear }: Props) {
  const { t } = useTranslation();
  const none = count === 0;
  return (
    <Box
      role="toolbar"
      aria-label={t('users.bulk.label')}
      sx={{
        display: 'flex',
        alignItems: 'center',
        gap: 1,
        flexWrap: 'wrap',
        px: 1.5,
        py: 0.75,
        mb: 1,
        minHeight: 48,
        border: 1,
        borderColor: none ? 'divider' : 'primary.main',
        borderRadius: 1,
        bgcolor: none ? 'background.paper' : 'rgba(29, 95, 163, 0.06)',
      }}
    >
      <Typography
        variant="body2"
        aria-live="polite"
        sx={{
          fontWeight: none ? 400 : 600,
          color: none ? 'text.secondary' : 'text.primary',
          mr: 1,
        }}
      >
        {t('users.bulk.selected', { count })}
      </Typography>
      {FIELDS.map((field) => (
        <Button key={field} size="small" disabled={none} onClick={() => onBulk(field)}>
          {t(`users.bulk.${BULK_TEXT_KEY[field]}`)}
        </Button>
      ))}
      <Divider orientation="vertical" flexItem sx={{ mx: 0.5 }} />
      <Button
        size="small"
        color="error"
        startIcon={<DeleteOutlined />}
        disabled={none}
        onClick={onDelete}
      >
        {t('users.bulk.delete')}
      </Button>
      {!none && (
        <Button size="small" color="inherit" onClick={onClear} sx={{ ml: 'auto' }}>
          {t('users.bulk.clearSelection')}
        </Button>
      )}
    </Box>
  );
}
