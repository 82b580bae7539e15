import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { engineOf } from '../../electron/core/db/engine';
import { collaboration, openTestCore, tempDir, value } from '../integration/support';
import type { OpenedCore } from '../../electron/core/open';

let dir: ReturnType<typeof tempDir>;
let core: OpenedCore;

beforeEach(async () => {
  dir = tempDir();
  core = await openTestCore(`${dir.dir}/kundstart.db`);
});
afterEach(async () => {
  await core.close();
  dir.cleanup();
});

describe('a team database on PostgreSQL', () => {
  it('is opened from a postgres:// URL, migrated, and keeps what the services write', async () => {
    expect(engineOf(core.context.ds)).toBe('postgres');
    const created = await value(core, 'customers:create', collaboration());
    const [row] = await core.context.ds.query('SELECT name, orgnr FROM customers WHERE id = ?', [
      created.id,
    ]);
    expect(row).toEqual({ name: 'Åkesson Bygg & Måleri AB', orgnr: '5592440001' });
    await core.close();
    core = await openTestCore(`${dir.dir}/kundstart.db`);
    const listed = await value(core, 'customers:list', {});
    expect(listed.map((c) => c.name)).toEqual(['Åkesson Bygg & Måleri AB']);
  });
});
