import { useMemo } from 'react';
import { formatAmount, formatMoney } from '../../i18n/format';
import { useFormat } from '../../i18n/useFormat';

/** Öre as kronor in the language on screen: "1 234,50 kr", and signed for differences. */
export function useMoney() {
  const { language, money } = useFormat();
  return useMemo(
    () => ({
      kronor: money,
      amount: (ore: number) => formatAmount(ore, language),
      /** "+297,00 kr", "−99,00 kr", "0,00 kr". */
      signed: (ore: number) => (ore > 0 ? `+${money(ore)}` : money(ore)),
      /** "12 345 kr": an axis tick, where öre are noise. */
      whole: (ore: number) => formatMoney(ore, language, 'whole'),
      /** "120 tkr", "2,5 mkr": an axis tick of large amounts, where only the size matters. */
      compact: (ore: number) => formatMoney(ore, language, 'compact'),
    }),
    [language, money],
  );
}

export type Money = ReturnType<typeof useMoney>;

/** More this month reads green, less red: the colour of a difference, none for no change. */
export const deltaColor = (ore: number): string | undefined =>
  ore > 0 ? 'success.dark' : ore < 0 ? 'error.main' : undefined;
