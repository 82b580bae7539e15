import { EntitySchema } from 'typeorm';
import { INVOICING_ENTITIES } from './invoicing-entities';
import { MAIL_ENTITIES } from './mail-entities';
import { BLIKK_ENTITIES } from './blikk-entities';

/*
 * Entities as EntitySchema rather than decorators: no reflect-metadata emit is needed, so the
 * same classes load under tsx, esbuild bundles and vitest alike. Column types are portable to
 * PostgreSQL (varchar, integer, boolean, text); timestamps are ISO-8601 strings, which sort.
 */

/** Written on each save (db/migrations/1765500000000-versions.ts): a stale save is refused. */
const recordVersion = {
  recordVersion: { name: 'record_version', type: 'integer', default: 1 },
} as const;

const createdUpdated = {
  createdAt: { name: 'created_at', type: 'varchar', length: 32 },
  updatedAt: { name: 'updated_at', type: 'varchar', length: 32 },
} as const;

export interface BureauRow {
  id: number;
  name: string;
  orgnr: string;
  resellerAgreement: boolean;
  agreementNumber: string | null;
  agreementValidFrom: string | null;
  staffName: string;
  /** Sent messages and drafts are removed after this many days; null keeps them. */
  retentionDays: number | null;
  createdAt: string;
  updatedAt: string;
  /** 1 when made, one more on each write: a save from an older one is conflict.stale. */
  recordVersion: number;
}

export const BureauEntity = new EntitySchema<BureauRow>({
  name: 'Bureau',
  tableName: 'bureau',
  columns: {
    id: { type: 'integer', primary: true },
    name: { type: 'varchar', length: 200 },
    orgnr: { type: 'varchar', length: 10 },
    resellerAgreement: { name: 'reseller_agreement', type: 'boolean' },
    agreementNumber: { name: 'agreement_number', type: 'varchar', length: 60, nullable: true },
    agreementValidFrom: {
      name: 'agreement_valid_from',
      type: 'varchar',
      length: 10,
      nullable: true,
    },
    staffName: { name: 'staff_name', type: 'varchar', length: 120 },
    retentionDays: { name: 'retention_days', type: 'integer', nullable: true },
    ...createdUpdated,
    ...recordVersion,
  },
});

export interface CustomerEntityRow {
  id: string;
  name: string;
  /** Lower-cased name: what search compares against, with an index. */
  nameKey: string;
  /** 10 digits, unique: the portfolio's natural key. */
  orgnr: string;
  orgType: string;
  street: string;
  postalCode: string;
  city: string;
  phone: string;
  invoiceEmail: string;
  createdAt: string;
  updatedAt: string;
  /** 1 when made, one more on each write: a save from an older one is conflict.stale. */
  recordVersion: number;
}

export const CustomerEntity = new EntitySchema<CustomerEntityRow>({
  name: 'Customer',
  tableName: 'customers',
  columns: {
    id: { type: 'varchar', length: 36, primary: true },
    name: { type: 'varchar', length: 200 },
    nameKey: { name: 'name_key', type: 'varchar', length: 200 },
    orgnr: { type: 'varchar', length: 10, unique: true },
    orgType: { name: 'org_type', type: 'varchar', length: 60 },
    street: { type: 'varchar', length: 200 },
    postalCode: { name: 'postal_code', type: 'varchar', length: 20 },
    city: { type: 'varchar', length: 100 },
    phone: { type: 'varchar', length: 40 },
    invoiceEmail: { name: 'invoice_email', type: 'varchar', length: 254 },
    ...createdUpdated,
    ...recordVersion,
  },
});

export interface CollaborationRow {
  id: string;
  customerId: string;
  version: string;
  licences: number;
  payer: string;
  method: string;
  eInvoiceScheme: string | null;
  eInvoiceId: string | null;
  paperStreet: string;
  paperPostalCode: string;
  paperCity: string;
  createdAt: string;
  updatedAt: string;
}

export const CollaborationEntity = new EntitySchema<CollaborationRow>({
  name: 'Collaboration',
  tableName: 'collaborations',
  columns: {
    id: { type: 'varchar', length: 36, primary: true },
    customerId: { name: 'customer_id', type: 'varchar', length: 36, unique: true },
    version: { type: 'varchar', length: 20 },
    licences: { type: 'integer' },
    payer: { type: 'varchar', length: 20 },
    method: { type: 'varchar', length: 20 },
    eInvoiceScheme: { name: 'einvoice_scheme', type: 'varchar', length: 10, nullable: true },
    eInvoiceId: { name: 'einvoice_id', type: 'varchar', length: 60, nullable: true },
    paperStreet: { name: 'paper_street', type: 'varchar', length: 200 },
    paperPostalCode: { name: 'paper_postal_code', type: 'varchar', length: 20 },
    paperCity: { name: 'paper_city', type: 'varchar', length: 100 },
    ...createdUpdated,
  },
});

