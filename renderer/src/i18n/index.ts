import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { LANGUAGES, type Language } from '../../../shared/schemas/app';
import { auditLogEn } from './auditLog.en';
import { auditLogSv } from './auditLog.sv';
import { backupsEn } from './backups.en';
import { backupsSv } from './backups.sv';
import { blikkEn } from './blikk.en';
import { blikkSv } from './blikk.sv';
import { databaseEn } from './database.en';
import { databaseSv } from './database.sv';
import { teamKeyEn } from './teamKey.en';
import { teamKeySv } from './teamKey.sv';
import { en } from './en';
import { offlineEn } from './offline.en';
import { offlineSv } from './offline.sv';
import { importEn } from './import.en';
import { importSv } from './import.sv';
import { invoicesEn } from './invoices.en';
import { invoicesSv } from './invoices.sv';
import { mailSettingsEn } from './mailSettings.en';
import { mailSettingsSv } from './mailSettings.sv';
import { mailTemplatesEn } from './mailTemplates.en';
import { mailTemplatesSv } from './mailTemplates.sv';
import { messagingEn } from './messaging.en';
import { messagingSv } from './messaging.sv';
import { pricesEn } from './prices.en';
import { pricesSv } from './prices.sv';
import { privacyEn } from './privacy.en';
import { privacySv } from './privacy.sv';
import { sv } from './sv';
import { staleEn } from './stale.en';
import { staleSv } from './stale.sv';
import { updatesEn } from './updates.en';
import { updatesSv } from './updates.sv';
import { usersEn } from './users.en';
import { usersSv } from './users.sv';

export const i18n = i18next.createInstance();

/** Swedish until the stored preference says otherwise (see LanguageLoader). */
export function initI18n(language: Language = 'sv'): typeof i18n {
  void i18n.use(initReactI18next).init({
    lng: language,
    fallbackLng: 'sv',
    supportedLngs: [...LANGUAGES],
    resources: {
      sv: {
        translation: {
          ...withUsers(sv, usersSv),
          import: importSv,
          invoices: invoicesSv,
          prices: pricesSv,
          mailSettings: mailSettingsSv,
          mailTemplates: mailTemplatesSv,
          messaging: messagingSv,
          blikk: blikkSv,
          updates: updatesSv,
          auditLog: auditLogSv,
          privacy: privacySv,
          backups: backupsSv,
          database: databaseSv,
          teamKey: teamKeySv,
          stale: staleSv,
          offline: offlineSv,
        },
      },
      en: {
        translation: {
          ...withUsers(en, usersEn),
          import: importEn,
          invoices: invoicesEn,
          prices: pricesEn,
          mailSettings: mailSettingsEn,
          mailTemplates: mailTemplatesEn,
          messaging: messagingEn,
          blikk: blikkEn,
          updates: updatesEn,
          auditLog: auditLogEn,
          privacy: privacyEn,
          backups: backupsEn,
          database: databaseEn,
          teamKey: teamKeyEn,
          stale: staleEn,
          offline: offlineEn,
        },
      },
    },
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

/** The users page keeps its strings in a file of its own: its namespace and its field errors. */
function withUsers<M extends { fieldErrors: object }, U extends { fieldErrors: object }>(
  messages: M,
  users: U,
) {
  return { ...messages, users, fieldErrors: { ...messages.fieldErrors, ...users.fieldErrors } };
}

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

export function currentLanguage(): Language {
  return isLanguage(i18n.language) ? i18n.language : 'sv';
}
