import { describe, expect, it } from 'vitest';
import {
  matchUsers,
  openCount,
  type MatchInput,
  type PreparedUser,
} from '../../../electron/core/blikk/match';
import type { BlikkUser, Reconciliation } from '../../../shared/schemas/blikk';

/* Skatteverket's test personnummer (test/fixtures/identity/). */
const PNR = ['189001159806', '189001299800', '189002129808'];
const TODAY = new Date('2026-11-28T10:00:00Z');
/** Stands in for the data key's blind index: any one-way function of the 12 digits will do. */
const fingerprint = (digits: string) => `fp-${digits.split('').reverse().join('')}`;

function prepared(over: Partial<PreparedUser> & { userId: string }): PreparedUser {
  return {
    firstName: 'Anna',
    lastName: 'Ek',
    email: 'anna@akesson.example',
    employeeNumber: '1',
    personnummerFp: null,
    salaryForm: 'monthly',
    role: 'reporter',
    approverId: 'boss',
    profileName: 'Standard',
    ...over,
  };
}

const BOSS = prepared({
  userId: 'boss',
  firstName: 'Britt',
  lastName: 'Ås',
  email: 'britt@akesson.example',
  employeeNumber: '100',
  role: 'approver',
  personnummerFp: fingerprint(PNR[0]!),
});

function blikk(over: Partial<BlikkUser> & { blikkId: string }): BlikkUser {
  return {
    firstName: 'Anna',
    lastName: 'Ek',
    email: 'anna@akesson.example',
    personnummer: null,
    employeeNumber: '1',
    salaryForm: 'monthly',
    salaryTypeRaw: null,
    role: 'reporter',
    licenseRaw: null,
    licensed: true,
    manager: { id: 'b-boss', name: 'Britt Ås' },
    profile: { id: 'p1', name: 'Standard' },
    ...over,
  };
}

const BLIKK_BOSS = blikk({
  blikkId: 'b-boss',
  firstName: 'Britt',
  lastName: 'Ås',
  email: 'britt@akesson.example',
  employeeNumber: '100',
  role: 'approver',
  personnummer: '18900115-9806',
});

const PROFILES = [
  { id: 'prof-std', name: 'Standard' },
  { id: 'prof-field', name: 'Fält' },
];

function run(over: Partial<MatchInput>) {
  return matchUsers({
    prepared: [BOSS],
    blikk: [BLIKK_BOSS],
    profiles: PROFILES,
    fingerprint,
    previous: null,
    today: TODAY,
    ...over,
  });
}

