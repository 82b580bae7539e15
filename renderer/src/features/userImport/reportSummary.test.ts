import { describe, expect, it } from 'vitest';
import type { ImportReport } from '../../../../shared/schemas/import';
import { shownCounts } from './ReportSummary';

const report = (over: Partial<ImportReport>): ImportReport => ({
  format: 'csv',
  encoding: 'utf-8',
  delimiter: ';',
  rows: 4,
  accepted: 3,
  rejected: 1,
  created: 3,
  updated: 0,
  unchanged: 0,
  wouldHave: null,
  issues: [],
  fileIssues: [],
  ...over,
});

describe('the preview counts', () => {
  it('show what a file refused for too few licences would create once they are bought', () => {
    const refused = report({
      created: 0,
      wouldHave: { created: 2, updated: 1, unchanged: 0 },
      fileIssues: [{ code: 'licences.exceeded', severity: 'error', message: '' }],
    });
    expect(shownCounts(refused)).toEqual({
      rows: 4,
      accepted: 3,
      rejected: 1,
      created: 2,
      updated: 1,
      unchanged: 0,
    });
  });

  it('show the report itself when nothing refuses the file', () => {
    expect(shownCounts(report({}))).toMatchObject({ created: 3, updated: 0 });
  });
});
