import i18next, { type TFunction } from 'i18next';
import { sv } from '../../i18n/sv';
import { messagingSv } from '../../i18n/messaging.sv';
import { usersSv } from '../../i18n/users.sv';

/** The Swedish texts of the mail screens, for unit tests of their wording. */
export async function swedishT(): Promise<TFunction> {
  const i18n = i18next.createInstance();
  await i18n.init({
    lng: 'sv',
    resources: { sv: { translation: { ...sv, users: usersSv, messaging: messagingSv } } },
    interpolation: { escapeValue: false },
  });
  return i18n.t;
}

/** "7 dec. 2026", as the screens write a date. */
export const swedishDate = (value: string) =>
  new Intl.DateTimeFormat('sv-SE', { day: 'numeric', month: 'short', year: 'numeric' }).format(
    new Date(value),
  );

export const swedishNumber = (n: number) => new Intl.NumberFormat('sv-SE').format(n);
