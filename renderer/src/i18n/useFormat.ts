import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../shared/schemas/app';
import {
  formatDate,
  formatDateTime,
  formatMoney,
  formatMonth,
  formatNumber,
  formatWeekdayDate,
} from './format';

/** The formatters of one language (useFormat's, for code that has no React). */
export function formatsFor(language: Language) {
  return {
    language,
    dateTime: (value: string | Date) => formatDateTime(value, language),
    date: (value: string | Date) => formatDate(value, language),
    weekdayDate: (value: string) => formatWeekdayDate(value, language),
    number: (value: number) => formatNumber(value, language),
    /** Öre as kronor: "1 234,50 kr", "1,234.50 kr". */
    money: (ore: number) => formatMoney(ore, language),
    month: (value: string) => formatMonth(value, language),
  };
}

export type Formats = ReturnType<typeof formatsFor>;

/** The formatters bound to the language on screen. */
export function useFormat(): Formats {
  const { i18n } = useTranslation();
  const language: Language = i18n.language === 'en' ? 'en' : 'sv';
  return useMemo(() => formatsFor(language), [language]);
}
