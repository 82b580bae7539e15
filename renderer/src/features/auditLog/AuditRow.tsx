import Box from '@mui/material/Box';
import IconButton from '@mui/material/IconButton';
import Typography from '@mui/material/Typography';
import ExpandMore from '@mui/icons-material/ExpandMore';
import ExpandLess from '@mui/icons-material/ExpandLess';
import type { KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { kindName } from '../../../../shared/audit/kinds';
import type { AuditEntry } from '../../../../shared/schemas/app';
import { useFormat } from '../../i18n/useFormat';
import { auditAction } from '../customer/auditAction';
import { changesOf } from '../customer/auditChanges';
import { AuditChangeList } from '../customer/AuditChangeList';
import type { AuditNames } from '../customer/auditValues';
import { LINE_HEIGHT, MAX_LINES, ROW_HEIGHT, rowHeight } from './listLayout';

/**
 * Time, staff member, (the database role, on a team database), event, subject, customer, and
 * the button that opens the changes.
 */
export const columnsOf = (withRole: boolean): string =>
  `150px 150px ${withRole ? '130px ' : ''}minmax(170px, 1.1fr) minmax(140px, 1fr) minmax(140px, 1fr) 48px`;

const cell = {
  display: 'flex',
  alignItems: 'center',
  minWidth: 0,
  px: 1,
  overflow: 'hidden',
  whiteSpace: 'nowrap',
  textOverflow: 'ellipsis',
} as const;

function Text({ children, muted }: { children: string; muted?: boolean }) {
  return (
    <Typography
      variant="body2"
      noWrap
      title={children}
      color={muted ? 'text.secondary' : undefined}
    >
      {children}
    </Typography>
  );
}

/** What changed, field by field, before → after; personnummer masked as the log holds them. */
function Changes({ entry, names, id }: { entry: AuditEntry; names: AuditNames; id: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const sentence = auditAction(t, format, entry).text;
  const changes = changesOf(entry);
  return (
    <Box
      id={id}
      role="region"
      aria-label={sentence}
      sx={{
        gridColumn: '1 / -1',
        maxHeight: MAX_LINES * LINE_HEIGHT,
        overflowY: 'auto',
        px: 1,
        pb: 2,
        ml: '150px',
        typography: 'body2',
        '& > *, & li': { lineHeight: `${LINE_HEIGHT}px`, minHeight: LINE_HEIGHT },
      }}
    >
      <Box sx={{ fontWeight: 600 }}>{sentence}</Box>
      {changes.length === 0 && (
        <Box sx={{ color: 'text.secondary' }}>{t('auditLog.noChanges')}</Box>
      )}
      <AuditChangeList entity={entry.entity} changes={changes} names={names} oneLine />
    </Box>
  );
}

interface Props {
  entry: AuditEntry;
  index: number;
  top: number;
  open: boolean;
  names: AuditNames;
  onToggle: (id: number) => void;
  onKeyDown: (event: KeyboardEvent, index: number) => void;
  /** The "Databasroll" column is shown: some entry was written on a team database. */
  withRole: boolean;
}

export function AuditRow(props: Props) {
  const { entry, index, top, open, names, onToggle, onKeyDown, withRole } = props;
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const what = kindName(entry, i18n.language === 'en' ? 'en' : 'sv');
  const when = format.dateTime(entry.at);
  const detailsId = `audit-changes-${entry.id}`;
  return (
    <Box
      role="row"
      aria-rowindex={index + 2}
      data-index={index}
      sx={{
        position: 'absolute',
        top,
        left: 0,
        right: 0,
        height: rowHeight(entry, open),
        overflow: 'hidden',
        alignContent: 'start',
        display: 'grid',
        gridTemplateColumns: columnsOf(withRole),
        gridAutoRows: 'auto',
        borderBottom: 1,
        borderColor: 'divider',
        bgcolor: open ? 'action.hover' : undefined,
      }}
    >
      <Box role="cell" sx={{ ...cell, height: ROW_HEIGHT }}>
        <Text>{when}</Text>
      </Box>
      <Box role="cell" sx={cell}>
        <Text>{entry.actor || t('auditLog.unknownActor')}</Text>
      </Box>
      {withRole && (
        <Box role="cell" sx={cell}>
          <Text muted={!entry.dbRole}>{entry.dbRole ?? ''}</Text>
        </Box>
      )}
      <Box role="cell" sx={cell}>
        <Text>{what}</Text>
      </Box>
      <Box role="cell" sx={cell}>
        <Text>{entry.subject}</Text>
      </Box>
      <Box role="cell" sx={cell}>
        <Text muted={!entry.customerName}>{entry.customerName ?? t('auditLog.noCustomer')}</Text>
      </Box>
      <Box role="cell" sx={{ ...cell, justifyContent: 'center', px: 0 }}>
        <IconButton
          size="small"
          aria-expanded={open}
          aria-controls={open ? detailsId : undefined}
          aria-label={t(open ? 'auditLog.hideChanges' : 'auditLog.showChanges', { what, when })}
          onClick={() => onToggle(entry.id)}
          onKeyDown={(event) => onKeyDown(event, index)}
        >
          {open ? <ExpandLess /> : <ExpandMore />}
        </IconButton>
      </Box>
      {open && <Changes entry={entry} names={names} id={detailsId} />}
    </Box>
  );
}
