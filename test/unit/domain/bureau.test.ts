import { describe, expect, it } from 'vitest';
import { validateBureau } from '../../../shared/domain/collaboration';
import type { BureauInput } from '../../../shared/schemas/bureau';

const bureau = (over: Partial<BureauInput> = {}): BureauInput => ({
  name: 'Ekströms Redovisning AB',
  orgnr: '559244-0001',
  resellerAgreement: true,
  agreementNumber: 'ÅF-2030-17',
  agreementValidFrom: '2030-01-01',
  staffName: 'Märta Lindberg',
  ...over,
});

describe('a bureau sets up its own profile', () => {
  it('accepts a complete profile, with or without a reseller agreement', () => {
    expect(validateBureau(bureau())).toEqual([]);
    expect(
      validateBureau(
        bureau({ resellerAgreement: false, agreementNumber: null, agreementValidFrom: null }),
      ),
    ).toEqual([]);
    expect(validateBureau(bureau({ agreementValidFrom: undefined }))).toEqual([]);
  });

  it('needs its name, a valid organisation number and who is working', () => {
    expect(validateBureau(bureau({ name: ' ', orgnr: '559244-0002', staffName: '' }))).toEqual([
      { field: 'name', code: 'name.missing', severity: 'error' },
      { field: 'orgnr', code: 'orgnr.invalid', severity: 'error' },
      { field: 'staffName', code: 'name.missing', severity: 'error' },
    ]);
  });

  it('needs the agreement number when it says it has a reseller agreement', () => {
    for (const agreementNumber of [null, undefined, '', '  ']) {
      expect(validateBureau(bureau({ agreementNumber }))).toEqual([
        { field: 'agreementNumber', code: 'agreement.numberMissing', severity: 'error' },
      ]);
    }
  });

  it('refuses an agreement date that is not a real day', () => {
    for (const date of ['2030-02-29', '2030-13-01', '2030-04-31', '30-01-01', '']) {
      expect(validateBureau(bureau({ agreementValidFrom: date })), date).toEqual([
        { field: 'agreementValidFrom', code: 'date.invalid', severity: 'error' },
      ]);
    }
    expect(validateBureau(bureau({ agreementValidFrom: '2032-02-29' }))).toEqual([]);
  });
});
