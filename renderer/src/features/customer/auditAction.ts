import type { TFunction } from 'i18next';
import type { AuditEntry } from '../../../../shared/schemas/app';
import { BLIKK_FIELDS } from '../../../../shared/schemas/blikk';
import type { Formats } from '../../i18n/useFormat';
import { isPart, partNumber } from '../customerSettings/parts';
import { differenceValue } from '../blikk/differences';
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

/**
 * An add-on service (entity `addon.<code>`): activated, given or freed of an end, or deleted;
 * its days as the language writes dates.
 */
function addonText(t: TFunction, format: Formats, entry: AuditEntry, code: string): string {
  const { action, after } = entry;
  const day = (field: string) => {
    const value = dayIn(after, field);
    return value ? format.date(value) : null;
  };
  if (action === 'create') {
    const [from, to] = [day('activeFrom'), day('activeTo')];
    return t(to ? 'audit.addon.createUntil' : 'audit.addon.create', { code, from, to });
  }
  if (action === 'update' && after && 'activeTo' in after) {
    const to = day('activeTo');
    return t(to ? 'audit.addon.end' : 'audit.addon.reopen', { code, to });
  }
  return t(action === 'delete' ? 'audit.addon.delete' : 'audit.addon.update', { code });
}

/** An entry about one user: who, by the name written with the entry. */
function userText(t: TFunction, entry: AuditEntry): string {
  const name = entry.subject || t('audit.unknownUser');
  if (entry.entity === 'user.personnummer') return t('audit.user.reveal', { name });
  const imported = entry.after?.source === 'import';
  return t(`audit.user.${entry.action}${imported ? 'Imported' : ''}`, { name });
}

/** "Ändrade antalet licenser från 5 till 8, från och med 1 okt. 2026". */
function licencesText(t: TFunction, format: Formats, entry: AuditEntry): string {
  const count = (value: unknown) => (typeof value === 'number' ? format.number(value) : '–');
  const from = dayIn(entry.after, 'from');
  return t(from ? 'audit.licencesFrom' : 'audit.licences', {
    before: count(entry.before?.licences),
    after: count(entry.after?.licences),
    from: from ? format.date(from) : '',
  });
}

/** "Exporterade 12 användare till CSV, med hela personnummer". */
function exportText(t: TFunction, entry: AuditEntry): string {
  const users = entry.after?.users;
  const fileFormat = entry.after?.format;
  return t('audit.usersExport', {
    count: typeof users === 'number' ? users : 0,
    format: typeof fileFormat === 'string' ? fileFormat.toUpperCase() : '',
  });
}

/** A Blikk connection made, changed or removed, by its application id (never the secret). */
function blikkConnectionText(t: TFunction, entry: AuditEntry): string {
  const key = { create: 'connect', update: 'reconnect', delete: 'disconnect' }[
    entry.action as 'create' | 'update' | 'delete'
  ];
  return t(`blikk.audit.${key ?? 'reconnect'}`, { appId: entry.subject });
}

/** Staff's choice on one difference found against Blikk: which field of whom, both values. */
function blikkDifferenceText(t: TFunction, entry: AuditEntry): string {
  const after = entry.after ?? {};
  const field = BLIKK_FIELDS.find((f) => f === after.field) ?? 'name';
  const value = (v: unknown) => differenceValue(t, field, typeof v === 'string' ? v : null);
  return t(after.choice === 'accept' ? 'blikk.audit.accept' : 'blikk.audit.keep', {
    field: t(`blikk.fields.${field}`),
    name: entry.subject,
    prepared: value(after.prepared),
    blikk: value(after.blikk),
  });
}

/** Entities whose entries say what they were about with no list of fields. */
function plainText(t: TFunction, format: Formats, entry: AuditEntry): string | null {
  switch (entry.entity) {
    case 'user':
    case 'user.personnummer':
      return entry.action === 'update' ? null : userText(t, entry);
    case 'licences':
      return licencesText(t, format, entry);
    case 'users.export':
      return exportText(t, entry);
    case 'contact.personnummer':
      return t('audit.contactReveal');
    case 'demoHistory':
      return t('audit.demoHistory');
    case 'blikkConnection':
      return blikkConnectionText(t, entry);
    case 'blikkDifference':
      return blikkDifferenceText(t, entry);
    default:
      return null;
  }
}

/**
 * What an entry of the history did, in words, naming what it is about: a user, a section or
 * profile of the settings, an add-on, the licences, the collaboration.
 */
export function auditAction(
  t: TFunction,
  format: Formats,
  entry: AuditEntry,
): { text: string; details: boolean } {
  const { entity, action } = entry;
  const plain = plainText(t, format, entry);
  if (plain !== null) return { text: plain, details: false };
  if (entity === 'user') return { text: userText(t, entry), details: true };
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
    return { text: addonText(t, format, entry, entity.slice('addon.'.length)), details: false };
  }
  if (entity === 'profile') {
    const name = nameIn(entry.after) || nameIn(entry.before);
    return { text: t(`audit.profile.${action}`, { name }), details: action === 'update' };
  }
  const key = entity === 'customer' ? `audit.customer.${action}` : `customer.actions.${action}`;
  return { text: t(key), details: action === 'update' };
}
