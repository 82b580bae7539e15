import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { sv } from '../../i18n/sv';
import { usersSv } from '../../i18n/users.sv';
import { approveeNames, statusLabel, summaryText } from './userTexts';

const t = i18next.createInstance();
beforeAll(async () => {
  await t.init({
    lng: 'sv',
    resources: { sv: { translation: { ...sv, users: usersSv } } },
    interpolation: { escapeValue: false },
  });
});
const number = (n: number) => new Intl.NumberFormat('sv-SE').format(n);

describe('the completeness of the users, in words', () => {
  it('counts the complete, then what the others lack, in the order of the article', () => {
    const text = summaryText(
      t.t,
      {
        total: 15,
        complete: 12,
        missing: { 'salaryForm.missing': 1, 'employeeNumber.missing': 3 },
      },
      number,
    );
    expect(text).toBe('12 av 15 kompletta; 3 saknar anställningsnummer, 1 saknar löneform');
  });

  it('says when everyone is complete, with Swedish digit grouping', () => {
    expect(summaryText(t.t, { total: 5000, complete: 5000, missing: {} }, number)).toBe(
      'Alla 5\u00a0000 är kompletta',
    );
  });

  it('labels a user "Komplett" or by what is missing', () => {
    expect(statusLabel(t.t, { missing: [], personnummerMasked: '18900101-****' })).toBe('Komplett');
    expect(
      statusLabel(t.t, {
        missing: ['approver.missing', 'email.missing'],
        personnummerMasked: '18900101-****',
      }),
    ).toBe('Saknar e-post, attestansvarig');
  });

  it('labels a user without personnummer complete, saying BankID is not possible', () => {
    expect(statusLabel(t.t, { missing: [], personnummerMasked: null })).toBe(
      'Komplett, utan BankID',
    );
  });

  it('states one rule on the empty page, the step-3 blocker and the completeness card', () => {
    const rule =
      'En användare är komplett med e-post, anställningsnummer, löneform och attestansvarig. Personnummer behövs bara för inloggning med BankID.';
    expect(t.t('users.empty.body')).toContain(rule);
    expect(t.t('onboarding.blockers.users.incomplete')).toContain(rule);
    expect(t.t('users.summary.rule')).toBe(rule);
  });
});

describe('the users a refusal names', () => {
  const refusal = (code: string, details: unknown) => ({ code, details });

  it('reads the names of an approver.hasApprovees refusal, as the service sends them', () => {
    const error = refusal('approver.hasApprovees', { users: ['Bo Ask', 'Cilla Öst'] });
    expect(approveeNames(error)).toEqual(['Bo Ask', 'Cilla Öst']);
  });

  it('reads none from another code or from details of another shape', () => {
    expect(approveeNames(refusal('profile.inUse', { users: ['Bo Ask'] }))).toEqual([]);
    const people = { users: [{ firstName: 'Cilla', lastName: 'Öst' }] };
    expect(approveeNames(refusal('approver.hasApprovees', people))).toEqual([]);
    expect(approveeNames(refusal('approver.hasApprovees', undefined))).toEqual([]);
  });
});
