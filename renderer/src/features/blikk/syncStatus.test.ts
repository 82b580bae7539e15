import i18next, { type TFunction } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { NOT_CONNECTED, type BlikkSyncStatus } from '../../../../shared/schemas/blikk';
import { blikkSv } from '../../i18n/blikk.sv';
import { sv } from '../../i18n/sv';
import { compareSync, syncFailure, syncKind, syncText } from './syncStatus';

let t: TFunction;
beforeAll(async () => {
  const i18n = i18next.createInstance();
  await i18n.init({
    lng: 'sv',
    resources: { sv: { translation: { ...sv, blikk: blikkSv } } },
    interpolation: { escapeValue: false },
  });
  t = i18n.t;
});

const date = (value: string) =>
  new Intl.DateTimeFormat('sv-SE', { day: 'numeric', month: 'short', year: 'numeric' }).format(
    new Date(value),
  );

const reconciled = (over: Partial<BlikkSyncStatus>): BlikkSyncStatus => ({
  connected: true,
  reconciledAt: '2026-12-07T08:00:00.000Z',
  open: 0,
  verified: true,
  lastError: null,
  ...over,
});

describe("the portfolio's Blikk column", () => {
  it('says "Inte ansluten" for a customer without a connection', () => {
    expect(syncKind(NOT_CONNECTED)).toBe('notConnected');
    expect(syncText(t, date, NOT_CONNECTED)).toBe('Inte ansluten');
  });

  it('says "Inte avstämd" for a connected customer never reconciled', () => {
    const status = reconciled({ reconciledAt: null, open: null, verified: false });
    expect(syncText(t, date, status)).toBe('Inte avstämd');
  });

  it('marks a customer whose users all match as verified, with the date', () => {
    expect(syncText(t, date, reconciled({}))).toBe(`Verifierad ${date('2026-12-07T08:00:00Z')}`);
  });

  it('counts the open differences in Swedish, one and many', () => {
    const one = reconciled({ open: 1, verified: false });
    const many = reconciled({ open: 3, verified: false });
    expect(syncText(t, date, one)).toBe(`${date('2026-12-07T08:00:00Z')} · 1 öppen`);
    expect(syncText(t, date, many)).toBe(`${date('2026-12-07T08:00:00Z')} · 3 öppna`);
  });

  it('shows a failed last attempt with its date and Swedish reason, over the earlier result', () => {
    const status = reconciled({ lastError: { code: 'blikk.auth', at: '2026-12-08T09:00:00Z' } });
    expect(syncKind(status)).toBe('failed');
    expect(syncText(t, date, status)).toBe(`Fel ${date('2026-12-08T09:00:00Z')}`);
    expect(syncFailure(t, date, status)).toContain('Blikk godtog inte inloggningen');
    expect(syncFailure(t, date, reconciled({}))).toBeNull();
  });

  it('sorts the unconnected first, then by open differences, failures last', () => {
    const rows = [
      reconciled({ lastError: { code: 'blikk.offline', at: '2026-12-08T09:00:00Z' } }),
      reconciled({ open: 5, verified: false }),
      NOT_CONNECTED,
      reconciled({}),
      reconciled({ open: 1, verified: false }),
    ];
    const sorted = [...rows].sort(compareSync).map((s) => `${syncKind(s)}:${s.open ?? '-'}`);
    expect(sorted).toEqual(['notConnected:-', 'verified:0', 'open:1', 'open:5', 'failed:0']);
  });
});
