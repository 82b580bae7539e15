import { isIsoDay, swedishDay } from '../../../shared/domain/months';
import { AppError } from '../../../shared/errors';
import type { AuditFilter } from '../../../shared/schemas/app';
import type { Dialect } from '../db/dialect';

/** A WHERE clause over audit_log (aliased `a`) and its parameters, in order. */
export interface AuditWhere {
  sql: string;
  params: unknown[];
}

const HOUR = 3_600_000;

/**
 * The moment a Swedish calendar day begins, as the ISO text `at` holds (UTC): midnight in
 * Stockholm is 23:00 or 22:00 UTC the day before, by summer time.
 */
export function swedishMidnight(day: string): string {
  const utcMidnight = Date.parse(`${day}T00:00:00Z`);
  for (const offset of [1, 2]) {
    const moment = new Date(utcMidnight - offset * HOUR);
    if (swedishDay(moment) === day && swedishDay(new Date(moment.getTime() - 1)) !== day) {
      return moment.toISOString();
    }
  }
  return new Date(utcMidnight - HOUR).toISOString();
}

function nextDay(day: string): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

/** Refuses a day that does not exist (2026-02-30) and a range that ends before it starts. */
function checkDays(filter: AuditFilter): void {
  for (const field of ['from', 'to'] as const) {
    const day = filter[field];
    if (day !== undefined && !isIsoDay(day)) {
      throw new AppError('date.invalid', `Datumet finns inte: ${day}`, { field });
    }
  }
  if (filter.from && filter.to && filter.from > filter.to) {
    throw new AppError('audit.dateRange', 'Till-datumet ligger före från-datumet', {
      from: filter.from,
      to: filter.to,
    });
  }
}

/** The entity (with its action) a kind names; `settings.*` is every entity under settings. */
function entityClause(entity: string, clauses: string[], params: unknown[]): void {
  if (entity.endsWith('.*')) {
    const stem = entity.slice(0, -1);
    // A range on the index rather than LIKE, which SQLite would not use it for.
    clauses.push('a.entity >= ? AND a.entity < ?');
    params.push(stem, `${stem.slice(0, -1)}/`);
  } else {
    clauses.push('a.entity = ?');
    params.push(entity);
  }
}

/** Every filter as SQL; `before` pages on (newest first, so: ids below the last one shown). */
export function auditWhere(
  filter: AuditFilter & { before?: number | undefined },
  dialect: Dialect,
): AuditWhere {
  checkDays(filter);
  const clauses: string[] = [];
  const params: unknown[] = [];
  const add = (sql: string, value: unknown) => {
    clauses.push(sql);
    params.push(value);
  };
  if (filter.customerId) add('a.customer_id = ?', filter.customerId);
  if (filter.userId) add('a.entity_id = ?', filter.userId);
  if (filter.actor) add('a.actor = ?', filter.actor);
  if (filter.entity) entityClause(filter.entity, clauses, params);
  if (filter.action) add('a.action = ?', filter.action);
  if (filter.from) add('a.at >= ?', swedishMidnight(filter.from));
  if (filter.to) add('a.at < ?', swedishMidnight(nextDay(filter.to)));
  if (filter.text?.trim()) {
    const { sql, param } = dialect.containsAnyCase('a.subject', filter.text.trim());
    add(sql, param);
  }
  if (filter.before !== undefined) add('a.id < ?', filter.before);
  return { sql: clauses.length ? `WHERE ${clauses.join(' AND ')}` : '', params };
}