export interface PrimaryContactRow {
  customerId: string;
  name: string;
  email: string;
  phone: string;
  /** AES-256-GCM token of the 12-digit personnummer; never plain text at rest. */
  personnummerEnc: string | null;
  /** Keyed hash of the personnummer (a person is found without decrypting); null until known. */
  personnummerFp: string | null;
  alsoFirstAdmin: boolean;
  updatedAt: string;
}

export const PrimaryContactEntity = new EntitySchema<PrimaryContactRow>({
  name: 'PrimaryContact',
  tableName: 'primary_contacts',
  columns: {
    customerId: { name: 'customer_id', type: 'varchar', length: 36, primary: true },
    name: { type: 'varchar', length: 200 },
    email: { type: 'varchar', length: 254 },
    phone: { type: 'varchar', length: 40 },
    personnummerEnc: { name: 'personnummer_enc', type: 'text', nullable: true },
    personnummerFp: { name: 'personnummer_fp', type: 'varchar', length: 64, nullable: true },
    alsoFirstAdmin: { name: 'also_first_admin', type: 'boolean' },
    updatedAt: { name: 'updated_at', type: 'varchar', length: 32 },
  },
});

export interface AuditRow {
  id: number;
  at: string;
  actor: string;
  entity: string;
  entityId: string;
  customerId: string | null;
  action: string;
  /** Who or what the entry is about, by name ("Bo Ask"); '' when the entity says it. */
  subject: string;
  beforeJson: string | null;
  afterJson: string | null;
}

export const AuditEntity = new EntitySchema<AuditRow>({
  name: 'Audit',
  tableName: 'audit_log',
  columns: {
    id: { type: 'integer', primary: true, generated: 'increment' },
    at: { type: 'varchar', length: 32 },
    actor: { type: 'varchar', length: 120 },
    entity: { type: 'varchar', length: 40 },
    entityId: { name: 'entity_id', type: 'varchar', length: 64 },
    customerId: { name: 'customer_id', type: 'varchar', length: 36, nullable: true },
    action: { type: 'varchar', length: 20 },
    subject: { type: 'varchar', length: 200, default: '' },
    beforeJson: { name: 'before_json', type: 'text', nullable: true },
    afterJson: { name: 'after_json', type: 'text', nullable: true },
  },
});

export interface DraftRow {
  key: string;
  /** Encrypted JSON: a draft may hold a personnummer. */
  payloadEnc: string;
  updatedAt: string;
}

export const DraftEntity = new EntitySchema<DraftRow>({
  name: 'Draft',
  tableName: 'drafts',
  columns: {
    key: { type: 'varchar', length: 100, primary: true },
    payloadEnc: { name: 'payload_enc', type: 'text' },
    updatedAt: { name: 'updated_at', type: 'varchar', length: 32 },
  },
});

export interface SettingsRow {
  customerId: string;
  /** One of the five section keys, or 'profiles' (its row only records the review). */
  section: string;
  dataJson: string;
  reviewedAt: string | null;
  reviewedBy: string | null;
  updatedAt: string;
  /** 1 when made, one more on each write: a save from an older one is conflict.stale. */
  recordVersion: number;
}

export const SettingsEntity = new EntitySchema<SettingsRow>({
  name: 'CustomerSettings',
  tableName: 'customer_settings',
  columns: {
    customerId: { name: 'customer_id', type: 'varchar', length: 36, primary: true },
    section: { type: 'varchar', length: 20, primary: true },
    dataJson: { name: 'data_json', type: 'text' },
    reviewedAt: { name: 'reviewed_at', type: 'varchar', length: 32, nullable: true },
    reviewedBy: { name: 'reviewed_by', type: 'varchar', length: 120, nullable: true },
    updatedAt: { name: 'updated_at', type: 'varchar', length: 32 },
    ...recordVersion,
  },
});

export interface ProfileRow {
  id: string;
  customerId: string;
  name: string;
  isDefault: boolean;
  clockTimesRequired: boolean;
  projectRequired: boolean;
  activityRequired: boolean;
  timeArticleRequired: boolean;
  closeBelowSchedule: boolean;
  roundingMinutes: number;
  createdAt: string;
  updatedAt: string;
  /** 1 when made, one more on each write: a save from an older one is conflict.stale. */
  recordVersion: number;
}

const flag = (name: string) => ({ name, type: 'boolean' as const });

export const ProfileEntity = new EntitySchema<ProfileRow>({
  name: 'ReportingProfile',
  tableName: 'reporting_profiles',
  columns: {
    id: { type: 'varchar', length: 36, primary: true },
    customerId: { name: 'customer_id', type: 'varchar', length: 36 },
    name: { type: 'varchar', length: 80 },
    isDefault: flag('is_default'),
    clockTimesRequired: flag('clock_times_required'),
    projectRequired: flag('project_required'),
    activityRequired: flag('activity_required'),
    timeArticleRequired: flag('time_article_required'),
    closeBelowSchedule: flag('close_below_schedule'),
    roundingMinutes: { name: 'rounding_minutes', type: 'integer' },
    ...createdUpdated,
    ...recordVersion,
  },
});

