import type { BlikkDifference, BlikkField, Reconciliation } from '../../../shared/schemas/blikk';
import { ROLE_LABELS, SALARY_LABELS } from './users';

/** One customer of `blikk reconcile --json` (DESIGN.md section 6). */
export interface CustomerReconciliation {
  id: string;
  orgnr: string;
  name: string;
  /** The reading shown (null: never read); after a failure, the earlier one. */
  reconciledAt: string | null;
  verified: boolean;
  blikkUsers: number | null;
  licences: Reconciliation['licences'] | null;
  missingInBlikk: Reconciliation['missingInBlikk'];
  notPrepared: Reconciliation['notPrepared'];
  differences: Pick<
    BlikkDifference,
    'user' | 'field' | 'prepared' | 'blikk' | 'id' | 'acceptable' | 'kept'
  >[];
  /** This run could not read the customer's account: Blikk's code and the Swedish sentence. */
  error: { code: string; message: string } | null;
}

const FIELD_LABELS: Record<BlikkField, string> = {
  name: 'namn',
  email: 'e-post',
  employeeNumber: 'anställningsnummer',
  salaryForm: 'löneform',
  role: 'roll/licens',
  approver: 'attestansvarig',
  profile: 'rapporteringsprofil',
};

const LABELS: Record<string, string> = { ...ROLE_LABELS, ...SALARY_LABELS };

/** A value as staff read it: roles and salary forms in the UI's words, Blikk's raw values as they are. */
function shown(field: BlikkField, value: string | null): string {
  if (value === null || value === '') return '(tomt)';
  return field === 'role' || field === 'salaryForm' ? (LABELS[value] ?? value) : value;
}

/** The human report: per customer a headline, then what to do about each item. */
export function describeReconciliations(
  customers: CustomerReconciliation[],
  cancelled: boolean,
): string {
  const parts = customers.map(describeCustomer);
  if (customers.length === 0) parts.push('Ingen kund är ansluten till Blikk.');
  if (cancelled) parts.push('Avstämningen avbröts: de övriga kunderna stämdes inte av.');
  return parts.join('\n\n');
}

function describeCustomer(c: CustomerReconciliation): string {
  const lines = [`${c.name} (${c.orgnr}): ${headline(c)}`];
  if (c.licences && c.licences.inUse > c.licences.invoiced) {
    lines.push(
      `  Licenser: ${c.licences.inUse} används i Blikk men ${c.licences.invoiced} faktureras.`,
    );
  }
  for (const u of c.missingInBlikk) {
    lines.push(`  Saknas i Blikk (skapa i Blikk): ${u.name}${number(u.employeeNumber)}`);
  }
  for (const u of c.notPrepared) {
    lines.push(
      `  Finns bara i Blikk (förbered eller ta bort i Blikk): ${u.name}${number(u.employeeNumber)}`,
    );
  }
  for (const d of c.differences) {
    const state = d.kept ? ' (behålls: rätta i Blikk)' : d.acceptable ? '' : ' (rätta i Blikk)';
    lines.push(
      `  ${d.user}, ${FIELD_LABELS[d.field]}: ${shown(d.field, d.prepared)} i Kundstart, ${shown(d.field, d.blikk)} i Blikk${state}`,
    );
  }
  return lines.join('\n');
}

function headline(c: CustomerReconciliation): string {
  const failed = c.error ? `avstämningen misslyckades: ${c.error.message}` : '';
  if (c.reconciledAt === null) return failed || 'inte avstämd';
  const counts = c.verified
    ? `verifierad mot Blikk (${c.blikkUsers ?? 0} användare)`
    : [
        `${c.missingInBlikk.length} saknas i Blikk`,
        `${c.notPrepared.length} finns bara i Blikk`,
        `${c.differences.length} skillnader`,
      ].join(', ');
  return failed ? `${failed} Senast läst ${c.reconciledAt}: ${counts}` : counts;
}

const number = (n: string) => (n ? ` (anst.nr ${n})` : '');
