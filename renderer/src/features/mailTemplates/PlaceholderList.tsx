import Box from '@mui/material/Box';
import Chip from '@mui/material/Chip';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { TEMPLATE_FIELDS } from '../../../../shared/domain/mail-fields';
import { placeholderEntries } from '../../../../shared/domain/mail-template';
import type { MailTemplateKind } from '../../../../shared/schemas/mail';

interface Props {
  kind: MailTemplateKind;
  onInsert: (text: string) => void;
}

/** The fields of a kind as buttons: a click inserts the field (or section) at the cursor. */
export function PlaceholderList({ kind, onInsert }: Props) {
  const { t } = useTranslation();
  const entries = placeholderEntries(TEMPLATE_FIELDS[kind]);
  const label = (path: string) => t(`mailTemplates.fields.${path.replace(/\./g, '_')}`);
  return (
    <Box component="section" aria-labelledby="placeholders-title" sx={{ mt: 2 }}>
      <Typography id="placeholders-title" variant="subtitle2" component="h3">
        {t('mailTemplates.placeholdersTitle')}
      </Typography>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
        {t('mailTemplates.placeholdersHint')}
      </Typography>
      <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 0.75 }}>
        {entries.map((entry) => {
          const list = entries.find(
            (e) => e.kind === 'list' && entry.path.startsWith(`${e.path}.`),
          );
          const shown = list ? `${label(list.path)} › ${label(entry.path)}` : label(entry.path);
          return (
            <Chip
              key={entry.path}
              size="small"
              variant={entry.kind === 'text' ? 'outlined' : 'filled'}
              label={shown}
              title={entry.insert.replace(/\n/g, ' ')}
              aria-label={t('mailTemplates.insertLabel', { name: shown })}
              onClick={() => onInsert(entry.insert)}
            />
          );
        })}
      </Box>
    </Box>
  );
}
