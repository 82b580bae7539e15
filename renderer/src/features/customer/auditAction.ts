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
  if (entity === 'profile') {
    const name = nameIn(entry.after) || nameIn(entry.before);
    return { text: t(`audit.profile.${action}`, { name }), details: action === 'update' };
  }
  return { text: t(`customer.actions.${action}`), details: action === 'update' };
}
