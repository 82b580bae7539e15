import { describe, expect, it, vi } from 'vitest';
import { errorText } from './errorText';
import { i18n, initI18n } from './index';

// No DOM in the unit tests: the page's lang attribute lands on a stand-in.
vi.stubGlobal('document', { documentElement: {} });
initI18n('sv');

describe('a refusal in words', () => {
  it('names the closed month a change would reach, in the language on screen', () => {
    expect(errorText(i18n.getFixedT('sv'), 'month.closed', { month: '2026-03' })).toMatch(
      /^Mars 2026 är stängd\. Öppna månaden/,
    );
    expect(errorText(i18n.getFixedT('en'), 'month.closed', { month: '2026-03' })).toMatch(
      /^March 2026 is closed\. Reopen the month/,
    );
  });

  it('still reads as a sentence when the refusal does not say which month', () => {
    expect(errorText(i18n.getFixedT('sv'), 'month.closed')).not.toContain('{{');
    expect(errorText(i18n.getFixedT('sv'), 'month.closed')).toMatch(/^Ändringen rör en stängd/);
  });

  it('names the month only from details of month.closed’s own shape (YYYY-MM), else the general sentence', () => {
    const sv = i18n.getFixedT('sv');
    const general = errorText(sv, 'month.closed');
    expect(errorText(sv, 'month.closed', { month: 'mars' })).toBe(general);
    expect(errorText(sv, 'month.closed', { month: '2026-13' })).toBe(general);
    expect(errorText(sv, 'month.closed', { month: 202603 })).toBe(general);
    expect(errorText(sv, 'month.closed', { month: '2026-03' })).toMatch(/^Mars 2026 är stängd/);
  });
});
