import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';

const FORMATS = {
  sv: new Intl.DateTimeFormat('sv-SE', { month: 'long', year: 'numeric', timeZone: 'UTC' }),
  en: new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' }),
};

/** "mars 2030" / "March 2030" for a YYYY-MM month. */
export function useMonthText(): (month: string) => string {
  const { i18n } = useTranslation();
  const format = i18n.language === 'en' ? FORMATS.en : FORMATS.sv;
  return useCallback((month: string) => format.format(new Date(`${month}-01T00:00:00Z`)), [format]);
}
