import fc from 'fast-check';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importParsed } from './import-report';
import type { OpenedCore } from '../../electron/core/open';
import { AppError } from '../../shared/errors';
import { collaboration, openTestCore, tempDir, value } from './support';

let dir: { dir: string; cleanup: () => void };
let core: OpenedCore;

beforeAll(async () => {
  dir = tempDir();
  core = await openTestCore(`${dir.dir}/kundstart.db`);
});
afterAll(async () => {
  await core.close();
  dir.cleanup();
});

const VALID = iconv.encode(
  [
    'Förnamn;Efternamn;E-post;Personnummer;Anställningsnr;Löneform;Behörighet;Attestansvarig',
    'Åsa;Öberg;asa@x.example;18900115-9806;1;MÅN;Attestansvarig;1',
    'Bo;"Ek; Jr";"bo@x.example";;2;TIM;Rapportör;1',
    'Cilla;Berg;cilla@x.example;189001299800;3;;;asa@x.example',
  ].join('\r\n'),
  'win1252',
);

/** Bytes cut, flipped, spliced with garbage, or grown huge: what arrives by e-mail at times. */
const damaged = fc.oneof(
  fc.integer({ min: 0, max: VALID.length }).map((n) => VALID.subarray(0, n)),
  fc
    .array(fc.tuple(fc.nat(VALID.length - 1), fc.integer({ min: 0, max: 255 })), { maxLength: 20 })
    .map((flips) => {
      const copy = Buffer.from(VALID);
      for (const [at, byte] of flips) copy[at] = byte;
      return copy;
    }),
  fc.uint8Array({ maxLength: 2000 }).map((bytes) => Buffer.concat([VALID, Buffer.from(bytes)])),
  fc.uint8Array({ maxLength: 4000 }).map((bytes) => Buffer.from(bytes)),
);

describe('a damaged file', () => {
  it('gets a report or a file-level error, never a crash and never a partial write', async () => {
    let round = 0;
    await fc.assert(
      fc.asyncProperty(
        damaged,
        fc.constantFrom('lista.csv', 'lista.txt', 'lista.xlsx', 'lista.xml'),
        async (bytes, name) => {
          round += 1;
          const orgnr = String(556_100_000 + round);
          const created = await value(
            core,
            'customers:create',
            collaboration({
              contact: null,
              licences: 50,
              customer: { name: `Fuzz ${round} AB`, orgnr: luhnFix(orgnr) },
            }),
          );
          let expected = 0;
          try {
            const { report } = await importParsed(core.context, {
              customerId: created.id,
              fileName: name,
              bytes,
              dryRun: false,
            });
            expect(report.accepted + report.rejected).toBe(report.rows);
            expected = report.fileIssues.some((i) => i.severity === 'error') ? 0 : report.created;
          } catch (err) {
            expect(err).toBeInstanceOf(AppError);
            expect((err as AppError).code).toBe('import.file');
          }
          expect(await value(core, 'users:list', { customerId: created.id })).toHaveLength(
            expected,
          );
        },
      ),
      { numRuns: 60 },
    );
  });
});

/** A valid organisation number near `base`: a fresh customer per round. */
function luhnFix(base: string): string {
  const payload = base;
  let sum = 0;
  for (let i = 0; i < payload.length; i++) {
    let d = Number(payload[i]) * (i % 2 === 0 ? 2 : 1);
    if (d > 9) d -= 9;
    sum += d;
  }
  return payload + String((10 - (sum % 10)) % 10);
}
