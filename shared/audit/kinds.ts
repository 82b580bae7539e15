import type { AuditAction } from '../schemas/app';

/**
 * What an entry of the audit log records, as staff say it: an entity (or, ending in `.*`,
 * every entity under it) and an action, with its name in Swedish and English. The log's page
 * offers these as its "kind" filter; the export writes the Swedish name in its "Händelse" column.
 */
export interface AuditKind {
  key: string;
  entity: string;
  action: AuditAction;
  sv: string;
  en: string;
}

const kind = (entity: string, action: AuditAction, sv: string, en: string): AuditKind => ({
  key: `${entity}:${action}`,
  entity,
  action,
  sv,
  en,
});

export const AUDIT_KINDS: readonly AuditKind[] = [
  kind('user', 'create', 'Användare skapad', 'User created'),
  kind('user', 'update', 'Användare ändrad', 'User changed'),
  kind('user', 'delete', 'Användare borttagen', 'User deleted'),
  kind('user.personnummer', 'reveal', 'Personnummer visat', 'Personal identity number shown'),
  kind('users.export', 'reveal', 'Användare exporterade', 'Users exported'),
  kind('user.welcome', 'create', 'Välkomstmejl köat', 'Welcome e-mail queued'),
  kind('user.reminder', 'create', 'Påminnelse köad', 'Reminder queued'),
  kind('user.letter', 'create', 'Inloggningsbrev skapat', 'Login letter made'),
  kind('user.invitation', 'update', 'Inbjudan markerad', 'Invitation marked'),
  kind('customer', 'create', 'Kund skapad', 'Customer created'),
  kind('customer', 'update', 'Kund ändrad', 'Customer changed'),
  kind('customer.messaging', 'update', 'Kundens utskick ändrade', "Customer's messaging changed"),
  kind('contact.personnummer', 'reveal', 'Kontaktens personnummer visat', "Contact's number shown"),
  kind('contact.summary', 'create', 'Sammanfattning till kontakten köad', 'Contact summary queued'),
  kind('licences', 'update', 'Licenser ändrade', 'Licences changed'),
  kind('settings.*', 'update', 'Tidsinställningar ändrade', 'Time settings changed'),
  kind('settings', 'update', 'Inställningar kopierade', 'Settings copied'),
  kind('profile', 'create', 'Rapporteringsprofil skapad', 'Reporting profile created'),
  kind('profile', 'update', 'Rapporteringsprofil ändrad', 'Reporting profile changed'),
  kind('profile', 'delete', 'Rapporteringsprofil borttagen', 'Reporting profile deleted'),
  kind('template', 'create', 'Mall skapad', 'Template created'),
  kind('template', 'delete', 'Mall borttagen', 'Template deleted'),
  kind('addon.*', 'create', 'Tilläggstjänst tillagd', 'Add-on service added'),
  kind('addon.*', 'update', 'Tilläggstjänst ändrad', 'Add-on service changed'),
  kind('addon.*', 'delete', 'Tilläggstjänst borttagen', 'Add-on service deleted'),
  kind('priceList', 'create', 'Prislista sparad', 'Price list saved'),
  kind('priceList', 'update', 'Prislista ersatt', 'Price list replaced'),
  kind('priceList', 'delete', 'Prislista borttagen', 'Price list deleted'),
  kind('invoiceMonth', 'create', 'Månad stängd', 'Month closed'),
  kind('invoiceMonth', 'delete', 'Månad öppnad igen', 'Month reopened'),
  kind('bureau', 'create', 'Byråns uppgifter sparade', "Bureau's details saved"),
  kind('bureau', 'update', 'Byråns uppgifter ändrade', "Bureau's details changed"),
  kind('mailSettings', 'create', 'E-postinställningar sparade', 'Mail settings saved'),
  kind('mailSettings', 'update', 'E-postinställningar ändrade', 'Mail settings changed'),
  kind('mailTemplate', 'create', 'E-postmall sparad', 'Mail template saved'),
  kind('mailTemplate', 'update', 'E-postmall ändrad', 'Mail template changed'),
  kind('mailTemplate', 'delete', 'E-postmall återställd', 'Mail template reset'),
  kind('blikkSettings', 'create', 'Blikk-inställningar sparade', 'Blikk settings saved'),
  kind('blikkSettings', 'update', 'Blikk-inställningar ändrade', 'Blikk settings changed'),
  kind('blikkConnection', 'create', 'Blikk-koppling skapad', 'Blikk connection made'),
  kind('blikkConnection', 'update', 'Blikk-koppling ändrad', 'Blikk connection changed'),
  kind('blikkConnection', 'delete', 'Blikk-koppling borttagen', 'Blikk connection removed'),
  kind('blikkDifference', 'create', 'Skillnad mot Blikk avgjord', 'Blikk difference settled'),
  kind('demoHistory', 'create', 'Demohistorik skapad', 'Demo history made'),
  kind('database', 'restore', 'Databasen återställd', 'Database restored'),
  kind('person', 'export', 'Registerutdrag gjort', 'Register extract made'),
  kind('person', 'erase', 'Person raderad', 'Person erased'),
  kind('retention', 'retention', 'Gamla meddelanden gallrade', 'Old messages removed'),
];

const ACTION_WORDS: Record<AuditAction, { sv: string; en: string }> = {
  create: { sv: 'skapad', en: 'created' },
  update: { sv: 'ändrad', en: 'changed' },
  delete: { sv: 'borttagen', en: 'deleted' },
  reveal: { sv: 'visad', en: 'shown' },
  restore: { sv: 'återställd', en: 'restored' },
  export: { sv: 'exporterad', en: 'exported' },
  erase: { sv: 'raderad', en: 'erased' },
  retention: { sv: 'gallrad', en: 'removed after its time' },
};

const matches = (pattern: string, entity: string) =>
  pattern.endsWith('.*') ? entity.startsWith(pattern.slice(0, -1)) : pattern === entity;

/** The kind an entry is of; null for one no kind names (a newer entity: see kindName). */
export function kindOf(entry: { entity: string; action: AuditAction }): AuditKind | null {
  return (
    AUDIT_KINDS.find((k) => k.action === entry.action && k.entity === entry.entity) ??
    AUDIT_KINDS.find((k) => k.action === entry.action && matches(k.entity, entry.entity)) ??
    null
  );
}

/** "Användare skapad"; for an entity no kind knows, its name and the action's word. */
export function kindName(
  entry: { entity: string; action: AuditAction },
  language: 'sv' | 'en',
): string {
  const known = kindOf(entry);
  if (known) return known[language];
  return `${entry.entity} ${ACTION_WORDS[entry.action]?.[language] ?? entry.action}`;
}

export const findKind = (key: string): AuditKind | undefined =>
  AUDIT_KINDS.find((k) => k.key === key);
