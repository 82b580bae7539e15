import { useMemo } from 'react';
import { formatAmount, formatKronor } from '../../../../shared/domain/money';
import { useFormat } from '../../i18n/useFormat';

const LOCALES = { sv: 'sv-SE', en: 'en-GB' } as const;

/** Öre as kronor in the language on screen: "1 234,50 kr", and signed for differences. */
export function useMoney() {
  const { language } = useFormat();
  return useMemo(() => {
    const locale = LOCALES[language];
    const kronor = (ore: number) => formatKronor(ore, locale);
    return {
      kronor,
      amount: (ore: number) => formatAmount(ore, locale),
      /** "+297,00 kr", "−99,00 kr", "0,00 kr". */
      signed: (ore: number) => (ore > 0 ? `+${kronor(ore)}` : kronor(ore)),
      /** "12 345 kr": an axis tick, where öre are noise. */
      whole: (ore: number) =>
        `${new Intl.NumberFormat(locale, { maximumFractionDigits: 0 }).format(ore / 100)} kr`,
      /** "120 tn kr", "2,5 mn kr": an axis tick of large amounts, where only the size matters. */
      compact: (ore: number) =>
        `${new Intl.NumberFormat(locale, { notation: 'compact' }).format(ore / 100)} kr`,
    };
  }, [language]);
}

export type Money = ReturnType<typeof useMoney>;

/** More this month reads green, less red: the colour of a difference, none for no change. */
export const deltaColor = (ore: number): string | undefined =>
  ore > 0 ? 'success.dark' : ore < 0 ? 'error.main' : undefined;
