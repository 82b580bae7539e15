import { EntitySchema } from 'typeorm';

/* The mail tables of migration Mail1764800000000: see that migration for why they are apart. */

const at = (name: string, nullable = false) => ({
  name,
  type: 'varchar' as const,
  length: 32,
  nullable,
});

export interface MailSettingsRow {
  id: number;
  host: string;
  port: number;
  /** starttls | tls | none (none only for a loopback host). */
  security: string;
  username: string;
  /** Encrypted with the data key (sealed in the keychain by the desktop app); never in clear. */
  passwordEnc: string | null;
  senderName: string;
  senderAddress: string;
  replyTo: string;
  retentionDays: number;
  updatedAt: string;
}

export const MailSettingsEntity = new EntitySchema<MailSettingsRow>({
  name: 'MailSettings',
  tableName: 'mail_settings',
  columns: {
    id: { type: 'integer', primary: true },
    host: { type: 'varchar', length: 253 },
    port: { type: 'integer' },
    security: { type: 'varchar', length: 10 },
    username: { type: 'varchar', length: 254 },
    passwordEnc: { name: 'password_enc', type: 'text', nullable: true },
    senderName: { name: 'sender_name', type: 'varchar', length: 200 },
    senderAddress: { name: 'sender_address', type: 'varchar', length: 254 },
    replyTo: { name: 'reply_to', type: 'varchar', length: 254 },
    retentionDays: { name: 'retention_days', type: 'integer' },
    updatedAt: at('updated_at'),
  },
});

/** A template the bureau has edited; a kind and language without a row uses the default. */
export interface MailTemplateRow {
  kind: string;
  language: string;
  subject: string;
  body: string;
  updatedAt: string;
  updatedBy: string;
}

export const MailTemplateEntity = new EntitySchema<MailTemplateRow>({
  name: 'MailTemplate',
  tableName: 'mail_templates',
  columns: {
    kind: { type: 'varchar', length: 20, primary: true },
    language: { type: 'varchar', length: 2, primary: true },
    subject: { type: 'varchar', length: 300 },
    body: { type: 'text' },
    updatedAt: at('updated_at'),
    updatedBy: { name: 'updated_by', type: 'varchar', length: 120 },
  },
});

export interface OutboxRow {
  id: string;
  customerId: string | null;
  userId: string | null;
  /** contactSummary | welcome | reminder | test */
  kind: string;
  /** queued | sending | sent | failed | interrupted | cancelled */
  state: string;
  /** Encrypted JSON of OutboxPayload: the rendered message and its recipient. */
  payloadEnc: string;
  /** The Message-ID header, fixed when queued: a resend after a crash is recognisable. */
  messageId: string;
  batchId: string | null;
  attempts: number;
  nextAttemptAt: string | null;
  errorCode: string | null;
  errorText: string | null;
  createdBy: string;
  createdAt: string;
  updatedAt: string;
  sentAt: string | null;
}

export const OutboxEntity = new EntitySchema<OutboxRow>({
  name: 'Outbox',
  tableName: 'outbox',
  columns: {
    id: { type: 'varchar', length: 36, primary: true },
    customerId: { name: 'customer_id', type: 'varchar', length: 36, nullable: true },
    userId: { name: 'user_id', type: 'varchar', length: 36, nullable: true },
    kind: { type: 'varchar', length: 20 },
    state: { type: 'varchar', length: 12 },
    payloadEnc: { name: 'payload_enc', type: 'text' },
    messageId: { name: 'message_id', type: 'varchar', length: 200 },
    batchId: { name: 'batch_id', type: 'varchar', length: 36, nullable: true },
    attempts: { type: 'integer' },
    nextAttemptAt: at('next_attempt_at', true),
    errorCode: { name: 'error_code', type: 'varchar', length: 40, nullable: true },
    errorText: { name: 'error_text', type: 'varchar', length: 500, nullable: true },
    createdBy: { name: 'created_by', type: 'varchar', length: 120 },
    createdAt: at('created_at'),
    updatedAt: at('updated_at'),
    sentAt: at('sent_at', true),
  },
});

/** What is encrypted in outbox.payload_enc. */
export interface OutboxPayload {
  to: { name: string; address: string };
  subject: string;
  text: string;
  html: string;
}

export interface UserInvitationRow {
  userId: string;
  customerId: string;
  /** The welcome e-mail's state: none | queued | sending | sent | failed | interrupted | cancelled */
  emailState: string;
  emailStateAt: string | null;
  emailError: string | null;
  letterAt: string | null;
  /** Staff pressed "send welcome e-mail" in Blikk itself and marked it here. */
  blikkWelcomeAt: string | null;
  loggedInAt: string | null;
  remindedAt: string | null;
  updatedAt: string;
}

export const UserInvitationEntity = new EntitySchema<UserInvitationRow>({
  name: 'UserInvitation',
  tableName: 'user_invitations',
  columns: {
    userId: { name: 'user_id', type: 'varchar', length: 36, primary: true },
    customerId: { name: 'customer_id', type: 'varchar', length: 36 },
    emailState: { name: 'email_state', type: 'varchar', length: 12 },
    emailStateAt: at('email_state_at', true),
    emailError: { name: 'email_error', type: 'varchar', length: 500, nullable: true },
    letterAt: at('letter_at', true),
    blikkWelcomeAt: at('blikk_welcome_at', true),
    loggedInAt: at('logged_in_at', true),
    remindedAt: at('reminded_at', true),
    updatedAt: at('updated_at'),
  },
});

export interface CustomerMessagingRow {
  customerId: string;
  /** sv | en: the language of the messages to the customer's contact and users. */
  language: string;
  contactInformedAt: string | null;
  /** email | other */
  contactInformedHow: string | null;
  contactInformedNote: string | null;
  contactInformedBy: string | null;
  updatedAt: string;
}

export const CustomerMessagingEntity = new EntitySchema<CustomerMessagingRow>({
  name: 'CustomerMessaging',
  tableName: 'customer_messaging',
  columns: {
    customerId: { name: 'customer_id', type: 'varchar', length: 36, primary: true },
    language: { type: 'varchar', length: 2 },
    contactInformedAt: at('contact_informed_at', true),
    contactInformedHow: {
      name: 'contact_informed_how',
      type: 'varchar',
      length: 10,
      nullable: true,
    },
    contactInformedNote: {
      name: 'contact_informed_note',
      type: 'varchar',
      length: 500,
      nullable: true,
    },
    contactInformedBy: {
      name: 'contact_informed_by',
      type: 'varchar',
      length: 120,
      nullable: true,
    },
    updatedAt: at('updated_at'),
  },
});

export const MAIL_ENTITIES = [
  MailSettingsEntity,
  MailTemplateEntity,
  OutboxEntity,
  UserInvitationEntity,
  CustomerMessagingEntity,
];
