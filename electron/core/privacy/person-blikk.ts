import { In, type EntityManager } from 'typeorm';
import { emailKey } from '../../../shared/domain/users';
import type { PersonBlikk } from '../../../shared/schemas/privacy';
import { writeStored, type StoredResult } from '../blikk/result-store';
import { BlikkReconciliationEntity } from '../db/blikk-entities';
import type { ServiceContext } from '../context';
import type { PersonRows } from './person-find';

/** Which entries of a stored reconciliation name the person: by user id, or by address. */
function namesThem(rows: PersonRows) {
  const userIds = new Set(rows.users.map((u) => u.id));
  const addresses = new Set(rows.addresses);
  return {
    prepared: (e: { userId: string }) => userIds.has(e.userId),
    blikk: (e: { email: string }) => addresses.has(emailKey(e.email)),
    acceptKey: (key: string) => userIds.has(key.split(':')[0] ?? ''),
  };
}

/** The reconciliations of the customers they are held at (one document each), decrypted. */
async function storedAt(ctx: ServiceContext, m: EntityManager, rows: PersonRows) {
  const customerIds = [...rows.customerNames.keys()];
  if (customerIds.length === 0) return [];
  const found = await m.find(BlikkReconciliationEntity, {
    where: { customerId: In(customerIds) },
  });
  return found.flatMap((row) =>
    row.resultEnc
      ? [{ row, stored: JSON.parse(ctx.cipher.decrypt(row.resultEnc)) as StoredResult }]
      : [],
  );
}

export async function blikkAbout(
  ctx: ServiceContext,
  m: EntityManager,
  rows: PersonRows,
): Promise<PersonBlikk[]> {
  const about = namesThem(rows);
  return (await storedAt(ctx, m, rows)).flatMap(({ row, stored }) => {
    const { result } = stored;
    const entries = [
      ...result.missingInBlikk
        .filter(about.prepared)
        .map((e) => ({ list: 'missingInBlikk', ...e })),
      ...result.notPrepared.filter(about.blikk).map((e) => ({ list: 'notPrepared', ...e })),
      ...result.differences.filter(about.prepared).map((e) => ({ list: 'differences', ...e })),
    ];
    return entries.length === 0
      ? []
      : [
          {
            customerId: row.customerId,
            customerName: rows.customerNames.get(row.customerId) ?? '',
            reconciledAt: row.reconciledAt,
            entries,
          },
        ];
  });
}

/** Their entries taken out of each stored reconciliation; the rest of it stays as it was. */
export async function eraseFromBlikk(
  ctx: ServiceContext,
  m: EntityManager,
  rows: PersonRows,
): Promise<number> {
  const about = namesThem(rows);
  let changed = 0;
  for (const { stored } of await storedAt(ctx, m, rows)) {
    const { result } = stored;
    const kept: StoredResult = {
      result: {
        ...result,
        missingInBlikk: result.missingInBlikk.filter((e) => !about.prepared(e)),
        notPrepared: result.notPrepared.filter((e) => !about.blikk(e)),
        differences: result.differences.filter((e) => !about.prepared(e)),
      },
      accept: Object.fromEntries(
        Object.entries(stored.accept).filter(([key]) => !about.acceptKey(key)),
      ),
    };
    if (JSON.stringify(kept) === JSON.stringify(stored)) continue;
    await writeStored(m, ctx.cipher, kept);
    changed += 1;
  }
  return changed;
}
