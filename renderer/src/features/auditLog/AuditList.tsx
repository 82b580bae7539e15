import Box from '@mui/material/Box';
import LinearProgress from '@mui/material/LinearProgress';
import Typography from '@mui/material/Typography';
import { useCallback, useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { AuditEntry } from '../../../../shared/schemas/app';
import { visuallyHidden } from '../../components/visuallyHidden';
import { auditNames } from '../customer/auditValues';
import { AuditRow, columnsOf } from './AuditRow';
import { rowOffsets, visibleRange } from './listLayout';

/** How close to the end (in rows) the list asks for the next page. */
const PREFETCH_ROWS = 30;
const NO_PEOPLE: never[] = [];

interface Props {
  entries: AuditEntry[];
  /** How many entries match, for assistive technology (aria-rowcount); null while counted. */
  total: number | null;
  done: boolean;
  loading: boolean;
  onLoadMore: () => void;
}

/** Moves focus to a row's button once it is drawn (it may be scrolled into being first). */
function focusRow(container: HTMLElement | null, index: number): void {
  requestAnimationFrame(() =>
    container?.querySelector<HTMLElement>(`[data-index="${index}"] button`)?.focus(),
  );
}

/**
 * The log as one long list, newest first: only the rows in sight are drawn, and the next page
 * is asked for as the end comes near, so 100,000 entries never load at once. Up and down arrows
 * move between entries; Enter or Space opens an entry's changes.
 */
export function AuditList({ entries, total, done, loading, onLoadMore }: Props) {
  const { t } = useTranslation();
  const scroller = useRef<HTMLDivElement>(null);
  const [view, setView] = useState({ top: 0, height: 600 });
  const [open, setOpen] = useState<ReadonlySet<number>>(new Set());
  const offsets = useMemo(() => rowOffsets(entries, open), [entries, open]);
  const range = visibleRange(offsets, view.top, view.height);
  const names = useMemo(() => auditNames(entries, NO_PEOPLE, NO_PEOPLE), [entries]);
  // Only a team database records roles: on the own file the column would always be empty.
  const withRole = useMemo(() => entries.some((entry) => entry.dbRole), [entries]);

  const measure = useCallback(() => {
    const el = scroller.current;
    if (el) setView({ top: el.scrollTop, height: el.clientHeight });
  }, []);
  useEffect(() => {
    measure();
    window.addEventListener('resize', measure);
    return () => window.removeEventListener('resize', measure);
  }, [measure]);

  useEffect(() => {
    if (!done && !loading && range.end >= entries.length - PREFETCH_ROWS) onLoadMore();
  }, [range.end, entries.length, done, loading, onLoadMore]);

  const toggle = useCallback((id: number) => {
    setOpen((current) => {
      const next = new Set(current);
      if (!next.delete(id)) next.add(id);
      return next;
    });
  }, []);

  const onKeyDown = (event: KeyboardEvent, index: number) => {
    const step = { ArrowDown: 1, ArrowUp: -1, PageDown: 10, PageUp: -10 }[event.key];
    const target =
      step === undefined ? null : Math.min(entries.length - 1, Math.max(0, index + step));
    if (target === null || target === index) return;
    event.preventDefault();
    const el = scroller.current;
    if (el) {
      const [top, bottom] = [offsets[target] ?? 0, offsets[target + 1] ?? 0];
      if (top < el.scrollTop) el.scrollTop = top;
      else if (bottom > el.scrollTop + el.clientHeight) el.scrollTop = bottom - el.clientHeight;
    }
    focusRow(el, target);
  };

  return (
    <>
      <Box
        role="table"
        aria-label={t('auditLog.listLabel')}
        aria-rowcount={(total ?? entries.length) + 1}
        aria-busy={loading}
        sx={{ border: 1, borderColor: 'divider', borderRadius: 1, bgcolor: 'background.paper' }}
      >
        <Box role="rowgroup">
          <Box
            role="row"
            aria-rowindex={1}
            sx={{
              display: 'grid',
              gridTemplateColumns: columnsOf(withRole),
              borderBottom: 1,
              borderColor: 'divider',
              typography: 'subtitle2',
              '& > *': { px: 1, py: 1.25 },
            }}
          >
            <div role="columnheader">{t('auditLog.columns.when')}</div>
            <div role="columnheader">{t('auditLog.columns.actor')}</div>
            {withRole && <div role="columnheader">{t('auditLog.columns.dbRole')}</div>}
            <div role="columnheader">{t('auditLog.columns.what')}</div>
            <div role="columnheader">{t('auditLog.columns.subject')}</div>
            <div role="columnheader">{t('auditLog.columns.customer')}</div>
            <div role="columnheader">
              <span style={visuallyHidden}>{t('auditLog.columns.changes')}</span>
            </div>
          </Box>
        </Box>
        <Box
          ref={scroller}
          data-testid="audit-scroller"
          onScroll={measure}
          sx={{ height: 'calc(100vh - 340px)', minHeight: 320, overflowY: 'auto' }}
        >
          <Box role="rowgroup" sx={{ position: 'relative', height: offsets[entries.length] ?? 0 }}>
            {entries.slice(range.start, range.end).map((entry, i) => (
              <AuditRow
                key={entry.id}
                entry={entry}
                index={range.start + i}
                top={offsets[range.start + i] ?? 0}
                open={open.has(entry.id)}
                names={names}
                onToggle={toggle}
                onKeyDown={onKeyDown}
                withRole={withRole}
              />
            ))}
          </Box>
        </Box>
      </Box>
      <Box sx={{ px: 2, py: 1, minHeight: 36 }} aria-live="polite">
        {loading && entries.length > 0 && <LinearProgress aria-label={t('auditLog.loadingMore')} />}
        {done && entries.length > 0 && (
          <Typography variant="body2" color="text.secondary">
            {t('auditLog.end')}
          </Typography>
        )}
      </Box>
    </>
  );
}
