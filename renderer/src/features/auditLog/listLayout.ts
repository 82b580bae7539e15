import type { AuditEntry } from '../../../../shared/schemas/app';
import { changesOf } from '../customer/auditChanges';

/** One entry's line; an open entry adds a line per changed field under it. */
export const ROW_HEIGHT = 48;
export const LINE_HEIGHT = 22;
/** Past this many lines an open entry scrolls inside itself: rows keep a height known ahead. */
export const MAX_LINES = 12;
const DETAILS_PADDING = 16;

/** The lines an open entry shows: its sentence, then one per changed field (at least one). */
export const detailLines = (entry: AuditEntry): number =>
  Math.min(MAX_LINES, 1 + Math.max(1, changesOf(entry).length));

export const rowHeight = (entry: AuditEntry, open: boolean): number =>
  open ? ROW_HEIGHT + DETAILS_PADDING + detailLines(entry) * LINE_HEIGHT : ROW_HEIGHT;

/** Where each row starts (and, last, the height of them all): heights are known, not measured. */
export function rowOffsets(entries: readonly AuditEntry[], open: ReadonlySet<number>): number[] {
  const offsets = new Array<number>(entries.length + 1);
  offsets[0] = 0;
  entries.forEach((entry, i) => {
    offsets[i + 1] = offsets[i]! + rowHeight(entry, open.has(entry.id));
  });
  return offsets;
}

/** The first row whose bottom is below `top` (a binary search over the offsets). */
export function firstRowAt(offsets: readonly number[], top: number): number {
  let low = 0;
  let high = offsets.length - 2;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (offsets[mid + 1]! <= top) low = mid + 1;
    else high = mid;
  }
  return Math.max(0, low);
}

/** The rows to draw for a viewport: those in sight and a few either side. */
export function visibleRange(
  offsets: readonly number[],
  top: number,
  height: number,
  overscan = 8,
): { start: number; end: number } {
  const count = offsets.length - 1;
  if (count <= 0) return { start: 0, end: 0 };
  const first = firstRowAt(offsets, top);
  let last = first;
  while (last < count && offsets[last]! < top + height) last += 1;
  return { start: Math.max(0, first - overscan), end: Math.min(count, last + overscan) };
}
