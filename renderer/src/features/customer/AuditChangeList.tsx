import Box from '@mui/material/Box';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/useFormat';
import type { FieldChange } from './auditChanges';
import { changeLine, type AuditNames } from './auditValues';

interface Props {
  entity: string;
  changes: FieldChange[];
  names: AuditNames;
  /**
   * The audit log's rows have heights known ahead: each change keeps to one line, cut short,
   * with the whole of it on hover. A customer's history wraps them as bullets instead.
   */
  oneLine?: boolean;
}

/** An audit entry's changes, one list item per field: "Label: before → after". */
export function AuditChangeList({ entity, changes, names, oneLine = false }: Props) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <Box
      component="ul"
      sx={oneLine ? { m: 0, p: 0, listStyle: 'none' } : { m: 0, pl: 2.5, typography: 'body2' }}
    >
      {changes.map((change) => {
        const line = changeLine(t, format, names, entity, change);
        return (
          <Box
            component="li"
            key={change.field}
            title={oneLine ? `${line.label}: ${line.before} → ${line.after}` : undefined}
            sx={
              oneLine
                ? { overflow: 'hidden', whiteSpace: 'nowrap', textOverflow: 'ellipsis' }
                : { overflowWrap: 'anywhere' }
            }
          >
            <Box component="span" sx={{ fontWeight: 600 }}>
              {line.label}:
            </Box>{' '}
            <Box component="span" sx={{ color: 'text.secondary' }}>
              {line.before}
            </Box>
            {' → '}
            <span>{line.after}</span>
          </Box>
        );
      })}
    </Box>
  );
}
