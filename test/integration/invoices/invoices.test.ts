import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CustomerInvoice, InvoiceSummary } from '../../../shared/schemas/invoices';
import { invoke, snapshot, tempDir, value } from '../support';
import { PRICES_MAR, quarterScenario, type Scenario } from './scenario';

let dir: { dir: string; cleanup: () => void };
let s: Scenario;

beforeEach(async () => {
  dir = tempDir();
  s = await quarterScenario(`${dir.dir}/kundstart.db`);
});
afterEach(async () => {
  await s.core.close();
  dir.cleanup();
});

const summary = (month: string) => value(s.core, 'invoices:summary', { month });
const customer = (sum: InvoiceSummary, name: string): CustomerInvoice => {
  const found = sum.customers.find((c) => c.name === name);
  if (!found) throw new Error(`${name} is not on the ${sum.month} invoice`);
  return found;
};
const amounts = (c: CustomerInvoice) =>
  c.lines.map((l) => [l.code, l.quantity, l.unitPriceOre, l.amountOre]);

describe('the month summary, figures computed by hand', () => {
  it('January: licences on the last day, an add-on per customer, VAT 25 % on the total', async () => {
    const jan = await summary('2030-01');
    expect(jan.priceList.effectiveFrom).toBe('2030-01-01');
    // Åkesson: 12 × 99,00 + Kvittotolkning 39,00 = 1 227,00 (list 12 × 129 + 49 = 1 597,00).
    const akesson = customer(jan, 'Åkesson Bygg AB');
    expect(amounts(akesson)).toEqual([
      ['easy', 12, 9900, 118800],
      ['kvitto', 1, 3900, 3900],
    ]);
    expect(akesson).toMatchObject({ orgnr: '559244-0001', subtotalOre: 122700 });
    expect(akesson).toMatchObject({ listSubtotalOre: 159700, marginOre: 37000 });
    expect(akesson.changes).toEqual([
      { kind: 'joined', date: '2030-01-10' },
      { kind: 'addonStarted', date: '2030-01-10', code: 'kvitto' },
    ]);
    // Berg: 3 × 99,00 = 297,00. Cederholm pays Blikk itself: listed apart, not summed.
    expect(customer(jan, 'Berg Konsult AB').subtotalOre).toBe(29700);
    expect(jan.direct).toMatchObject([
      { name: 'Cederholm Måleri AB', orgnr: '559900-0022', licences: 5, payer: 'customer' },
    ]);
    expect(jan.customers.map((c) => c.name)).toEqual(['Berg Konsult AB', 'Åkesson Bygg AB']);
    // 1 227,00 + 297,00 = 1 524,00; VAT 381,00; 1 905,00 to pay, no rounding.
    expect(jan).toMatchObject({
      licences: 15,
      totalExclVatOre: 152400,
      vatOre: 38100,
      totalInclVatOre: 190500,
      roundingOre: 0,
      payableOre: 190500,
      closed: null,
    });
  });

  it('February: licences changed mid-month bill the count on the last day; a per-user add-on', async () => {
    const feb = await summary('2030-02');
    const akesson = customer(feb, 'Åkesson Bygg AB');
    // 15 × 99 = 1 485,00; Kvitto 39,00; Projekt per user 15 × 15,00 = 225,00 → 1 749,00.
    expect(amounts(akesson)).toEqual([
      ['easy', 15, 9900, 148500],
      ['kvitto', 1, 3900, 3900],
      ['projekt', 15, 1500, 22500],
    ]);
    expect(akesson.subtotalOre).toBe(174900);
    expect(akesson.changes).toEqual([
      { kind: 'licences', date: '2030-02-15', from: 12, to: 15 },
      { kind: 'addonStarted', date: '2030-02-20', code: 'projekt' },
    ]);
    // 1 749,00 + 297,00 = 2 046,00; VAT 511,50; 2 557,50 rounds to 2 558 kr (+0,50).
    expect(feb).toMatchObject({
      totalExclVatOre: 204600,
      vatOre: 51150,
      totalInclVatOre: 255750,
      roundingOre: 50,
      payableOre: 255800,
    });
  });

  it('March: the price list in force on the 1st, add-ons started and ended, a switch to samlingsfaktura', async () => {
    const mar = await summary('2030-03');
    expect(mar.priceList.effectiveFrom).toBe(PRICES_MAR.effectiveFrom);
    const akesson = customer(mar, 'Åkesson Bygg AB');
    // 15 × 104,50 = 1 567,50; Kvitto 39; Projekt (ended the 5th) 225; training 3 × 800 = 2 400.
    expect(amounts(akesson)).toEqual([
      ['easy', 15, 10450, 156750],
      ['kvitto', 1, 3900, 3900],
      ['projekt', 15, 1500, 22500],
      ['utbildning', 3, 80000, 240000],
    ]);
    expect(akesson.subtotalOre).toBe(423150);
    expect(akesson.lines[0]).toMatchObject({ listUnitPriceOre: 13500, listAmountOre: 202500 });
    expect(akesson.changes.map((c) => c.kind)).toEqual([
      'addonEnded',
      'addonStarted',
      'addonEnded',
    ]);
    // Berg: 2 licences from the 31st → 2 × 104,50 = 209,00.
    const berg = customer(mar, 'Berg Konsult AB');
    expect(berg.subtotalOre).toBe(20900);
    expect(berg.changes).toEqual([{ kind: 'licences', date: '2030-03-31', from: 3, to: 2 }]);
    // Cederholm moved to the collective invoice on the 15th: 5 × 104,50 = 522,50.
    const ceder = customer(mar, 'Cederholm Måleri AB');
    expect(ceder.subtotalOre).toBe(52250);
    expect(ceder.changes).toEqual([
      {
        kind: 'invoicing',
        date: '2030-03-15',
        from: { payer: 'customer', method: 'email' },
        to: { payer: 'bureau', method: 'collective' },
      },
    ]);
    expect(mar.direct).toEqual([]);
    // 4 231,50 + 209,00 + 522,50 = 4 963,00; VAT 1 240,75; 6 203,75 rounds to 6 204 (+0,25).
    expect(mar).toMatchObject({
      licences: 22,
      totalExclVatOre: 496300,
      vatOre: 124075,
      totalInclVatOre: 620375,
      roundingOre: 25,
      payableOre: 620400,
    });
  });

  it('a month before any customer existed has no lines; a month without a price list is refused', async () => {
    expect((await summary('2029-12')).customers).toEqual([]);
    const none = await invoke(s.core, 'invoices:summary', { month: '2024-12' });
    expect(none.ok ? 'ok' : none.error.code).toBe('prices.none');
    const bad = await invoke(s.core, 'invoices:summary', { month: '2030-13' });
    expect(bad.ok ? 'ok' : bad.error.code).toBe('input.invalid');
  });

  it('an add-on whose code the month’s price list lacks is flagged, not invoiced', async () => {
    s.setToday('2030-04-02T09:00:00Z');
    await value(s.core, 'prices:save', { ...PRICES_MAR, effectiveFrom: '2030-04-01', addons: [] });
    const apr = await summary('2030-04');
    expect(customer(apr, 'Åkesson Bygg AB').lines.map((l) => l.code)).toEqual(['easy']);
    expect(apr.warnings).toEqual([
      { code: 'addon.unpriced', customerId: s.ids.akesson, addonCode: 'kvitto' },
    ]);
  });
});

