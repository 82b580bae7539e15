import type { EntityManager } from 'typeorm';
import { AppError } from '../../../shared/errors';
import type {
  ColumnMapping,
  ImportPreview,
  ImportReport,
  ImportResult,
  ImportTable,
} from '../../../shared/schemas/import';
import {
  CollaborationEntity,
  ImportMappingEntity,
  ProfileEntity,
  UserEntity,
} from '../db/entities';
import { isoNow, type ServiceContext } from '../context';
import { assertCustomer } from '../settings/settings-service';
import { syncContactFromUser } from '../users/primary-contact';
import { guessMapping } from './columns';
import { applyPlan } from './commit';
import { planImport } from './plan';
import { readImportFile } from './read/read-file';

export interface ImportRequest {
  customerId: string;
  fileName: string;
  bytes: Buffer;
  dryRun: boolean;
  /** The user's corrections to the guessed mapping. */
  mapping?: ColumnMapping | undefined;
}

type Progress = (done: number, total: number) => void;

/** Customers whose running import was asked to stop: the next progress step rolls it back. */
const cancelled = new Set<string>();

/** Reads a file into text cells with the mapping to use: what the preview shows first. */
export async function readForPreview(
  ctx: ServiceContext,
  customerId: string,
  fileName: string,
  bytes: Buffer,
): Promise<ImportPreview> {
  await assertCustomer(ctx.ds.manager, customerId);
  const table = await readTable(bytes, fileName);
  const saved = await ctx.ds.getRepository(ImportMappingEntity).findOne({ where: { customerId } });
  const remembered = saved?.headersKey === headersKey(table.headers);
  return {
    table,
    mapping: remembered
      ? (JSON.parse(saved.mappingJson) as ColumnMapping)
      : guessMapping(table.headers),
    remembered,
  };
}

/** One call from file to report (the CLI's, and scripts'): read, map, check or commit. */
export async function importUsers(
  ctx: ServiceContext,
  request: ImportRequest,
  onProgress?: Progress,
): Promise<ImportResult> {
  const table = await readTable(request.bytes, request.fileName);
  const mapping = request.mapping ?? guessMapping(table.headers);
  const report = request.dryRun
    ? await checkTable(ctx, request.customerId, table, mapping)
    : await commitTable(ctx, request.customerId, table, mapping, onProgress);
  return { report, headers: table.headers, mapping };
}

/** A dry run of a (possibly edited) table: the report a commit would give. Writes nothing. */
export async function checkTable(
  ctx: ServiceContext,
  customerId: string,
  table: ImportTable,
  mapping: ColumnMapping,
): Promise<ImportReport> {
  // In a transaction so that the users, profiles and licences planned against are one state.
  return ctx.ds.transaction(
    async (m) => planImport(table, mapping, await worldOf(ctx, m, customerId)).report,
  );
}

/**
 * Checks a (possibly edited) table and writes the accepted rows in one transaction. A
 * file-level error (licences exceeded) or a cancel writes nothing.
 */
export async function commitTable(
  ctx: ServiceContext,
  customerId: string,
  table: ImportTable,
  mapping: ColumnMapping,
  onProgress?: Progress,
): Promise<ImportReport> {
  cancelled.delete(customerId);
  const result = await ctx.ds.transaction(async (m) => {
    const plan = planImport(table, mapping, await worldOf(ctx, m, customerId));
    if (plan.report.fileIssues.some((i) => i.severity === 'error')) {
      return { report: plan.report, written: false };
    }
    await applyPlan(ctx, m, customerId, plan.accepted, (done, total) => {
      onProgress?.(done, total);
      // Checked after each chunk is written: the throw rolls back all that came before.
      if (cancelled.delete(customerId)) throw new AppError('import.cancelled', 'Importen avbröts');
    });
    await syncPrimaryContact(ctx, m, plan.accepted);
    await rememberMapping(ctx, m, customerId, table.headers, mapping);
    return { report: plan.report, written: true };
  });
  if (result.written) {
    ctx.emit('users:changed', { customerId });
    ctx.emit('customers:changed', { ids: [customerId] });
  }
  return result.report;
}

export function cancelImport(customerId: string): null {
  cancelled.add(customerId);
  return null;
}

async function readTable(bytes: Buffer, fileName: string): Promise<ImportTable> {
  const read = await readImportFile(bytes, fileName);
  if (!read.ok) throw new AppError('import.file', read.message, { code: read.code });
  return read.table;
}

async function worldOf(ctx: ServiceContext, m: EntityManager, customerId: string) {
  await assertCustomer(m, customerId);
  const collaboration = await m.findOneOrFail(CollaborationEntity, { where: { customerId } });
  return {
    existing: await m.find(UserEntity, { where: { customerId } }),
    profiles: await m.find(ProfileEntity, { where: { customerId } }),
    licences: collaboration.licences,
    cipher: ctx.cipher,
    today: ctx.now(),
  };
}

async function syncPrimaryContact(
  ctx: ServiceContext,
  m: EntityManager,
  rows: { id: string; kind: string; matched: { isPrimaryContact: boolean } | null }[],
) {
  for (const row of rows) {
    if (row.matched?.isPrimaryContact && row.kind === 'update') {
      await syncContactFromUser(
        ctx,
        m,
        await m.findOneOrFail(UserEntity, { where: { id: row.id } }),
      );
    }
  }
}

const headersKey = (headers: string[]) => headers.map((h) => h.trim().toLowerCase()).join('\u001f');

async function rememberMapping(
  ctx: ServiceContext,
  m: EntityManager,
  customerId: string,
  headers: string[],
  mapping: ColumnMapping,
) {
  await m.save(ImportMappingEntity, {
    customerId,
    headersKey: headersKey(headers),
    mappingJson: JSON.stringify(mapping),
    updatedAt: isoNow(ctx),
  });
}
