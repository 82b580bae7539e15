import type { MailTemplateKind, MessageLanguage } from '../schemas/mail';
import { INCOMPLETE_CODES } from './users';
import type { Field, Fields } from './mail-template';

/*
 * What each kind of message can say: its placeholders. The services fill exactly these (see
 * electron/core/mail/render.ts); the editor offers them; a template is checked against them.
 */

const BUREAU: Field = {
  fields: { name: 'text', staffName: 'text', senderName: 'text', senderAddress: 'text' },
};
const CUSTOMER: Field = { fields: { name: 'text', orgnr: 'text' } };
const USER: Field = {
  fields: {
    name: 'text',
    firstName: 'text',
    lastName: 'text',
    email: 'text',
    hasPersonnummer: 'flag',
  },
};
const TO_USER: Fields = { bureau: BUREAU, customer: CUSTOMER, user: USER };

export const TEMPLATE_FIELDS: Record<MailTemplateKind, Fields> = {
  contactSummary: {
    bureau: BUREAU,
    customer: CUSTOMER,
    contact: { fields: { name: 'text' } },
    users: {
      list: { name: 'text', email: 'text', missing: 'text', complete: 'flag' },
    },
    /** No user lacks anything, not even a personnummer. */
    nothingMissing: 'flag',
  },
  welcome: TO_USER,
  reminder: TO_USER,
  bankidLetter: TO_USER,
};

/** What a user lacks, in the order the article names it, as the message's language says it. */
const MISSING_WORDS: Record<MessageLanguage, Record<string, string>> = {
  sv: {
    'personnummer.missing': 'personnummer (för inloggning med BankID)',
    'employeeNumber.missing': 'anställningsnummer',
    'salaryForm.missing': 'löneform',
    'email.missing': 'e-postadress',
    'approver.missing': 'attestansvarig',
  },
  en: {
    'personnummer.missing': 'personal identity number (to log in with BankID)',
    'employeeNumber.missing': 'employee number',
    'salaryForm.missing': 'salary form',
    'email.missing': 'e-mail address',
    'approver.missing': 'approver',
  },
};

/** "anställningsnummer, löneform och attestansvarig"; codes without a word are left out. */
export function missingWords(codes: readonly string[], language: MessageLanguage): string {
  const words = MISSING_WORDS[language];
  const known = Object.keys(words).filter((code) => codes.includes(code));
  return new Intl.ListFormat(language, { type: 'conjunction' }).format(
    known.map((code) => words[code]!),
  );
}

/** Complete by the article's list: a missing personnummer alone does not count. */
export const isCompleteBy = (missing: readonly string[]): boolean =>
  !missing.some((code) => (INCOMPLETE_CODES as readonly string[]).includes(code));
