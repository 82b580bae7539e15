import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { OpenedCore } from '../../electron/core/open';
import {
  BUREAU,
  bureauVersion,
  collaboration,
  customerVersion,
  openTestCore,
  tempDir,
  value,
} from './support';

let dir: { dir: string; cleanup: () => void };
let core: OpenedCore;

beforeEach(async () => {
  dir = tempDir();
  core = await openTestCore(`${dir.dir}/kundstart.db`);
});
afterEach(async () => {
  await core.close();
  dir.cleanup();
});

describe('removing the reseller agreement', () => {
  it('names the customers left on samlingsfaktura without it, until they are moved', async () => {
    await value(core, 'bureau:save', BUREAU);
    const collective = await value(
      core,
      'customers:create',
      collaboration({ invoicing: { payer: 'bureau', method: 'collective' } }),
    );
    await value(
      core,
      'customers:create',
      collaboration({
        customer: { ...collaboration().customer, name: 'Berg Konsult AB', orgnr: '559900-0014' },
      }),
    );
    // With the agreement they are where they belong; the count is what removing it would affect.
    expect(await value(core, 'bureau:collectiveCustomers', {})).toEqual({
      agreementMissing: false,
      customers: [{ id: collective.id, name: 'Åkesson Bygg & Måleri AB' }],
    });

    await value(core, 'bureau:save', {
      ...BUREAU,
      resellerAgreement: false,
      ...(await bureauVersion(core)),
    });
    expect(await value(core, 'bureau:collectiveCustomers', {})).toEqual({
      agreementMissing: true,
      customers: [{ id: collective.id, name: 'Åkesson Bygg & Måleri AB' }],
    });

    await value(core, 'customers:update', {
      ...collaboration(),
      contact: { ...collaboration().contact!, personnummer: undefined },
      id: collective.id,
      recordVersion: await customerVersion(core, collective.id),
    });
    expect(await value(core, 'bureau:collectiveCustomers', {})).toEqual({
      agreementMissing: false,
      customers: [],
    });
  });
});
