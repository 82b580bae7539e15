import type { MailTemplateKind, MessageLanguage } from '../../../shared/schemas/mail';
import type { BureauData, CustomerData, DataOf, TemplateData } from './template-data';

/*
 * What the editor's preview shows when no customer is chosen: made-up people with å, ä and ö,
 * one complete user, one without BankID and one who lacks the article's details.
 */

const CUSTOMER: Record<MessageLanguage, CustomerData> = {
  sv: { name: 'Exempelbolaget i Åre AB', orgnr: '556016-0680' },
  en: { name: 'Example Company AB', orgnr: '556016-0680' },
};

const BUREAU: BureauData = {
  name: 'Byrån',
  staffName: 'Åsa Ödman',
  senderName: 'Byrån',
  senderAddress: 'info@byran.example',
};

/** The sample data of a kind, signed by the bureau when its profile exists. */
export function sampleData<K extends MailTemplateKind>(
  kind: K,
  language: MessageLanguage,
  bureau: BureauData | null,
): DataOf<K> {
  const signer = bureau?.name ? bureau : BUREAU;
  const customer = CUSTOMER[language];
  const user = {
    firstName: 'Örjan',
    lastName: 'Lindqvist',
    email: kind === 'bankidLetter' ? '' : 'orjan.lindqvist@exempel.example',
    hasPersonnummer: true,
  };
  const all: TemplateData = {
    contactSummary: {
      bureau: signer,
      customer,
      contact: { name: 'Märta Åkesson' },
      users: [
        { name: 'Märta Åkesson', email: 'marta@exempel.example', missing: [] },
        { name: 'Örjan Lindqvist', email: user.email, missing: ['personnummer.missing'] },
        {
          name: 'Göran Ström',
          email: '',
          missing: ['employeeNumber.missing', 'salaryForm.missing', 'email.missing'],
        },
      ],
    },
    welcome: { bureau: signer, customer, user },
    reminder: { bureau: signer, customer, user },
    bankidLetter: { bureau: signer, customer, user },
  };
  return all[kind];
}
