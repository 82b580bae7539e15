import type { OpenedCore } from '../../../electron/core/open';
import type { CollaborationInput } from '../../../shared/schemas/customer';
import type { PriceListInput } from '../../../shared/schemas/invoices';
import { BUREAU, collaboration, openTestCore, value } from '../support';

/**
 * One bureau's first quarter of 2030, used by the summary tests. Every figure the tests expect is
 * computed by hand in invoices.test.ts from what happens here.
 */
export const PRICES_JAN: PriceListInput = {
  effectiveFrom: '2030-01-01',
  licence: { list: 129, reseller: 99 },
  addons: [
    { code: 'kvitto', name: 'Kvittotolkning', unit: 'customer', list: 49, reseller: 39 },
    { code: 'projekt', name: 'Projektuppföljning', unit: 'user', list: 19, reseller: 15 },
    { code: 'utbildning', name: 'Utbildningstimme', unit: 'item', list: 950, reseller: 800 },
  ],
};
/** New prices from 1 March: the licence goes up, the add-ons stay. */
export const PRICES_MAR: PriceListInput = {
  ...PRICES_JAN,
  effectiveFrom: '2030-03-01',
  licence: { list: 135, reseller: 104.5 },
};

export interface Scenario {
  core: OpenedCore;
  setToday(iso: string): void;
  ids: { akesson: string; berg: string; ceder: string };
}

const collective: CollaborationInput['invoicing'] = { payer: 'bureau', method: 'collective' };

export async function quarterScenario(dbFile: string): Promise<Scenario> {
  let today = '2030-01-10T09:00:00Z';
  const core = await openTestCore(dbFile, () => new Date(today));
  const setToday = (iso: string) => {
    today = iso;
  };
  await value(core, 'bureau:save', BUREAU);
  await value(core, 'prices:save', PRICES_JAN);
  await value(core, 'prices:save', PRICES_MAR);
  const create = (name: string, orgnr: string, licences: number, invoicing = collective) =>
    value(core, 'customers:create', {
      ...collaboration({ licences, contact: null, invoicing }),
      customer: { name, orgnr },
    });
  // 10 January: three customers; Cederholm pays Blikk itself.
  const akesson = await create('Åkesson Bygg AB', '559244-0001', 12);
  const berg = await create('Berg Konsult AB', '5599000014', 3);
  const ceder = await create('Cederholm Måleri AB', '5599000022', 5, {
    payer: 'customer',
    method: 'email',
  });
  await value(core, 'addons:add', { customerId: akesson.id, code: 'kvitto', from: '2030-01-10' });
  // February: Åkesson buys three more licences from the 15th and starts project follow-up.
  setToday('2030-02-15T09:00:00Z');
  await value(core, 'licences:set', { customerId: akesson.id, count: 15, from: '2030-02-15' });
  await value(core, 'addons:add', {
    customerId: akesson.id,
    code: 'projekt',
    from: '2030-02-20',
    to: '2030-03-05',
  });
  // March: a training day (3 items), Berg goes down to 2 licences from the 31st, and Cederholm
  // moves to the collective invoice on the 15th.
  setToday('2030-03-15T09:00:00Z');
  await value(core, 'addons:add', {
    customerId: akesson.id,
    code: 'utbildning',
    from: '2030-03-10',
    to: '2030-03-10',
    quantity: 3,
  });
  await value(core, 'licences:set', { customerId: berg.id, count: 2, from: '2030-03-31' });
  const cederDetail = await value(core, 'customers:get', { id: ceder.id });
  await value(core, 'customers:update', {
    id: ceder.id,
    recordVersion: cederDetail.recordVersion,
    version: 'easy',
    licences: cederDetail.licences,
    customer: { name: cederDetail.customer.name, orgnr: cederDetail.customer.orgnr },
    contact: null,
    invoicing: collective,
  });
  return { core, setToday, ids: { akesson: akesson.id, berg: berg.id, ceder: ceder.id } };
}
