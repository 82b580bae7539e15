import type {
  CellEdit,
  ColumnMapping,
  ImportIssue,
  ImportPreview,
  ImportReport,
  ImportTable,
  ImportTableRequest,
} from '../../../../shared/schemas/import';
import type { ApiError } from '../../api/client';
import type { ReadFailure } from './ChooseFile';

/** The file being imported, as read and as corrected in the preview. */
export interface Loaded {
  fileName: string;
  table: ImportTable;
  mapping: ColumnMapping;
  remembered: boolean;
  /** The table as the core keeps it, and the cells corrected since: what a check sends. */
  session: string | null;
  edits: CellEdit[];
}

export interface Progress {
  done: number;
  total: number;
}

/** One import on the page: the file, its latest check, and the commit under way. */
export interface ImportSession {
  /** The name of the file being read, while it is. */
  reading: string | null;
  failure: ReadFailure | null;
  loaded: Loaded | null;
  report: ImportReport | null;
  checking: boolean;
  checkError: ApiError | null;
  onlyErrors: boolean;
  buying: boolean;
  /** Set while the accepted rows are written. */
  commit: { cancelling: boolean; progress: Progress | null } | null;
  notice: string | null;
}

export const NEW_SESSION: ImportSession = {
  reading: null,
  failure: null,
  loaded: null,
  report: null,
  checking: false,
  checkError: null,
  onlyErrors: false,
  buying: false,
  commit: null,
  notice: null,
};

export type ImportAction =
  | { type: 'readStarted'; fileName: string }
  | { type: 'read'; loaded: Loaded }
  | { type: 'readFailed'; failure: ReadFailure }
  | { type: 'changed'; loaded: Loaded }
  | { type: 'checkStarted' }
  | { type: 'checked'; report: ImportReport }
  | { type: 'checkFailed'; error: ApiError }
  | { type: 'onlyErrors'; on: boolean }
  | { type: 'buying'; on: boolean }
  | { type: 'commitStarted' }
  | { type: 'commitProgress'; progress: Progress }
  | { type: 'cancelRequested' }
  | { type: 'commitEnded'; notice?: string; error?: ApiError }
  | { type: 'failureDismissed' }
  | { type: 'noticeDismissed' };

export function importSession(state: ImportSession, action: ImportAction): ImportSession {
  switch (action.type) {
    case 'readStarted':
      return { ...state, reading: action.fileName, failure: null, notice: null };
    case 'read':
      // A new file starts from its own check, with every row shown.
      return { ...state, reading: null, loaded: action.loaded, report: null, onlyErrors: false };
    case 'readFailed':
      return { ...state, reading: null, failure: action.failure, loaded: null, report: null };
    case 'changed':
      return { ...state, loaded: action.loaded };
    case 'checkStarted':
      return { ...state, checking: true };
    case 'checked':
      return { ...state, checking: false, report: action.report, checkError: null };
    case 'checkFailed':
      return { ...state, checking: false, checkError: action.error };
    case 'onlyErrors':
      return { ...state, onlyErrors: action.on };
    case 'buying':
      return { ...state, buying: action.on };
    case 'commitStarted':
      return { ...state, commit: { cancelling: false, progress: null }, notice: null };
    case 'commitProgress':
      // Progress that arrives after the commit ended belongs to no dialog.
      return state.commit
        ? { ...state, commit: { ...state.commit, progress: action.progress } }
        : state;
    case 'cancelRequested':
      return state.commit ? { ...state, commit: { ...state.commit, cancelling: true } } : state;
    case 'commitEnded':
      return {
        ...state,
        commit: null,
        notice: action.notice ?? state.notice,
        checkError: action.error ?? state.checkError,
      };
    case 'failureDismissed':
      return { ...state, failure: null };
    case 'noticeDismissed':
      return { ...state, notice: null };
  }
}

/** Whether the accepted rows may be written now, and if not, the status line that says why. */
export function commitState(state: ImportSession): {
  canCommit: boolean;
  accepted: number;
  status: 'checking' | 'blockedByFile' | 'nothing' | null;
} {
  const { report, checking } = state;
  const fileBlocked = report?.fileIssues.some((issue) => issue.severity === 'error') ?? false;
  const accepted = report?.accepted ?? 0;
  const canCommit = !!report && !checking && !fileBlocked && accepted > 0 && !state.commit;
  const status = checking
    ? 'checking'
    : fileBlocked
      ? 'blockedByFile'
      : report && accepted === 0
        ? 'nothing'
        : null;
  return { canCommit, accepted, status };
}

/** The file as the core read it: its table arrives as JSON text (see ImportPreview). */
export function loadedFrom(fileName: string, preview: ImportPreview): Loaded {
  const { tableJson, mapping, remembered, session } = preview;
  const table = JSON.parse(tableJson) as ImportTable;
  return { fileName, table, mapping, remembered, session, edits: [] };
}

/** The check's issues by the file's line number, for the preview's rows. */
export function issuesByLine(report: ImportReport | null): Map<number, ImportIssue[]> {
  const map = new Map<number, ImportIssue[]>();
  for (const issue of report?.issues ?? []) {
    const list = map.get(issue.row) ?? [];
    list.push(issue);
    map.set(issue.row, list);
  }
  return map;
}

/** The file with one cell corrected; a short row grows to reach the column. */
export function withCell(loaded: Loaded, line: number, column: number, value: string): Loaded {
  const rows = loaded.table.rows.map((row) => {
    if (row.line !== line) return row;
    const cells = [...row.cells];
    while (cells.length < column) cells.push('');
    cells[column] = value;
    return { ...row, cells };
  });
  const edits = [...loaded.edits, { line, column, value }];
  return { ...loaded, table: { ...loaded.table, rows }, edits };
}

/**
 * What a check or commit sends: the kept table's name and the corrections (a few bytes for a
 * 100,000-row file), or the whole table when the core no longer keeps it (`whole`).
 */
export function tableRequest(
  customerId: string,
  loaded: Loaded,
  whole = false,
): ImportTableRequest {
  const { session, edits, table, mapping } = loaded;
  return session && !whole
    ? { customerId, session, edits, mapping }
    : { customerId, table, mapping };
}
