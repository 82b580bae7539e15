import type { TFunction } from 'i18next';
import type { AuditEntry } from '../../../../shared/schemas/app';
import { isPart, partNumber } from '../customerSettings/parts';
import { changesOf } from './auditChanges';

/** A review mark set or cleared: the only change such an entry carries. */
function reviewChange(entry: AuditEntry): boolean | null {
  const changes = changesOf(entry);
  const only = changes[0];
  return changes.length === 1 && only?.field === 'reviewed' ? only.after === true : null;
}

const nameIn = (value: Record<string, unknown> | null) =>
  typeof value?.name === 'string' ? value.name : '';

const dayIn = (value: Record<string, unknown> | null, field: string) =>
  typeof value?.[field] === 'string' ? value[field] : null;

/** An add-on service (entity `addon.<code>`): activated, given or freed of an end, or deleted. */
function addonText(t: TFunction, entry: AuditEntry, code: string): string {
  const { action, after } = entry;
  if (action === 'create') {
    const [from, to] = [dayIn(after, 'activeFrom'), dayIn(after, 'activeTo')];
    return t(to ? 'audit.addon.createUntil' : 'audit.addon.create', { code, from, to });
  }
  if (action === 'update' && after && 'activeTo' in after) {
    const to = dayIn(after, 'activeTo');
    return t(to ? 'audit.addon.end' : 'audit.addon.reopen', { code, to });
  }
  return t(action === 'delete' ? 'audit.addon.delete' : 'audit.addon.update', { code });
}

/**
 * What an entry of the history did, in words: the settings page's entries name their section
 * or profile; every other entity keeps the customer's wording.
 */
export function auditAction(t: TFunction, entry: AuditEntry): { text: string; details: boolean } {
  const { entity, action } = entry;
  if (entity === 'settings') {
    const from = entry.after?.copiedFrom;
    const fromTemplate = typeof from === 'object' && from !== null && 'templateId' in from;
    return {
      text: t(fromTemplate ? 'audit.copiedTemplate' : 'audit.copiedCustomer'),
      details: false,
    };
  }
  const section = entity.startsWith('settings.') ? entity.slice('settings.'.length) : null;
  if (section !== null && isPart(section)) {
    const reviewed = reviewChange(entry);
    const part = t('timeSettings.numbered', {
      number: partNumber(section),
      name: t(`timeSettings.parts.${section}`),
    });
    if (reviewed !== null) {
      const key = section === 'profiles' ? 'Profiles' : 'Part';
      return {
        text: t(`audit.${reviewed ? 'reviewed' : 'unreviewed'}${key}`, { part }),
        details: false,
      };
    }
    return { text: t('audit.changedPart', { part }), details: true };
  }
  if (entity.startsWith('addon.')) {
    return { text: addonText(t, entry, entity.slice('addon.'.length)), details: false };
  }
  if (entity === 'profile') {
    const name = nameIn(entry.after) || nameIn(entry.before);
    return { text: t(`audit.profile.${action}`, { name }), details: action === 'update' };
  }
  return { text: t(`customer.actions.${action}`), details: action === 'update' };
}
