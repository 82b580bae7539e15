// Issue 16 item 3: the time settings, the reporting profiles and the bureau profile are saved
// from the version their form read. A save from a version a colleague has since overwritten is
// refused (conflict.stale), writes nothing, and names what changed, by whom.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { OpenedCore } from '../../electron/core/open';
import { detailsOf } from '../../shared/errorDetails';
import { defaultSections } from '../../shared/settings/sections';
import { defaultProfile } from '../../shared/settings/profiles';
import { BUREAU, collaboration, invoke, openTestCore, snapshot, tempDir, value } from './support';

let dir: { dir: string; cleanup: () => void };
let core: OpenedCore;
let customerId: string;

beforeEach(async () => {
  dir = tempDir();
  core = await openTestCore(`${dir.dir}/kundstart.db`);
  await value(core, 'bureau:save', BUREAU);
  customerId = (await value(core, 'customers:create', collaboration({ contact: null }))).id;
});
afterEach(async () => {
  await core.close();
  dir.cleanup();
});

/** The refusal's details, after checking that it is conflict.stale and that nothing changed. */
type Refusal = { ok: true } | { ok: false; error: { code: string; details?: unknown } };
type StaleDetails = NonNullable<ReturnType<typeof detailsOf<'conflict.stale'>>>;

async function refusedStale(save: () => Promise<Refusal>): Promise<StaleDetails> {
  const before = await snapshot(core);
  const r = await save();
  expect(r.ok).toBe(false);
  if (r.ok) throw new Error('saved');
  expect(r.error.code).toBe('conflict.stale');
  // Every table's rows as they were: no section, profile, bureau or audit row was written.
  expect(await snapshot(core)).toEqual(before);
  const details = detailsOf(r.error, 'conflict.stale');
  if (!details) throw new Error('no details');
  return details;
}

describe('a time settings section', () => {
  const workTime = (fri: number) => {
    const data = defaultSections().workTime;
    data.weeklyHours.fri = fri;
    return data;
  };

  it('reads version 0 before its first save, then counts each save', async () => {
    const read = await value(core, 'settings:get', { customerId });
    expect(read.sections.workTime.recordVersion).toBe(0);
    const saved = await value(core, 'settings:save', {
      customerId,
      section: 'workTime',
      data: workTime(6),
      recordVersion: 0,
    });
    expect(saved.sections.workTime.recordVersion).toBe(1);
    expect(saved.sections.overtime.recordVersion).toBe(0);
  });

  it('is refused as stale after a colleague saved it, and writes nothing', async () => {
    await value(core, 'settings:save', { customerId, section: 'workTime', data: workTime(6) });
    // Both read version 1; the colleague saves first.
    await value(core, 'settings:save', {
      customerId,
      section: 'workTime',
      data: workTime(5),
      recordVersion: 1,
    });
    const details = await refusedStale(() =>
      invoke(core, 'settings:save', {
        customerId,
        section: 'workTime',
        data: workTime(7),
        recordVersion: 1,
      }),
    );
    expect(details).toMatchObject({
      entity: 'settings',
      id: customerId,
      version: 2,
      changedBy: 'Anna Ek',
      changedFields: expect.arrayContaining(['weeklyHours']),
    });
    expect(details.current).toMatchObject({ data: { weeklyHours: { fri: 5 } } });
  });

  it('is refused when two first saves both read the defaults', async () => {
    await value(core, 'settings:save', {
      customerId,
      section: 'overtime',
      data: defaultSections().overtime,
      recordVersion: 0,
    });
    await refusedStale(() =>
      invoke(core, 'settings:save', {
        customerId,
        section: 'overtime',
        data: defaultSections().overtime,
        recordVersion: 0,
      }),
    );
  });

  it('must name its version once it is stored', async () => {
    await value(core, 'settings:save', { customerId, section: 'workTime', data: workTime(6) });
    const r = await invoke(core, 'settings:save', {
      customerId,
      section: 'workTime',
      data: workTime(7),
    });
    expect(r).toMatchObject({ ok: false, error: { code: 'input.invalid' } });
  });
});

describe('a reporting profile', () => {
  it('is refused as stale after a colleague saved it, and writes nothing', async () => {
    const read = await value(core, 'profiles:save', {
      customerId,
      fields: { ...defaultProfile(), name: 'Timanställda' },
    });
    expect(read.recordVersion).toBe(1);
    const theirs = await value(core, 'profiles:save', {
      customerId,
      id: read.id,
      fields: { ...defaultProfile(), name: 'Timanställda', projectRequired: true },
      recordVersion: read.recordVersion,
    });
    expect(theirs.recordVersion).toBe(2);
    const details = await refusedStale(() =>
      invoke(core, 'profiles:save', {
        customerId,
        id: read.id,
        fields: { ...defaultProfile(), name: 'Timlön' },
        recordVersion: read.recordVersion,
      }),
    );
    expect(details).toMatchObject({ entity: 'profile', id: read.id, version: 2 });
    expect(details.changedFields).toContain('projectRequired');
    expect(details.current).toMatchObject({ name: 'Timanställda', projectRequired: true });
  });

  it('must name its version to be updated', async () => {
    const [grund] = await value(core, 'profiles:list', { customerId });
    const r = await invoke(core, 'profiles:save', {
      customerId,
      id: grund!.id,
      fields: { ...defaultProfile(), roundingMinutes: 15 },
    });
    expect(r).toMatchObject({ ok: false, error: { code: 'input.invalid' } });
  });
});

describe('the bureau profile', () => {
  it('is refused as stale after a colleague saved it, and writes nothing', async () => {
    const read = await value(core, 'bureau:get', {});
    expect(read?.recordVersion).toBe(1);
    await value(core, 'bureau:save', { ...BUREAU, staffName: 'Bo Ask', recordVersion: 1 });
    const details = await refusedStale(() =>
      invoke(core, 'bureau:save', { ...BUREAU, name: 'Ek & Ask AB', recordVersion: 1 }),
    );
    expect(details).toMatchObject({ entity: 'bureau', version: 2, changedBy: 'Bo Ask' });
    expect(details.changedFields).toContain('staffName');
    expect(details.current).toMatchObject({ name: BUREAU.name, staffName: 'Bo Ask' });
  });

  it('must name its version to be updated', async () => {
    const r = await invoke(core, 'bureau:save', { ...BUREAU, name: 'Ek & Ask AB' });
    expect(r).toMatchObject({ ok: false, error: { code: 'input.invalid' } });
    const saved = await value(core, 'bureau:save', { ...BUREAU, recordVersion: 1 });
    expect(saved.recordVersion).toBe(2);
  });
});
