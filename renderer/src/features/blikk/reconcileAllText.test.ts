import i18next, { type TFunction } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { blikkSv } from '../../i18n/blikk.sv';
import { reconcileAllText } from './reconcileAllText';

let t: TFunction;
beforeAll(async () => {
  const i18n = i18next.createInstance();
  await i18n.init({ lng: 'sv', resources: { sv: { translation: { blikk: blikkSv } } } });
  t = i18n.t;
});
const number = (n: number) => new Intl.NumberFormat('sv-SE').format(n);

describe('the notice after reconciling every connected customer', () => {
  it('says how many were reconciled', () => {
    const text = reconcileAllText(t, number, {
      total: 1200,
      reconciled: 1200,
      failed: [],
      cancelled: false,
    });
    expect(text).toBe(`${number(1200)} av ${number(1200)} kunder avstämda.`);
  });

  it('names the failures', () => {
    const result = { total: 4, reconciled: 3, failed: [{ customerId: 'c', code: 'blikk.auth' }] };
    expect(reconcileAllText(t, number, { ...result, cancelled: false })).toBe(
      '3 av 4 kunder avstämda, 1 misslyckades.',
    );
  });

  it('says where a cancelled run stopped', () => {
    const text = reconcileAllText(t, number, {
      total: 10,
      reconciled: 2,
      failed: [],
      cancelled: true,
    });
    expect(text).toBe('Avstämningen avbröts efter 2 av 10 kunder.');
  });
});
