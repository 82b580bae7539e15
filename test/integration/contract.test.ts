import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHANNELS, contract } from '../../shared/contract';
import { createHandlers } from '../../electron/core/handlers';
import type { OpenedCore } from '../../electron/core/open';
import { collaboration, invoke, openTestCore, snapshot, tempDir, value } from './support';

let dir: { dir: string; cleanup: () => void };
let core: OpenedCore;

beforeAll(async () => {
  dir = tempDir();
  core = await openTestCore(`${dir.dir}/kundstart.db`);
  await value(core, 'customers:create', collaboration());
});
afterAll(async () => {
  await core.close();
  dir.cleanup();
});

describe('the contract', () => {
  it('has exactly one handler for every channel', () => {
    expect(Object.keys(createHandlers(core.context)).sort()).toEqual([...CHANNELS].sort());
  });

  it('answers an unknown channel with channel.unknown', async () => {
    const result = await core.dispatch('customers:drop', {}, { transport: 'test' });
    expect(result).toMatchObject({ ok: false, error: { code: 'channel.unknown' } });
  });

  for (const channel of CHANNELS) {
    it(`${channel}: malformed input answers input.invalid and changes nothing`, async () => {
      const before = await snapshot(core);
      const schema = contract[channel].input;
      const malformed = fc.anything().filter((x) => !schema.safeParse(x ?? {}).success);
      await fc.assert(
        fc.asyncProperty(malformed, async (input) => {
          const result = await core.dispatch(channel, input, { transport: 'test' });
          expect(result).toMatchObject({ ok: false, error: { code: 'input.invalid' } });
        }),
        { numRuns: 60 },
      );
      expect(await snapshot(core)).toEqual(before);
    });
  }

  it('refuses extra fields rather than silently dropping them', async () => {
    const result = await invoke(core, 'customers:list', { search: 'a', admin: true } as never);
    expect(result).toMatchObject({ ok: false, error: { code: 'input.invalid' } });
  });
});
