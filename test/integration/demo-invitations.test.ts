import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { seedDemo } from '../../electron/core/demo/demo-service';
import type { OpenedCore } from '../../electron/core/open';
import { openTestCore, tempDir, value } from './support';

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

describe('the demo past step 4', () => {
  it('informs contacts and invites users as rows, without a single message', async () => {
    await seedDemo(core.context, { customers: 14, usersPerCustomer: 6, seed: 3 });
    const customers = await value(core, 'customers:list', {});
    const at = (step: number | null) => customers.filter((c) => c.onboarding.next === step);
    expect(at(5).length).toBeGreaterThan(0);
    expect(at(null).length).toBeGreaterThan(0);
    for (const customer of at(5)) {
      const users = await value(core, 'users:list', { customerId: customer.id });
      const invited = users.filter((u) => u.invitation.invited).length;
      expect(invited, customer.name).toBeGreaterThan(0);
      expect(invited, customer.name).toBeLessThan(users.length);
      const messaging = await value(core, 'messaging:get', { customerId: customer.id });
      expect(messaging.contactInformed).toMatchObject({ how: 'other' });
    }
    for (const customer of at(null)) {
      const users = await value(core, 'users:list', { customerId: customer.id });
      expect(users.every((u) => u.invitation.invited)).toBe(true);
    }
    expect(await core.context.ds.query('SELECT id FROM outbox')).toEqual([]);
  });
});