describe('pairing Blikk users with the prepared ones', () => {
  it('a customer whose users all match is verified, with nothing open', () => {
    const anna = prepared({ userId: 'anna' });
    const r = run({ prepared: [BOSS, anna], blikk: [blikk({ blikkId: 'b-anna' }), BLIKK_BOSS] });
    expect(r).toMatchObject({ missingInBlikk: [], notPrepared: [], differences: [] });
    expect(r.verified).toBe(true);
    expect(openCount(r)).toBe(0);
  });

  it('pairs by employee number first, trimmed and case-insensitive, before e-mail', () => {
    // Blikk's Anna carries Cilla's e-mail by mistake but Anna's employee number.
    const anna = prepared({ userId: 'anna', employeeNumber: 'a-7' });
    const cilla = prepared({
      userId: 'cilla',
      firstName: 'Cilla',
      email: 'cilla@a.example',
      employeeNumber: '',
    });
    const r = run({
      prepared: [BOSS, anna, cilla],
      blikk: [
        BLIKK_BOSS,
        blikk({ blikkId: 'b-anna', employeeNumber: ' A-7 ', email: 'cilla@a.example' }),
        blikk({
          blikkId: 'b-cilla',
          firstName: 'Cilla',
          email: 'CILLA@a.example',
          employeeNumber: '',
        }),
      ],
    });
    expect(r.missingInBlikk).toEqual([]);
    expect(r.notPrepared).toEqual([]);
    expect(r.differences.map((d) => [d.userId, d.blikkId, d.field])).toEqual([
      ['anna', 'b-anna', 'email'],
    ]);
  });

  it('pairs by personnummer in any written form when the employee number differs', () => {
    // 900115+9806: the short form of someone over a hundred, i.e. 18900115-9806.
    const r = run({
      blikk: [{ ...BLIKK_BOSS, employeeNumber: '999', personnummer: '900115+9806' }],
    });
    expect(r.missingInBlikk).toEqual([]);
    expect(r.differences).toMatchObject([
      {
        id: 'boss:employeeNumber',
        field: 'employeeNumber',
        prepared: '100',
        blikk: '999',
        acceptable: true,
      },
    ]);
    expect(r.accept['boss:employeeNumber']).toEqual({ employeeNumber: '999' });
  });

  it('pairs by e-mail, case-insensitive, when neither number pairs', () => {
    const r = run({
      blikk: [
        { ...BLIKK_BOSS, employeeNumber: '', personnummer: null, email: 'BRITT@Akesson.example' },
      ],
    });
    expect(r.missingInBlikk).toEqual([]);
    expect(r.differences.map((d) => d.field)).toEqual(['employeeNumber']);
  });

  it('lists who is prepared but missing in Blikk, and who is in Blikk but not prepared (personnummer masked)', () => {
    const anna = prepared({ userId: 'anna', employeeNumber: '1', email: 'anna@a.example' });
    const stranger = blikk({
      blikkId: 'b-x',
      firstName: 'Dan',
      lastName: 'Berg',
      email: 'dan@a.example',
      employeeNumber: '2',
      personnummer: '18900129-9800',
    });
    const r = run({ prepared: [BOSS, anna], blikk: [BLIKK_BOSS, stranger] });
    expect(r.missingInBlikk).toEqual([
      { userId: 'anna', name: 'Anna Ek', email: 'anna@a.example', employeeNumber: '1' },
    ]);
    expect(r.notPrepared).toEqual([
      {
        blikkId: 'b-x',
        name: 'Dan Berg',
        email: 'dan@a.example',
        employeeNumber: '2',
        personnummerMasked: '18900129-****',
      },
    ]);
    expect(r.verified).toBe(false);
    expect(openCount(r)).toBe(2);
  });
});

