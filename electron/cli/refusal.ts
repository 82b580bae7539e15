import { detailsOf, fieldDetailsOf } from '../../shared/errorDetails';
import { errorsSv, namedErrorsSv } from '../../shared/errorMessages';
import { AppError, isErrorCode, type AppErrorShape, type ErrorCode } from '../../shared/errors';

/**
 * A refusal the CLI words itself, because the shared sentence of its code is about another
 * screen (`import.file` speaks of user lists; a price-list file needs other advice).
 */
export class CliRefusal extends AppError<ErrorCode> {}

/** The flag a field of a contract input is typed with, so a refusal names what to change. */
const FLAGS: Record<string, string> = {
  name: '--name',
  orgnr: '--orgnr',
  agreementNumber: '--reseller-agreement',
  agreementValidFrom: '--agreement-valid-from',
  staffName: '--staff-name',
  'customer.name': '--name',
  'customer.orgnr': '--orgnr',
  'customer.invoiceEmail': '--invoice-email',
  licences: '--licences',
  'invoicing.payer': '--payer',
  'invoicing.method': '--method',
  'contact.name': '--contact-name',
  'contact.email': '--contact-email',
  'contact.phone': '--contact-phone',
  'contact.personnummer': '--contact-personnummer',
  count: '--count',
  from: '--from',
  to: '--to',
  code: '--code',
  quantity: '--quantity',
  month: '--month',
  host: '--smtp-url',
  port: '--smtp-url',
  security: '--smtp-url',
  username: '--smtp-url',
  senderName: '--sender',
  senderAddress: '--sender',
};

interface Issue {
  field?: string;
  path?: string;
  code?: string;
  message?: string;
}

/** What a refusal prints: its sentences (one per refused field), then lines that add detail. */
export interface RefusalText {
  sentences: string[];
  details: string[];
}

export function refusalText(err: unknown): { shape: AppErrorShape; text: RefusalText } {
  if (!(err instanceof AppError)) {
    // A fault, not a refusal: the sentence, and the raw reason for whoever reports the bug.
    const reason = err instanceof Error ? err.message : String(err);
    return {
      shape: { code: 'internal', message: reason },
      text: { sentences: [errorsSv.internal], details: [reason] },
    };
  }
  const shape = err.toShape();
  const issues = issuesOf(shape.details);
  const fieldIssues = issues.filter((i) => i.field && isErrorCode(i.code));
  if (fieldIssues.length > 0 && fieldIssues.length === issues.length) {
    return { shape, text: { sentences: fieldIssues.map(issueLine), details: [] } };
  }
  const fields = fieldDetailsOf(shape);
  const field = fields && 'field' in fields ? fields.field : undefined;
  const sentence = ownSentence(err) ? err.message : errorsSv[shape.code];
  const own = ownSentence(err)
    ? []
    : [...detailOf(shape, sentence), ...existingOf(shape), ...serverOf(shape)];
  return {
    shape,
    text: {
      sentences: [typeof field === 'string' ? `${flagOf(field)}: ${sentence}` : sentence],
      details: [...own, ...issues.map(issueLine)],
    },
  };
}

/**
 * Whether the error's own message is the sentence to print: the CLI worded it, or the service
 * filled in a named sentence ("November 2026 är stängd…"), which says more than the code's.
 */
function ownSentence(err: AppError): boolean {
  return err instanceof CliRefusal || Object.hasOwn(namedErrorsSv, err.code);
}

function issuesOf(details: unknown): Issue[] {
  const issues = (details as { issues?: unknown } | undefined)?.issues;
  return Array.isArray(issues) ? (issues as Issue[]) : [];
}

function flagOf(field: string): string {
  return FLAGS[field] ?? field;
}

function issueLine(i: Issue): string {
  const text = isErrorCode(i.code) ? errorsSv[i.code] : (i.message ?? i.code ?? '');
  return `${flagOf(i.field ?? i.path ?? '')}: ${text}`;
}

/**
 * A service's own message when it adds to the sentence (which month is closed, which file):
 * not when it only repeats the code (`orgnr: orgnr.invalid`) or names a field path.
 */
function detailOf(shape: AppErrorShape, sentence: string): string[] {
  const m = shape.message.trim();
  const repeats = sentence.toLowerCase().includes(m.toLowerCase());
  const informative = !repeats && !m.includes(shape.code) && m.includes(' ') && !GENERIC.has(m);
  return informative ? [m] : [];
}

/** Messages that only say what the sentence says better. */
const GENERIC = new Set(['Ogiltig indata', 'Ett oväntat fel inträffade', 'Kunden finns redan']);

/** A duplicate names the customer that already has the number, as the UI links to it. */
function existingOf(shape: AppErrorShape): string[] {
  const existing = detailsOf(shape, 'orgnr.duplicate')?.existing;
  return existing ? [`Finns redan: ${existing.name} (${existing.orgnr}), id ${existing.id}`] : [];
}

/** A mail server's refusal in its own words ("535 Invalid login"), after the Swedish sentence. */
function serverOf(shape: AppErrorShape): string[] {
  const server = (shape.details as { server?: unknown } | undefined)?.server;
  return typeof server === 'string' && server ? [`Servern svarade: ${server}`] : [];
}
