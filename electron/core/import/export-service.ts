import ExcelJS from 'exceljs';
import { formatPersonnummer } from '../../../shared/domain/personnummer';
import { writeAudit } from '../audit/audit-service';
import { ProfileEntity, UserEntity, type UserEntityRow } from '../db/entities';
import type { ServiceContext } from '../context';
import { assertCustomer } from '../settings/settings-service';
import { csvBytes } from './csv-writer';

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
  await assertCustomer(ctx.ds.manager, customerId);
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
  const bytes = format === 'csv' ? csvBytes(table) : await toXlsx(table);
  return { fileName: `anvandare.${format}`, bytes };
}

function tableOf(
  ctx: ServiceContext,
  users: UserEntityRow[],
  profiles: Map<string, string>,
): string[][] {
  const byId = new Map(users.map((u) => [u.id, u]));
  const swedish = new Intl.Collator('sv');
  const sorted = [...users].sort((a, b) =>
    swedish.compare(`${a.lastName} ${a.firstName}`, `${b.lastName} ${b.firstName}`),
  );
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
      approverRef(u.approverId ? byId.get(u.approverId) : undefined),
      u.profileId ? (profiles.get(u.profileId) ?? '') : '',
    ]),
  ];
}

/** The approver by the steadiest key the import matches on: employee number, else e-mail, else name. */
function approverRef(approver: UserEntityRow | undefined): string {
  if (!approver) return '';
  return approver.employeeNumber || approver.email || `${approver.firstName} ${approver.lastName}`;
}

async function toXlsx(rows: string[][]): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('Användare');
  for (const row of rows) sheet.addRow(row);
  sheet.getRow(1).font = { bold: true };
  sheet.columns.forEach((column) => (column.width = 20));
  // Every cell is text: long numbers keep their digits and nothing can be a formula.
  sheet.eachRow((row) => row.eachCell((c) => (c.numFmt = '@')));
  return Buffer.from(await book.xlsx.writeBuffer());
}
