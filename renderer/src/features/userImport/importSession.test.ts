import { describe, expect, it } from 'vitest';
import type { ImportReport } from '../../../../shared/schemas/import';
import { ApiError } from '../../api/client';
import {
  commitState,
  importSession,
  issuesByLine,
  loadedFrom,
  NEW_SESSION,
  tableRequest,
  withCell,
  type ImportAction,
  type ImportSession,
  type Loaded,
} from './importSession';

const loaded: Loaded = {
  fileName: 'personal.csv',
  table: {
    format: 'csv',
    encoding: 'utf-8',
    delimiter: ';',
    headers: ['Förnamn', 'Efternamn', 'E-post'],
    rows: [
      { line: 2, cells: ['Anna', 'Berg', 'anna@example.se'] },
      { line: 3, cells: ['Bo'] },
    ],
    notes: [],
  },
  mapping: { firstName: 0, lastName: 1, email: 2 },
  remembered: true,
  session: '6f1c2a4e-8b1d-4c3e-9f7a-2d5b8e0c1a93',
  edits: [],
};

const report = (over: Partial<ImportReport> = {}): ImportReport => ({
  format: 'csv',
  encoding: 'utf-8',
  delimiter: ';',
  rows: 2,
  accepted: 1,
  rejected: 1,
  created: 1,
  updated: 0,
  unchanged: 0,
  wouldHave: null,
  issues: [
    { row: 3, field: 'lastName', code: 'required', severity: 'error', message: 'Efternamn saknas' },
    { row: 3, field: 'email', code: 'required', severity: 'warning', message: 'E-post saknas' },
  ],
  fileIssues: [],
  ...over,
});

const run = (...actions: ImportAction[]): ImportSession =>
  actions.reduce(importSession, NEW_SESSION);

const checkedFile: ImportAction[] = [
  { type: 'readStarted', fileName: 'personal.csv' },
  { type: 'read', loaded },
  { type: 'checkStarted' },
  { type: 'checked', report: report() },
];

describe('an import session', () => {
  it('reads a file, checks it and may then commit its accepted rows', () => {
    const reading = run({ type: 'readStarted', fileName: 'personal.csv' });
    expect(reading.reading).toBe('personal.csv');
    const checking = run(...checkedFile.slice(0, 3));
    expect(checking).toMatchObject({ reading: null, loaded, checking: true });
    expect(commitState(checking)).toEqual({ canCommit: false, accepted: 0, status: 'checking' });
    const checked = run(...checkedFile);
    expect(commitState(checked)).toEqual({ canCommit: true, accepted: 1, status: null });
  });

  it('starts a new file from its own check with every row shown', () => {
    const before = run(...checkedFile, { type: 'onlyErrors', on: true });
    const next = importSession(before, { type: 'read', loaded: { ...loaded, fileName: 'b.csv' } });
    expect(next).toMatchObject({ report: null, onlyErrors: false });
    expect(next.loaded?.fileName).toBe('b.csv');
  });

  it('forgets the file when another cannot be read, and says why', () => {
    const failure = { fileName: 'trasig.xlsx', message: 'Filen går inte att läsa' };
    const state = run(...checkedFile, { type: 'readFailed', failure });
    expect(state).toMatchObject({ reading: null, failure, loaded: null, report: null });
    expect(run({ type: 'readFailed', failure }, { type: 'failureDismissed' }).failure).toBeNull();
  });

  it('keeps the last report while a failed check is shown, and clears the error on success', () => {
    const error = new ApiError({ code: 'internal', message: 'Fel' });
    const failed = run(...checkedFile, { type: 'checkStarted' }, { type: 'checkFailed', error });
    expect(failed).toMatchObject({ checking: false, checkError: error });
    expect(failed.report?.accepted).toBe(1);
    expect(importSession(failed, { type: 'checked', report: report() }).checkError).toBeNull();
  });

  it('refuses to commit a file with a file-level error, or with nothing accepted', () => {
    const blocked = report({
      fileIssues: [{ code: 'licences', severity: 'error', message: 'För få licenser' }],
    });
    const warned = report({
      fileIssues: [{ code: 'x', severity: 'warning', message: 'Obs' }],
    });
    expect(commitState(run({ type: 'checked', report: blocked }))).toMatchObject({
      canCommit: false,
      status: 'blockedByFile',
    });
    expect(commitState(run({ type: 'checked', report: warned })).canCommit).toBe(true);
    expect(commitState(run({ type: 'checked', report: report({ accepted: 0 }) }))).toMatchObject({
      canCommit: false,
      status: 'nothing',
    });
  });

  it('shows progress only while committing, and cannot commit twice', () => {
    const progress = { done: 500, total: 1000 };
    const committing = run(...checkedFile, { type: 'commitStarted' });
    expect(commitState(committing).canCommit).toBe(false);
    const moving = importSession(committing, { type: 'commitProgress', progress });
    expect(moving.commit).toEqual({ cancelling: false, progress });
    const cancelling = importSession(moving, { type: 'cancelRequested' });
    expect(cancelling.commit).toEqual({ cancelling: true, progress });
    const late = run(...checkedFile, { type: 'commitProgress', progress });
    expect(late.commit).toBeNull();
  });

  it('ends a cancelled commit with a notice, and a failed one with its error', () => {
    const cancelled = run(
      ...checkedFile,
      { type: 'commitStarted' },
      { type: 'cancelRequested' },
      { type: 'commitEnded', notice: 'Importen avbröts' },
    );
    expect(cancelled).toMatchObject({ commit: null, notice: 'Importen avbröts', checkError: null });
    expect(commitState(cancelled).canCommit).toBe(true);
    const error = new ApiError({ code: 'internal', message: 'Fel' });
    const failed = run(...checkedFile, { type: 'commitStarted' }, { type: 'commitEnded', error });
    expect(failed).toMatchObject({ commit: null, notice: null, checkError: error });
    // A new commit clears the previous notice.
    expect(importSession(cancelled, { type: 'commitStarted' }).notice).toBeNull();
  });
});