describe('licence history', () => {
  it('slots a back-dated change into the history: past months change, today’s count does not', async () => {
    s.setToday('2030-04-02T09:00:00Z');
    await value(s.core, 'licences:set', { customerId: s.ids.berg, count: 5, from: '2030-02-01' });
    expect((await value(s.core, 'licences:get', { customerId: s.ids.berg })).licences).toBe(2);
    expect(customer(await summary('2030-02'), 'Berg Konsult AB').licences).toBe(5);
    expect(customer(await summary('2030-03'), 'Berg Konsult AB').licences).toBe(2);
  });
});

describe('comparison and trend', () => {
  it('compares March with February: who changed, by how much, and why', async () => {
    const cmp = await value(s.core, 'invoices:compare', { month: '2030-03' });
    expect(cmp).toMatchObject({
      previousMonth: '2030-02',
      previousTotalExclVatOre: 204600,
      totalExclVatOre: 496300,
      deltaOre: 291700,
      unchanged: 0,
    });
    const byName = new Map(cmp.rows.map((r) => [r.name, r]));
    expect(byName.get('Åkesson Bygg AB')).toMatchObject({ deltaOre: 423150 - 174900 });
    expect(byName.get('Cederholm Måleri AB')).toMatchObject({
      previousSubtotalOre: null,
      subtotalOre: 52250,
      deltaOre: 52250,
    });
    const reasons = byName.get('Berg Konsult AB')?.reasons.map((r) => r.kind);
    expect(reasons).toEqual(['licences', 'prices']);
    expect(cmp.rows[0]?.name).toBe('Åkesson Bygg AB'); // largest change first
  });

  it('explains a line gone because an add-on ended the month before', async () => {
    s.setToday('2030-04-02T09:00:00Z');
    const cmp = await value(s.core, 'invoices:compare', { month: '2030-04' });
    const akesson = cmp.rows.find((r) => r.name === 'Åkesson Bygg AB');
    // Projekt ended 5 March and the training day was 10 March: both gone from April's invoice.
    expect(akesson?.reasons).toEqual([
      { kind: 'lineGone', code: 'projekt' },
      { kind: 'lineGone', code: 'utbildning' },
    ]);
    expect(akesson?.deltaOre).toBe(156750 + 3900 - 423150);
  });

  it('says why a customer left the collective invoice', async () => {
    s.setToday('2030-04-10T09:00:00Z');
    const detail = await value(s.core, 'customers:get', { id: s.ids.berg });
    await value(s.core, 'customers:update', {
      id: s.ids.berg,
      recordVersion: detail.recordVersion,
      version: 'easy',
      licences: detail.licences,
      customer: { name: detail.customer.name, orgnr: detail.customer.orgnr },
      contact: null,
      invoicing: { payer: 'customer', method: 'email' },
    });
    const cmp = await value(s.core, 'invoices:compare', { month: '2030-04' });
    const berg = cmp.rows.find((r) => r.name === 'Berg Konsult AB');
    expect(berg).toMatchObject({ previousSubtotalOre: 20900, subtotalOre: null, deltaOre: -20900 });
    expect(berg?.reasons).toEqual([
      { kind: 'left' },
      {
        kind: 'invoicing',
        date: '2030-04-10',
        from: { payer: 'bureau', method: 'collective' },
        to: { payer: 'customer', method: 'email' },
      },
    ]);
  });

  it('gives licences and amounts month by month', async () => {
    const points = await value(s.core, 'invoices:trend', { month: '2030-03', months: 4 });
    expect(points.map((p) => [p.month, p.customers, p.licences, p.totalExclVatOre])).toEqual([
      ['2029-12', 0, 0, 0],
      ['2030-01', 2, 15, 152400],
      ['2030-02', 2, 18, 204600],
      ['2030-03', 3, 22, 496300],
    ]);
  });
});

