import { existsSync, rmSync } from 'node:fs';
import { AppError } from '../../../shared/errors';
import { errorsSv } from '../../../shared/errorMessages';
import type { OfflineDraft, OfflineDraftsSent } from '../../../shared/schemas/team-status';
import type { ParsedInputOf } from '../../../shared/contract';
import type { CallContext } from '../../../shared/contract/handlers';
import type { CustomerDetail } from '../../../shared/schemas/customer';
import type { ServiceContext } from '../context';
import type { Core } from '../core';
import { findByOrgnr } from '../customers/customer-service';
import { copyDatabase } from '../db/copy/copy-database';
import { quoted } from '../db/copy/target';
import { openDatabase } from '../db/data-source';
import { engineOf } from '../db/engine';

/*
 * New customers prepared while the team database could not be reached (issue 16 item 6): a
 * Kundstart database of its own beside the last-read copy, under the team database's key, sent
 * with `db copy`'s machinery when the server answers again. The copy refuses the whole file when
 * the team database already has one of its organisationsnummer, and names those customers: a
 * conflict staff resolve by discarding the draft, never a merge.
 */

/** The draft file of the team database whose local name is `localFile`. */
export function draftsFileFor(localFile: string): string {
  return `${localFile}.drafts.sqlite`;
}

/** The drafts waiting in the file, by name; none when there is no file. */
export async function listDrafts(file: string): Promise<OfflineDraft[]> {
  if (!existsSync(file)) return [];
  const ds = await openDatabase(file);
  try {
    return await ds.query('SELECT id, name, orgnr FROM customers ORDER BY name, orgnr');
  } finally {
    await ds.destroy();
  }
}

/** Copies every draft to the team database, or none and the team's conflicting customers. */
export async function sendDrafts(ctx: ServiceContext): Promise<OfflineDraftsSent> {
  const url = teamUrl(ctx);
  const file = draftsFileFor(ctx.dbFile);
  const drafts = await listDrafts(file);
  if (drafts.length === 0) return { sent: [], conflicts: [] };
  const key = ctx.dataKey();
  try {
    await copyDatabase({ from: file, fromKey: key, to: url, toKey: key });
  } catch (err) {
    const conflicts = (err as AppError).details as { customers?: OfflineDraft[] } | undefined;
    if (err instanceof AppError && err.code === 'copy.customersExist' && conflicts?.customers) {
      return { sent: [], conflicts: conflicts.customers };
    }
    throw err;
  }
  for (const side of ['', '-wal', '-shm']) rmSync(`${file}${side}`, { force: true });
  ctx.emit('customers:changed', { ids: drafts.map((d) => d.id) });
  return { sent: drafts, conflicts: [] };
}

/** Removes the drafts with these organisationsnummer and everything of theirs; the rest stay. */
export async function discardDrafts(file: string, orgnrs: string[]): Promise<OfflineDraft[]> {
  if (!existsSync(file)) return [];
  const digits = orgnrs.map((o) => o.replace(/\D/g, ''));
  const ds = await openDatabase(file);
  try {
    const tables: { name: string }[] = await ds.query(
      "SELECT name FROM sqlite_master WHERE type = 'table' AND sql LIKE '%\"customer_id\"%'",
    );
    await ds.query('PRAGMA foreign_keys = OFF');
    await ds.transaction(async (m) => {
      const marks = digits.map(() => '?').join(', ');
      const ids = `SELECT id FROM customers WHERE orgnr IN (${marks})`;
      for (const { name } of tables) {
        await m.query(`DELETE FROM ${quoted(name)} WHERE customer_id IN (${ids})`, digits);
      }
      await m.query(`DELETE FROM customers WHERE orgnr IN (${marks})`, digits);
    });
    return await ds.query('SELECT id, name, orgnr FROM customers ORDER BY name, orgnr');
  } finally {
    await ds.destroy();
  }
}

/** The team database's own URL (with what pg needs), only while it is the open database. */
function teamUrl(ctx: ServiceContext): string {
  const url = (ctx.ds.options as { url?: string }).url;
  if (engineOf(ctx.ds) !== 'postgres' || !url) {
    throw new AppError('db.offline', errorsSv['db.offline']);
  }
  return url;
}

/**
 * In the last-read copy, `customers:create` writes a draft instead: refused as usual when the
 * copy already has the organisationsnummer, otherwise created by a core of its own on the draft
 * file (opened on first use), with every check the service makes.
 */
export function draftCreation(ctx: ServiceContext, open: () => Promise<Core>) {
  let core: Promise<Core> | null = null;
  return {
    create: async (
      input: ParsedInputOf<'customers:create'>,
      call: CallContext,
    ): Promise<CustomerDetail> => {
      const existing = await findByOrgnr(ctx, input.customer.orgnr);
      if (existing) throw new AppError('orgnr.duplicate', 'Kunden finns redan', { existing });
      core ??= open();
      const result = await (await core).dispatch('customers:create', input, call);
      if (!result.ok) throw AppError.fromShape(result.error);
      return result.value as CustomerDetail;
    },
    close: async () => {
      if (core) await (await core).close();
    },
  };
}
