import type { EntityManager } from 'typeorm';
import type { Reconciliation } from '../../../shared/schemas/blikk';
import type { FieldCipher } from '../crypto/cipher';
import { BlikkReconciliationEntity, type BlikkReconciliationRow } from '../db/blikk-entities';
import type { AcceptPatch } from './field-differences';
import { openCount } from './match';

/**
 * What blikk_reconciliations.result_enc holds, encrypted: the result as the contract answers it,
 * and what accepting each of its differences writes (the approver's and profile's ids, the name
 * split in two), which the displayed values alone cannot give back.
 */
export interface StoredResult {
  result: Reconciliation;
  accept: Record<string, AcceptPatch>;
}

export async function readStored(
  m: EntityManager,
  cipher: FieldCipher,
  customerId: string,
): Promise<StoredResult | null> {
  const row = await m.findOne(BlikkReconciliationEntity, { where: { customerId } });
  return row?.resultEnc ? (JSON.parse(cipher.decrypt(row.resultEnc)) as StoredResult) : null;
}

/**
 * A successful reading (`attemptedAt` given), or a choice made on the stored one (the last
 * attempt's time and error stay). `status` is the reading's outcome, so the portfolio can tell
 * "verified" without decrypting: matched only when nothing at all differs.
 */
export async function writeStored(
  m: EntityManager,
  cipher: FieldCipher,
  stored: StoredResult,
  attemptedAt?: string,
): Promise<void> {
  const { result } = stored;
  const before = attemptedAt
    ? null
    : await m.findOne(BlikkReconciliationEntity, { where: { customerId: result.customerId } });
  const row: BlikkReconciliationRow = {
    customerId: result.customerId,
    attemptedAt: attemptedAt ?? before?.attemptedAt ?? result.reconciledAt,
    status: result.verified ? 'matched' : 'differences',
    errorCode: before?.errorCode ?? null,
    reconciledAt: result.reconciledAt,
    openCount: openCount(result),
    resultEnc: cipher.encrypt(JSON.stringify(stored)),
  };
  await m.save(BlikkReconciliationEntity, row);
}

/**
 * A failed attempt: its code and time, and the last successful reading kept as it was (readable
 * offline). The status stays that reading's outcome; 'failed' only when there was none.
 */
export async function writeFailure(
  m: EntityManager,
  customerId: string,
  code: string,
  at: string,
): Promise<void> {
  const before = await m.findOne(BlikkReconciliationEntity, { where: { customerId } });
  await m.save(BlikkReconciliationEntity, {
    customerId,
    attemptedAt: at,
    status: before?.resultEnc ? before.status : 'failed',
    errorCode: code.slice(0, 40),
    reconciledAt: before?.reconciledAt ?? null,
    openCount: before?.openCount ?? null,
    resultEnc: before?.resultEnc ?? null,
  });
}
