import { findKind } from '../../../../shared/audit/kinds';
import { isIsoDay } from '../../../../shared/domain/months';
import type { AuditFilter } from '../../../../shared/schemas/app';

/** The filter fields as typed: '' is "any". */
export interface FilterForm {
  customerId: string;
  /** One of the customer's users: chosen once a customer is. */
  userId: string;
  actor: string;
  /** An AUDIT_KINDS key ("user:update"). */
  kind: string;
  from: string;
  to: string;
  text: string;
}

export const EMPTY_FORM: FilterForm = {
  customerId: '',
  userId: '',
  actor: '',
  kind: '',
  from: '',
  to: '',
  text: '',
};

/** "20261207" and "2026-12-07" are the same day; anything else is not one. */
export function dayOf(value: string): string | null {
  const digits = value.trim().replace(/-/g, '');
  if (!/^\d{8}$/.test(digits)) return null;
  const day = `${digits.slice(0, 4)}-${digits.slice(4, 6)}-${digits.slice(6)}`;
  return isIsoDay(day) ? day : null;
}

export const dayError = (value: string): boolean => value.trim() !== '' && dayOf(value) === null;

/**
 * What the contract is asked: only the fields filled in, a day half-typed left out (it is
 * marked in its field) and the dates swapped if the range was typed backwards.
 */
export function toFilter(form: FilterForm): AuditFilter {
  const kind = findKind(form.kind);
  let [from, to] = [dayOf(form.from), dayOf(form.to)];
  if (from && to && from > to) [from, to] = [to, from];
  const filter: AuditFilter = {};
  if (form.customerId) filter.customerId = form.customerId;
  if (form.customerId && form.userId) filter.userId = form.userId;
  if (form.actor) filter.actor = form.actor;
  if (kind) Object.assign(filter, { entity: kind.entity, action: kind.action });
  if (from) filter.from = from;
  if (to) filter.to = to;
  if (form.text.trim()) filter.text = form.text.trim();
  return filter;
}
