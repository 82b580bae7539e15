import { AppError } from '../../../shared/errors';
import { formatPersonnummer } from '../../../shared/domain/personnummer';
import { writeAudit } from '../audit/audit-service';
import { CustomerEntity, ProfileEntity, UserEntity, type UserEntityRow } from '../db/entities';
import { swedishToday, type ServiceContext } from '../context';
import { renderOf } from '../render/render-thread';
import { csvBytes } from './csv-writer';
import { fullNameKey } from './candidates';
import { inListOrder } from '../users/user-mapper';

const HEADERS = [
  'Förnamn',
  'Efternamn',
  'E-post',
  'Personnummer',
  'Mobil',
  'Anställningsnr',
  'Löneform',
  'Behörighet',
  'Attestansvarig',
  'Rapporteringsprofil',
];
const ROLE = {
  reporter: 'Rapportör',
  approver: 'Attestansvarig',
  admin: 'Administratör',
} as Record<string, string>;
const SALARY = { monthly: 'Månadslön', hourly: 'Timlön' } as Record<string, string>;

/**
 * The customer's users as the import reads them back: an export re-imported changes nothing.
 * It holds full personnummer (the customer needs them), so it is audited.
 */
export async function exportUsers(
  ctx: ServiceContext,
  customerId: string,
  format: 'csv' | 'xlsx',
): Promise<{ fileName: string; bytes: Buffer }> {
  const customer = await ctx.ds
    .getRepository(CustomerEntity)
    .findOne({ where: { id: customerId } });
  if (!customer) throw new AppError('customer.notFound', 'Kunden finns inte', { id: customerId });
  const users = await ctx.ds.getRepository(UserEntity).find({ where: { customerId } });
  const profiles = await ctx.ds.getRepository(ProfileEntity).find({ where: { customerId } });
  const table = tableOf(ctx, users, new Map(profiles.map((p) => [p.id, p.name])));
  await ctx.ds.transaction((m) =>
    writeAudit(ctx, m, {
      entity: 'users.export',
      entityId: customerId,
      customerId,
      action: 'reveal',
      before: null,
      after: { format, users: users.length },
    }),
  );
  const bytes = format === 'csv' ? csvBytes(table) : await renderOf(ctx, 'usersXlsx', table);
  return { fileName: exportFileName(customer.name, swedishToday(ctx), format), bytes };
}

/** Characters Windows, macOS or Linux refuse in a file name (control characters apart). */
const UNSAFE = /[<>:"/\\|?*]/g;

/** A control character (below space, or DEL): never part of a file name. */
const isControl = (ch: string) => ch < ' ' || ch === '\u007f';

/** "Användare Åkesson Bygg AB 2026-12-06.csv": the customer's name, safe on every desktop. */
export function exportFileName(customer: string, day: string, format: 'csv' | 'xlsx'): string {
  const name = [...customer]
    .map((ch) => (isControl(ch) ? ' ' : ch))
    .join('')
    .replace(UNSAFE, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 120);
  return `${['Användare', name, day].filter(Boolean).join(' ')}.${format}`;
}

function tableOf(
  ctx: ServiceContext,
  users: UserEntityRow[],
  profiles: Map<string, string>,
): string[][] {
  const byId = new Map(users.map((u) => [u.id, u]));
  const names = nameCounts(users);
  const sorted = inListOrder([...users]);
  return [
    HEADERS,
    ...sorted.map((u) => [
      u.firstName,
      u.lastName,
      u.email,
      u.personnummerEnc ? formatPersonnummer(ctx.cipher.decrypt(u.personnummerEnc)) : '',
      u.mobile,
      u.employeeNumber,
      u.salaryForm ? (SALARY[u.salaryForm] ?? '') : '',
      ROLE[u.role] ?? '',
      approverRef(u.approverId ? byId.get(u.approverId) : undefined, names),
      u.profileId ? (profiles.get(u.profileId) ?? '') : '',
    ]),
  ];
}

const nameOf = (u: UserEntityRow) => `${u.firstName} ${u.lastName}`.trim();

/** How many users share each full name (as the import compares names). */
function nameCounts(users: UserEntityRow[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const u of users) {
    const key = fullNameKey(u.firstName, u.lastName);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

/**
 * The approver as staff know them, in a form the import matches back to the same user: the
 * name when no other user has it, else the employee number, else the e-mail.
 */
function approverRef(approver: UserEntityRow | undefined, names: Map<string, number>): string {
  if (!approver) return '';
  const unique = names.get(fullNameKey(approver.firstName, approver.lastName)) === 1;
  if (unique && nameOf(approver)) return nameOf(approver);
  return approver.employeeNumber || approver.email || nameOf(approver);
}