describe('the differences of a paired user', () => {
  const anna = prepared({ userId: 'anna' });
  const annaIn = (over: Partial<BlikkUser>) =>
    run({ prepared: [BOSS, anna], blikk: [BLIKK_BOSS, blikk({ blikkId: 'b-anna', ...over })] });

  it.each([
    ['name', { lastName: 'Eek' }, 'Anna Ek', 'Anna Eek', { firstName: 'Anna', lastName: 'Eek' }],
    [
      'email',
      { email: 'ana@akesson.example', employeeNumber: '1' },
      'anna@akesson.example',
      'ana@akesson.example',
      { email: 'ana@akesson.example' },
    ],
    [
      'salaryForm',
      { salaryForm: 'hourly' as const },
      'monthly',
      'hourly',
      { salaryForm: 'hourly' },
    ],
    ['role', { role: 'admin' as const }, 'reporter', 'admin', { role: 'admin' }],
    [
      'approver',
      { manager: { id: 'b-anna', name: 'Anna Ek' } },
      'Britt Ås',
      'Anna Ek',
      { approverId: 'anna' },
    ],
    ['approver', { manager: null }, 'Britt Ås', null, { approverId: null }],
    [
      'profile',
      { profile: { id: 'p9', name: 'FÄLT' } },
      'Standard',
      'FÄLT',
      { profileId: 'prof-field' },
    ],
  ])('%s: Blikk %j differs, and accepting it is possible', (field, over, before, after, patch) => {
    const r = annaIn(over);
    expect(r.differences).toEqual([
      {
        id: `anna:${field}`,
        userId: 'anna',
        user: 'Anna Ek',
        blikkId: 'b-anna',
        field,
        prepared: before,
        blikk: after,
        acceptable: true,
        kept: null,
      },
    ]);
    expect(r.accept[`anna:${field}`]).toEqual(patch);
    expect(r.verified).toBe(false);
    expect(openCount(r)).toBe(1);
  });

  it.each([
    ['salaryForm', { salaryForm: null, salaryTypeRaw: '7' }, 'monthly', '7'],
    ['role', { role: null, licenseRaw: 'Projektledare' }, 'reporter', 'Projektledare'],
    ['approver', { manager: { id: 'b-gone', name: 'Okänd Chef' } }, 'Britt Ås', 'Okänd Chef'],
    ['profile', { profile: { id: 'p9', name: 'Nattskift' } }, 'Standard', 'Nattskift'],
    ['name', { firstName: '' }, 'Anna Ek', 'Ek'],
  ])(
    '%s: a Blikk value Kundstart cannot map (%j) is shown raw and cannot be accepted',
    (field, over, before, after) => {
      const r = annaIn(over);
      expect(r.differences).toMatchObject([
        { field, prepared: before, blikk: after, acceptable: false },
      ]);
      expect(r.accept).toEqual({});
    },
  );

  it('a salary form, licence or reporting profile Blikk left out of its answer is no difference', () => {
    const r = annaIn({
      salaryForm: null,
      salaryTypeRaw: null,
      role: null,
      licenseRaw: null,
      profile: null,
    });
    expect(r.differences).toEqual([]);
  });

  it('e-mail and employee number compare case-insensitively; names do not', () => {
    expect(annaIn({ email: 'ANNA@Akesson.Example', employeeNumber: ' 1 ' }).differences).toEqual(
      [],
    );
    expect(annaIn({ firstName: 'anna' }).differences.map((d) => d.field)).toEqual(['name']);
  });

  it('several differences of one user come in the fields order, each with its own stable id', () => {
    const r = annaIn({
      lastName: 'Eek',
      salaryForm: 'hourly',
      profile: { id: 'p9', name: 'Nattskift' },
    });
    expect(r.differences.map((d) => d.id)).toEqual([
      'anna:name',
      'anna:salaryForm',
      'anna:profile',
    ]);
    expect(r.differences[2]).toMatchObject({
      prepared: 'Standard',
      blikk: 'Nattskift',
      acceptable: false,
    });
  });
});

describe('a kept difference', () => {
  const anna = prepared({ userId: 'anna' });
  const kept = { at: '2026-11-27T09:00:00.000Z', by: 'Anna Ek' };
  const previous = (blikkValue: string): Reconciliation => ({
    customerId: 'c',
    reconciledAt: '2026-11-27T08:00:00.000Z',
    blikkUsers: 2,
    missingInBlikk: [],
    notPrepared: [],
    differences: [
      {
        id: 'anna:email',
        userId: 'anna',
        user: 'Anna Ek',
        blikkId: 'b-anna',
        field: 'email',
        prepared: 'anna@akesson.example',
        blikk: blikkValue,
        acceptable: true,
        kept,
      },
    ],
    licences: { inUse: 2, invoiced: 5 },
    verified: false,
  });
  const again = (prev: Reconciliation) =>
    run({
      prepared: [BOSS, anna],
      blikk: [BLIKK_BOSS, blikk({ blikkId: 'b-anna', email: 'ana@akesson.example' })],
      previous: prev,
    });

  it('is carried over while Blikk still holds the same value, and no longer counts as open', () => {
    const r = again(previous('ana@akesson.example'));
    expect(r.differences).toMatchObject([{ id: 'anna:email', kept }]);
    expect(openCount(r)).toBe(0);
    expect(r.verified).toBe(false);
  });

  it('is open again once Blikk holds another value', () => {
    const r = again(previous('anna@akeson.example'));
    expect(r.differences).toMatchObject([{ id: 'anna:email', kept: null }]);
    expect(openCount(r)).toBe(1);
  });
});
