import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { LANGUAGES, type Language } from '../../../shared/schemas/app';
import { en } from './en';
import { sv } from './sv';

export const i18n = i18next.createInstance();

/** Swedish until the stored preference says otherwise (see LanguageLoader). */
export function initI18n(language: Language = 'sv'): typeof i18n {
  void i18n.use(initReactI18next).init({
    lng: language,
    fallbackLng: 'sv',
    supportedLngs: [...LANGUAGES],
    resources: { sv: { translation: sv }, en: { translation: en } },
    interpolation: { escapeValue: false },
    returnNull: false,
    initAsync: false,
  });
  document.documentElement.lang = language;
  i18n.on('languageChanged', (lng) => {
    document.documentElement.lang = lng;
  });
  return i18n;
}

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

export function currentLanguage(): Language {
  return isLanguage(i18n.language) ? i18n.language : 'sv';
}
