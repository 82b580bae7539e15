import { emailKey } from '../../../shared/domain/users';
import { maskPersonnummer, parsePersonnummer } from '../../../shared/domain/personnummer';
import type {
  BlikkDifference,
  BlikkUser,
  BlikkUserRef,
  PreparedUserRef,
  Reconciliation,
} from '../../../shared/schemas/blikk';
import { differencesOf, type AcceptPatch, type FieldContext } from './field-differences';
import type { PreparedUser } from './prepared-user';

export type { PreparedUser } from './prepared-user';
export type { AcceptPatch } from './field-differences';

export interface MatchInput {
  /** The customer's prepared users, in the order they are listed. */
  prepared: PreparedUser[];
  blikk: BlikkUser[];
  /** The customer's reporting profiles (accepting Blikk's profile needs one of that name). */
  profiles: { id: string; name: string }[];
  /** The blind index of a 12-digit personnummer, as stored beside the prepared users. */
  fingerprint: (digits: string) => string;
  /** The last result: a "keep" carries over while Blikk's value stays the same. */
  previous: Reconciliation | null;
  today: Date;
}

export type MatchResult = Pick<
  Reconciliation,
  'missingInBlikk' | 'notPrepared' | 'differences' | 'verified'
> & {
  /** What accepting each acceptable difference writes to the prepared user, by difference id. */
  accept: Record<string, AcceptPatch>;
};

/**
 * Compares Blikk's users with the prepared ones. Pairs by employee number first (trimmed,
 * case-insensitive), then personnummer, then e-mail: one pass per key over all users, so a
 * weaker key never takes a user a stronger key would have paired with someone else.
 */
export function matchUsers(input: MatchInput): MatchResult {
  const pairs = pairUsers(input);
  const preparedOf = new Map(pairs.map(([p, b]) => [b.blikkId, p]));
  const context: FieldContext = {
    preparedById: new Map(input.prepared.map((p) => [p.userId, p])),
    blikkById: new Map(input.blikk.map((b) => [b.blikkId, b])),
    preparedOfBlikk: (blikkId) => preparedOf.get(blikkId),
    profiles: input.profiles,
  };
  const differences: BlikkDifference[] = [];
  const accept: Record<string, AcceptPatch> = {};
  for (const [prepared, blikk] of pairs) {
    for (const found of differencesOf(prepared, blikk, context)) {
      differences.push({ ...found.difference, kept: keptBefore(input.previous, found.difference) });
      if (found.patch) accept[found.difference.id] = found.patch;
    }
  }
  const paired = new Set(pairs.map(([p]) => p.userId));
  const missingInBlikk = input.prepared.filter((p) => !paired.has(p.userId)).map(preparedRef);
  const notPrepared = input.blikk
    .filter((b) => !preparedOf.has(b.blikkId))
    .map((b) => blikkRef(b, input.today));
  const verified = isVerified({ missingInBlikk, notPrepared, differences });
  return { missingInBlikk, notPrepared, differences, verified, accept };
}

type Counted = Pick<Reconciliation, 'missingInBlikk' | 'notPrepared' | 'differences'>;

/** Everyone found on both sides and nothing differing (a kept difference still differs). */
export function isVerified(r: Counted): boolean {
  return r.missingInBlikk.length === 0 && r.notPrepared.length === 0 && r.differences.length === 0;
}

/** Missing, not prepared, and differences staff have not chosen to keep. */
export function openCount(r: Counted): number {
  return (
    r.missingInBlikk.length + r.notPrepared.length + r.differences.filter((d) => !d.kept).length
  );
}

type Pair = [PreparedUser, BlikkUser];

function pairUsers(input: MatchInput): Pair[] {
  const keys: {
    prepared: (p: PreparedUser) => string | null;
    blikk: (b: BlikkUser) => string | null;
  }[] = [
    { prepared: (p) => numberKey(p.employeeNumber), blikk: (b) => numberKey(b.employeeNumber) },
    {
      prepared: (p) => p.personnummerFp,
      blikk: (b) => personnummerKey(b.personnummer, input.fingerprint, input.today),
    },
    { prepared: (p) => emailKey(p.email) || null, blikk: (b) => emailKey(b.email) || null },
  ];
  const pairs: Pair[] = [];
  const freePrepared = new Set(input.prepared);
  const freeBlikk = new Set(input.blikk);
  for (const key of keys) {
    const byKey = new Map<string, PreparedUser>();
    for (const p of freePrepared) {
      const k = key.prepared(p);
      if (k && !byKey.has(k)) byKey.set(k, p);
    }
    for (const b of freeBlikk) {
      const k = key.blikk(b);
      const p = k ? byKey.get(k) : undefined;
      if (!k || !p) continue;
      pairs.push([p, b]);
      byKey.delete(k);
      freePrepared.delete(p);
      freeBlikk.delete(b);
    }
  }
  // Shown in the prepared users' order, as the users page lists them.
  const order = new Map(input.prepared.map((p, i) => [p.userId, i]));
  return pairs.sort((x, y) => (order.get(x[0].userId) ?? 0) - (order.get(y[0].userId) ?? 0));
}

const numberKey = (n: string): string | null => n.trim().toLowerCase() || null;

/** Blikk writes personnummer in any form: parsed as Kundstart parses them, then fingerprinted. */
function personnummerKey(
  value: string | null,
  fingerprint: (digits: string) => string,
  today: Date,
): string | null {
  const parsed = parsePersonnummer(value ?? '', today);
  return parsed.ok ? fingerprint(parsed.digits) : null;
}

function keptBefore(
  previous: Reconciliation | null,
  d: Omit<BlikkDifference, 'kept'>,
): BlikkDifference['kept'] {
  const before = previous?.differences.find((p) => p.id === d.id);
  return before?.kept && before.blikk === d.blikk ? before.kept : null;
}

function preparedRef(p: PreparedUser): PreparedUserRef {
  return {
    userId: p.userId,
    name: `${p.firstName} ${p.lastName}`.trim(),
    email: p.email,
    employeeNumber: p.employeeNumber,
  };
}

function blikkRef(b: BlikkUser, today: Date): BlikkUserRef {
  const parsed = parsePersonnummer(b.personnummer ?? '', today);
  return {
    blikkId: b.blikkId,
    name: `${b.firstName} ${b.lastName}`.trim(),
    email: b.email,
    employeeNumber: b.employeeNumber,
    personnummerMasked: parsed.ok ? maskPersonnummer(parsed.digits) : null,
  };
}
