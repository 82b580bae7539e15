import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OpenedCore } from '../../electron/core/open';
import { parseReport, type ImportReportText } from '../../shared/schemas/import';
import { BUREAU, collaboration, openTestCore, snapshot, tempDir, value } from './support';

let dir: { dir: string; cleanup: () => void };
let core: OpenedCore;
let customerId: string;

beforeAll(async () => {
  dir = tempDir();
  core = await openTestCore(`${dir.dir}/kundstart.db`);
  await value(core, 'bureau:save', BUREAU);
  customerId = (await value(core, 'customers:create', collaboration({ contact: null }))).id;
});
afterAll(async () => {
  await core.close();
  dir.cleanup();
});

/** As the IPC bridge delivers it: a structured-clone value, never JSON text. */
function nested(depth: number): Record<string, unknown> {
  let inner: Record<string, unknown> = { leaf: 1 };
  for (let i = 0; i < depth; i++) inner = { a: i % 2 === 0 ? inner : [inner] };
  return inner;
}

describe('every transport bounds what reaches a handler', () => {
  it('refuses a draft nested 5,000 levels deep with input.invalid and saves nothing', async () => {
    const before = await snapshot(core);
    const input = { key: 'deep', payload: nested(5000) };
    const result = await core.dispatch('drafts:save', input, { transport: 'test' });
    expect(result).toMatchObject({ ok: false, error: { code: 'input.invalid' } });
    expect(await snapshot(core)).toEqual(before);
  });

  it('still saves a draft as deep as a real form gets', async () => {
    const result = await core.dispatch(
      'drafts:save',
      { key: 'wizard', payload: nested(20) },
      { transport: 'test' },
    );
    expect(result).toMatchObject({ ok: true });
  });

  it.each([
    ['text that is not base64', 'Förnamn;Efternamn\r\nÅsa;Öberg'],
    ['base64 with a character outside the alphabet', 'QUJD*EVG'],
    ['base64 cut short (length not a multiple of 4)', 'QUJDREVGR'],
    ['padding in the middle', 'QQ==QUJD'],
  ])('users:import refuses %s with input.invalid and writes nothing', async (_, content) => {
    const before = await snapshot(core);
    const input = { customerId, fileName: 'personal.csv', contentBase64: content, dryRun: false };
    const result = await core.dispatch('users:import', input, { transport: 'test' });
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'input.invalid', details: { issues: [{ path: 'contentBase64' }] } },
    });
    expect(await snapshot(core)).toEqual(before);
  });

  it('users:import reads well-formed base64 as the file it encodes', async () => {
    const csv = 'Förnamn;Efternamn;E-post\r\nÅsa;Öberg;asa@akesson.example\r\n';
    const input = {
      customerId,
      fileName: 'personal.csv',
      contentBase64: Buffer.from(csv, 'utf8').toString('base64'),
      dryRun: true,
    };
    const result = await core.dispatch('users:import', input, { transport: 'test' });
    if (!result.ok) throw new Error(result.error.code);
    expect(parseReport(result.value as ImportReportText)).toMatchObject({ accepted: 1 });
  });
});
