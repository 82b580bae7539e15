import type { DetailsOf } from './errorDetails';

/**
 * Every error the services can answer with. Codes are data: stable strings that scripts, tests
 * and the UI's translations key on. Messages are only for logs and the CLI; the UI translates
 * the code.
 */
export const ERROR_CODES = [
  'input.invalid',
  'channel.unknown',
  'internal',
  'ipc.forbidden',
  'core.restarted',
  'name.missing',
  'orgnr.invalid',
  'orgnr.missing',
  'orgnr.duplicate',
  'email.invalid',
  'email.missing',
  'phone.invalid',
  'address.missing',
  'personnummer.format',
  'personnummer.checksum',
  'personnummer.date',
  'licences.min',
  'licences.exceeded',
  'licences.belowUsers',
  'email.duplicate',
  'personnummer.duplicate',
  'employeeNumber.duplicate',
  'role.unknown',
  'salaryForm.unknown',
  'approver.unknown',
  'approver.notApprover',
  'approver.hasApprovees',
  'login.none',
  'personnummer.missing',
  'employeeNumber.missing',
  'salaryForm.missing',
  'approver.missing',
  'user.notFound',
  'conflict.stale',
  'import.file',
  'import.cancelled',
  'import.sessionExpired',
  'invoicing.resellerAgreementRequired',
  'invoicing.methodInvalid',
  'invoicing.peppolIdInvalid',
  'invoicing.glnInvalid',
  'agreement.numberMissing',
  'date.invalid',
  'customer.notFound',
  'person.query',
  'person.notFound',
  'settings.codeUnknown',
  'settings.codeDuplicate',
  'settings.flexCoreTimes',
  'settings.otherNameMissing',
  'profile.notFound',
  'profile.defaultUndeletable',
  'profile.inUse',
  'profile.nameDuplicate',
  'template.notFound',
  'bureau.missing',
  'db.newerVersion',
  'db.notKundstart',
  'db.unknownHost',
  'db.refused',
  'db.timeout',
  'db.auth',
  'db.noDatabase',
  'db.tls',
  'db.connectionFailed',
  'db.offline',
  'db.readOnly',
  'key.sealed',
  'key.noKeychain',
  'key.wrongTeamKey',
  'key.teamKeyMissing',
  'key.wrongKey',
  'key.passphrase',
  'key.fileDamaged',
  'key.notTeam',
  'backup.failed',
  'restore.failed',
  'backup.passphrase',
  'backup.damaged',
  'backup.notFound',
  'backup.otherKey',
  'prices.none',
  'prices.duplicateCode',
  'prices.last',
  'prices.notFound',
  'addon.unknown',
  'addon.notFound',
  'addon.dates',
  'audit.dateRange',
  'month.closed',
  'month.notEnded',
  'month.notClosed',
  'text.control',
  'export.folderMissing',
  'prices.marginNegative',
  'date.outOfRange',
  'prices.marginZero',
  'prices.bigChange',
  'date.farAway',
  'mail.notConfigured',
  'mail.insecure',
  'mail.hostMissing',
  'mail.dns',
  'mail.refused',
  'mail.timeout',
  'mail.tls',
  'mail.auth',
  'mail.senderRefused',
  'mail.recipientRefused',
  'mail.connectionLost',
  'mail.failed',
  'mailTemplate.placeholder',
  'mailTemplate.syntax',
  'contact.noEmail',
  'invite.incomplete',
  'invite.alreadyInvited',
  'invite.noEmail',
  'invite.notSent',
  'invite.loggedIn',
  'letters.none',
  'outbox.notFound',
  'outbox.wrongState',
  'blikk.notConnected',
  'blikk.auth',
  'blikk.forbidden',
  'blikk.offline',
  'blikk.timeout',
  'blikk.unavailable',
  'blikk.notBlikk',
  'blikk.malformed',
  'blikk.cancelled',
  'blikk.busy',
  'blikk.notReconciled',
  'blikk.differenceGone',
  'blikk.notAcceptable',
  'blikk.urlInvalid',
  'copy.customersExist',
  'copy.sourceOutdated',
  'copy.failed',
  'copy.verifyFailed',
  'copy.cancelled',
  'copy.busy',
  'copy.notOnFile',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

export interface AppErrorShape {
  code: ErrorCode;
  message: string;
  details?: unknown;
}

/** What every channel answers, on every transport (Signal's habit: never a thrown error). */
export type Result<T> = { ok: true; value: T } | { ok: false; error: AppErrorShape };

class AppErrorClass extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string = code,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = 'AppError';
  }

  toShape(): AppErrorShape {
    return this.details === undefined
      ? { code: this.code, message: this.message }
      : { code: this.code, message: this.message, details: this.details };
  }

  /** An error as a transport carried it: its details unchecked, as they came (read them with detailsOf). */
  static fromShape(shape: AppErrorShape): AppError {
    return new AppErrorClass(shape.code, shape.message, shape.details);
  }
}

/** A constructor that checks the details against the code's shape (shared/errorDetails.ts). */
interface AppErrorConstructor {
  new <C extends ErrorCode>(code: C, message?: string, details?: DetailsOf<C>): AppErrorClass;
  readonly prototype: AppErrorClass;
  fromShape(shape: AppErrorShape): AppError;
}

export type AppError = AppErrorClass;
export const AppError = AppErrorClass as AppErrorConstructor;

export function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && (ERROR_CODES as readonly string[]).includes(value);
}

/** One problem with one field, as validation reports it (errors refuse, warnings mark). */
export interface FieldIssue {
  field: string;
  code: ErrorCode;
  severity: 'error' | 'warning';
}