describe('a closed month', () => {
  beforeEach(() => s.setToday('2030-04-02T09:00:00Z'));

  it('has ended at midnight in Sweden, while the UTC date is still the month’s last day', async () => {
    s.setToday('2030-03-31T22:30:00Z'); // 00:30 on 1 April in Stockholm (summer time)
    const closed = await invoke(s.core, 'invoices:close', { month: '2030-03' });
    expect(closed.ok ? 'ok' : closed.error.code).toBe('ok');
    // A change made now is from 1 April, so the closed March does not refuse it.
    await value(s.core, 'licences:set', { customerId: s.ids.berg, count: 6 });
    const history = (await value(s.core, 'licences:get', { customerId: s.ids.berg })).history;
    expect(history[0]).toMatchObject({ effectiveFrom: '2030-04-01', count: 6 });
  });

  it('cannot be closed before it has ended', async () => {
    const r = await invoke(s.core, 'invoices:close', { month: '2030-04' });
    expect(r.ok ? 'ok' : r.error.code).toBe('month.notEnded');
  });

  it('stays as it was closed: edits reaching it are refused and change nothing', async () => {
    const closed = await value(s.core, 'invoices:close', { month: '2030-03' });
    expect(closed.closed).toMatchObject({ actor: BUREAU_STAFF, differs: false });
    const before = await snapshot(s.core);
    const refused = [
      await invoke(s.core, 'licences:set', {
        customerId: s.ids.berg,
        count: 3,
        from: '2030-03-20',
      }),
      await invoke(s.core, 'prices:save', { ...PRICES_MAR, licence: { list: 1, reseller: 1 } }),
      await invoke(s.core, 'prices:delete', { id: closed.priceList.id }),
      await invoke(s.core, 'addons:add', {
        customerId: s.ids.berg,
        code: 'kvitto',
        from: '2030-03-01',
      }),
    ];
    expect(refused.map((r) => (r.ok ? 'ok' : r.error.code))).toEqual(Array(4).fill('month.closed'));
    // Each refusal names the month, for the CLI's message and the UI's ("Mars 2030 är stängd").
    for (const r of refused) {
      expect(r.ok ? null : r.error).toMatchObject({
        details: { month: '2030-03' },
        message: expect.stringMatching(/^Mars 2030 är stängd\. Öppna månaden/),
      });
    }
    const addons = await value(s.core, 'addons:list', { customerId: s.ids.akesson });
    const training = addons.find((a) => a.code === 'utbildning');
    const del = await invoke(s.core, 'addons:delete', { id: training?.id ?? '' });
    expect(del.ok ? 'ok' : del.error.code).toBe('month.closed');
    expect(await snapshot(s.core)).toEqual(before);
    const again = await summary('2030-03');
    expect(again.totalExclVatOre).toBe(496300);
  });

  it('allows changes from the next month on, and keeps its frozen figures', async () => {
    await value(s.core, 'invoices:close', { month: '2030-03' });
    await value(s.core, 'prices:save', {
      ...PRICES_MAR,
      effectiveFrom: '2030-04-01',
      licence: { list: 140, reseller: 110 },
    });
    await value(s.core, 'licences:set', { customerId: s.ids.berg, count: 4, from: '2030-04-01' });
    await value(s.core, 'addons:add', {
      customerId: s.ids.berg,
      code: 'kvitto',
      from: '2030-04-01',
    });
    const mar = await summary('2030-03');
    expect(mar.totalExclVatOre).toBe(496300);
    expect(mar.closed?.differs).toBe(false);
    expect(customer(await summary('2030-04'), 'Berg Konsult AB').subtotalOre).toBe(
      4 * 11000 + 3900,
    );
  });

  it('flags a later edit that would change it (a renamed customer), and reopening recomputes', async () => {
    await value(s.core, 'invoices:close', { month: '2030-03' });
    const detail = await value(s.core, 'customers:get', { id: s.ids.berg });
    await value(s.core, 'customers:update', {
      id: s.ids.berg,
      recordVersion: detail.recordVersion,
      version: 'easy',
      licences: detail.licences,
      customer: { name: 'Berg & Son Konsult AB', orgnr: detail.customer.orgnr },
      contact: null,
      invoicing: { payer: detail.invoicing.payer, method: detail.invoicing.method },
    });
    const frozen = await summary('2030-03');
    expect(frozen.customers.map((c) => c.name)).toContain('Berg Konsult AB');
    expect(frozen.closed?.differs).toBe(true);
    const reopened = await value(s.core, 'invoices:reopen', { month: '2030-03' });
    expect(reopened.closed).toBeNull();
    expect(reopened.customers.map((c) => c.name)).toContain('Berg & Son Konsult AB');
    const twice = await invoke(s.core, 'invoices:reopen', { month: '2030-03' });
    expect(twice.ok ? 'ok' : twice.error.code).toBe('month.notClosed');
  });

  it('closing and reopening are in the change history', async () => {
    await value(s.core, 'invoices:close', { month: '2030-03' });
    await value(s.core, 'invoices:reopen', { month: '2030-03' });
    const entries = await value(s.core, 'audit:list', { limit: 5 });
    const months = entries.filter((e) => e.entity === 'invoiceMonth').map((e) => e.action);
    expect(months).toEqual(['delete', 'create']);
  });
});

const BUREAU_STAFF = 'Anna Ek';
