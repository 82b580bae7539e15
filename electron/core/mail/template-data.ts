import type { MailTemplateKind } from '../../../shared/schemas/mail';

/*
 * What each template is filled with. The services build these from stored data; the template
 * service offers their paths as placeholders ({{customer.name}}, {{#users}}…{{/users}}).
 */

export interface BureauData {
  name: string;
  /** The staff member sending: signs the messages. */
  staffName: string;
  senderName: string;
  senderAddress: string;
}

export interface CustomerData {
  name: string;
  /** NNNNNN-NNNN */
  orgnr: string;
}

export interface SummaryUserData {
  name: string;
  email: string;
  /** Warning codes (email.missing, personnummer.missing, ...); the renderer names them. */
  missing: string[];
}

export interface ContactSummaryData {
  bureau: BureauData;
  customer: CustomerData;
  contact: { name: string };
  users: SummaryUserData[];
}

export interface UserMessageData {
  bureau: BureauData;
  customer: CustomerData;
  user: { firstName: string; lastName: string; email: string; hasPersonnummer: boolean };
}

export interface TemplateData {
  contactSummary: ContactSummaryData;
  welcome: UserMessageData;
  reminder: UserMessageData;
  bankidLetter: UserMessageData;
}

export type DataOf<K extends MailTemplateKind> = TemplateData[K];

/** A message ready for the outbox: HTML with every value escaped, and its plain-text twin. */
export interface RenderedMail {
  subject: string;
  text: string;
  html: string;
}
