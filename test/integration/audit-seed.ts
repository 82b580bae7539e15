import { bulkInsert } from '../../electron/core/db/bulk-insert';
import { AuditEntity, type AuditRow } from '../../electron/core/db/entities';
import type { OpenedCore } from '../../electron/core/open';
import { swedishDay } from '../../shared/domain/months';
import type { AuditFilter } from '../../shared/schemas/app';

export const ACTORS = ['Anna Ek', 'Bo Ask', 'Cecilia Berg', 'David Öberg'];
const KINDS = [
  ['user', 'create'],
  ['user', 'update'],
  ['customer', 'update'],
  ['settings.approval', 'update'],
  ['licences', 'update'],
] as const;
const START = Date.parse('2026-01-01T00:00:00Z');
const FIVE_MINUTES = 5 * 60_000;

/** The i-th seeded entry: its customer, staff member, kind and time vary independently. */
function seeded(i: number, customers: (string | null)[]): Omit<AuditRow, 'id'> {
  const [entity, action] = KINDS[i % KINDS.length]!;
  const aboutUser = entity === 'user';
  const subject = i % 10_000 === 0 ? 'Örjan Åkesson' : aboutUser ? `Person ${i % 1000}` : '';
  const before = action === 'update' ? { email: `gammal${i}@exempel.se` } : null;
  const after = aboutUser
    ? { firstName: 'Person', lastName: String(i % 1000), personnummer: '19900101-****' }
    : { email: `ny${i}@exempel.se` };
  return {
    at: new Date(START + i * FIVE_MINUTES).toISOString(),
    actor: ACTORS[i % ACTORS.length]!,
    entity,
    entityId: aboutUser ? `user-${i % 1000}` : `thing-${i}`,
    customerId: customers[i % customers.length] ?? null,
    action,
    subject,
    beforeJson: before ? JSON.stringify(before) : null,
    afterJson: JSON.stringify(after),
  };
}

/** `count` entries written straight into the log in one transaction (seconds, not minutes). */
export async function seedAudit(core: OpenedCore, count: number, customers: (string | null)[]) {
  const rows = Array.from({ length: count }, (_, i) => seeded(i + 1, customers));
  await core.context.ds.transaction((m) => bulkInsert(m, AuditEntity, rows as AuditRow[]));
}

/** Every row of the log, read with plain SQL: what the tests compare the service against. */
export async function everyRow(core: OpenedCore): Promise<AuditRow[]> {
  return core.context.ds.query(
    `SELECT id, at, actor, entity, entity_id AS "entityId", customer_id AS "customerId", action,
     subject FROM audit_log ORDER BY id DESC`,
  );
}

/** The filter's meaning, written out in JavaScript, independently of the service's SQL. */
export function matches(row: AuditRow, f: AuditFilter): boolean {
  const day = swedishDay(new Date(row.at));
  const entityOk = !f.entity
    ? true
    : f.entity.endsWith('.*')
      ? row.entity.startsWith(f.entity.slice(0, -1))
      : row.entity === f.entity;
  return (
    (!f.customerId || row.customerId === f.customerId) &&
    (!f.userId || row.entityId === f.userId) &&
    (!f.actor || row.actor === f.actor) &&
    entityOk &&
    (!f.action || row.action === f.action) &&
    (!f.from || day >= f.from) &&
    (!f.to || day <= f.to) &&
    (!f.text || row.subject.toLocaleLowerCase('sv').includes(f.text.toLocaleLowerCase('sv')))
  );
}