export interface TemplateRow {
  id: string;
  name: string;
  sectionsJson: string;
  profilesJson: string;
  createdAt: string;
}

export const TemplateEntity = new EntitySchema<TemplateRow>({
  name: 'SettingsTemplate',
  tableName: 'settings_templates',
  columns: {
    id: { type: 'varchar', length: 36, primary: true },
    name: { type: 'varchar', length: 80 },
    sectionsJson: { name: 'sections_json', type: 'text' },
    profilesJson: { name: 'profiles_json', type: 'text' },
    createdAt: { name: 'created_at', type: 'varchar', length: 32 },
  },
});

export interface UserEntityRow {
  id: string;
  customerId: string;
  firstName: string;
  lastName: string;
  email: string;
  /** Lower-cased e-mail: the duplicate check's key, indexed. */
  emailKey: string;
  personnummerEnc: string | null;
  /** Keyed hash of the personnummer: finds duplicates without decrypting (blind index). */
  personnummerFp: string | null;
  mobile: string;
  employeeNumber: string;
  salaryForm: string | null;
  role: string;
  approverId: string | null;
  profileId: string | null;
  isPrimaryContact: boolean;
  invitedAt: string | null;
  createdAt: string;
  updatedAt: string;
  /** 1 when made, one more on each write: a save from an older one is conflict.stale. */
  recordVersion: number;
}

export const UserEntity = new EntitySchema<UserEntityRow>({
  name: 'User',
  tableName: 'users',
  columns: {
    id: { type: 'varchar', length: 36, primary: true },
    customerId: { name: 'customer_id', type: 'varchar', length: 36 },
    firstName: { name: 'first_name', type: 'varchar', length: 100 },
    lastName: { name: 'last_name', type: 'varchar', length: 100 },
    email: { type: 'varchar', length: 254 },
    emailKey: { name: 'email_key', type: 'varchar', length: 254 },
    personnummerEnc: { name: 'personnummer_enc', type: 'text', nullable: true },
    personnummerFp: { name: 'personnummer_fp', type: 'varchar', length: 64, nullable: true },
    mobile: { type: 'varchar', length: 40 },
    employeeNumber: { name: 'employee_number', type: 'varchar', length: 40 },
    salaryForm: { name: 'salary_form', type: 'varchar', length: 10, nullable: true },
    role: { type: 'varchar', length: 10 },
    approverId: { name: 'approver_id', type: 'varchar', length: 36, nullable: true },
    profileId: { name: 'profile_id', type: 'varchar', length: 36, nullable: true },
    isPrimaryContact: { name: 'is_primary_contact', type: 'boolean' },
    invitedAt: { name: 'invited_at', type: 'varchar', length: 32, nullable: true },
    ...createdUpdated,
    ...recordVersion,
  },
});

export interface LicenceChangeRow {
  id: number;
  customerId: string;
  effectiveFrom: string;
  count: number;
  changedAt: string;
  actor: string;
}

export const LicenceChangeEntity = new EntitySchema<LicenceChangeRow>({
  name: 'LicenceChange',
  tableName: 'licence_changes',
  columns: {
    id: { type: 'integer', primary: true, generated: 'increment' },
    customerId: { name: 'customer_id', type: 'varchar', length: 36 },
    effectiveFrom: { name: 'effective_from', type: 'varchar', length: 10 },
    count: { type: 'integer' },
    changedAt: { name: 'changed_at', type: 'varchar', length: 32 },
    actor: { type: 'varchar', length: 120 },
  },
});

export interface ImportMappingRow {
  customerId: string;
  /** The headers the mapping was made for, joined: a file with other headers gets a new guess. */
  headersKey: string;
  mappingJson: string;
  updatedAt: string;
}

export const ImportMappingEntity = new EntitySchema<ImportMappingRow>({
  name: 'ImportMapping',
  tableName: 'import_mappings',
  columns: {
    customerId: { name: 'customer_id', type: 'varchar', length: 36, primary: true },
    headersKey: { name: 'headers_key', type: 'text' },
    mappingJson: { name: 'mapping_json', type: 'text' },
    updatedAt: { name: 'updated_at', type: 'varchar', length: 32 },
  },
});

export const ENTITIES = [
  ImportMappingEntity,
  UserEntity,
  LicenceChangeEntity,
  SettingsEntity,
  ProfileEntity,
  TemplateEntity,
  BureauEntity,
  CustomerEntity,
  CollaborationEntity,
  PrimaryContactEntity,
  AuditEntity,
  DraftEntity,
  ...INVOICING_ENTITIES,
  ...MAIL_ENTITIES,
  ...BLIKK_ENTITIES,
];
