import Box from '@mui/material/Box';
import Chip from '@mui/material/Chip';
import Tooltip from '@mui/material/Tooltip';
import { useTranslation } from 'react-i18next';
import type { ComparisonReason } from '../../../../shared/schemas/invoices';
import { changeChip, changeSentence, type Words } from './changeText';

interface Props {
  changes: ComparisonReason[];
  words: Words;
  /** As many chips as the column has room for; the rest are counted in a "+N" chip. */
  max: number;
}

/** A row's changes as short chips; the whole sentence on hover, the rest behind "+N". */
export function ChangeChips({ changes, words, max }: Props) {
  const { t } = useTranslation();
  const shown = changes.slice(0, max);
  const hidden = changes.slice(max);
  return (
    <Box
      sx={{ display: 'flex', gap: 0.5, overflow: 'hidden', alignItems: 'center', height: '100%' }}
    >
      {shown.map((change, i) => (
        <Tooltip key={i} title={changeSentence(words, change)}>
          <Chip
            size="small"
            label={changeChip(words, change)}
            color={change.kind === 'joined' ? 'success' : 'default'}
            variant={change.kind === 'joined' ? 'filled' : 'outlined'}
            // A long name gives way (ellipsis) so that the "+N" beside it stays whole.
            sx={{ minWidth: 0 }}
          />
        </Tooltip>
      ))}
      {hidden.length > 0 && (
        <Tooltip title={hidden.map((change) => changeSentence(words, change)).join('; ')}>
          <Chip
            size="small"
            variant="outlined"
            label={t('invoices.grid.moreChanges', { count: hidden.length })}
            sx={{ flexShrink: 0 }}
          />
        </Tooltip>
      )}
    </Box>
  );
}