describe('issuesByLine', () => {
  it('groups the issues by the line they are on', () => {
    const byLine = issuesByLine(report());
    expect([...byLine.keys()]).toEqual([3]);
    expect(byLine.get(3)?.map((i) => i.field)).toEqual(['lastName', 'email']);
    expect(issuesByLine(null).size).toBe(0);
  });
});

describe('withCell', () => {
  it('corrects one cell of one line and leaves the rest', () => {
    const next = withCell(loaded, 2, 0, 'Annika');
    expect(next.table.rows.map((r) => r.cells)).toEqual([
      ['Annika', 'Berg', 'anna@example.se'],
      ['Bo'],
    ]);
    expect(loaded.table.rows[0]?.cells[0]).toBe('Anna');
  });

  it('grows a short row to reach the column', () => {
    const next = withCell(loaded, 3, 2, 'bo@example.se');
    expect(next.table.rows[1]?.cells).toEqual(['Bo', '', 'bo@example.se']);
  });
});

describe('loadedFrom', () => {
  it('parses the table the core sent as JSON text, with no corrections yet', () => {
    const { fileName: _f, edits: _e, session, table, ...rest } = loaded;
    const preview = { ...rest, session: session!, tableJson: JSON.stringify(table), headers: [] };
    expect(loadedFrom('personal.csv', preview)).toEqual(loaded);
  });
});

describe('tableRequest', () => {
  it('names the kept table and sends only the corrected cells, in the order made', () => {
    const next = withCell(withCell(loaded, 3, 2, 'bo@exempel.se'), 3, 2, 'bo@example.se');
    expect(tableRequest('c1', next)).toEqual({
      customerId: 'c1',
      session: loaded.session,
      mapping: loaded.mapping,
      edits: [
        { line: 3, column: 2, value: 'bo@exempel.se' },
        { line: 3, column: 2, value: 'bo@example.se' },
      ],
    });
  });

  it('sends the whole corrected table when asked, or when the core keeps none', () => {
    const next = withCell(loaded, 2, 0, 'Annika');
    const whole = { customerId: 'c1', table: next.table, mapping: loaded.mapping };
    expect(tableRequest('c1', next, true)).toEqual(whole);
    expect(tableRequest('c1', { ...next, session: null })).toEqual(whole);
  });
});
