import type { Content, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces';
import type { PersonRecord } from '../../../shared/schemas/privacy';
import { ACCENT, factsLayout, gridLayout, HEADER_FILL, MUTED, RULE } from '../pdf/house-style';
import { FONT, MARGIN_X, renderPdf, rule } from '../pdf/pdfmake';

/* The register extract (registerutdrag) in Swedish: one section per kind of data held. */

const ROLE: Record<string, string> = {
  reporter: 'Rapportör',
  approver: 'Attestansvarig',
  admin: 'Administratör',
};
const STATE: Record<string, string> = {
  none: 'Inte skickat',
  queued: 'I kö',
  sending: 'Skickas',
  sent: 'Skickat',
  failed: 'Misslyckades',
  interrupted: 'Avbrutet',
  cancelled: 'Stoppat',
};
const ACTION: Record<string, string> = {
  create: 'Lades till',
  update: 'Ändrades',
  delete: 'Togs bort',
  reveal: 'Visades',
  restore: 'Återställdes',
  export: 'Exporterades',
  erase: 'Raderades',
  retention: 'Gallrades',
};
const ENTITY: Record<string, string> = {
  user: 'Användare',
  customer: 'Kund',
  'user.invitation': 'Inbjudan',
  person: 'Registerutdrag',
};
/** The Swedish word for a stored code; the code itself where there is none. */
const sv = (words: Record<string, string>, code: string) => words[code] ?? code;

export function renderPersonPdf(record: PersonRecord, bureauName: string): Promise<Buffer> {
  const definition: TDocumentDefinitions = {
    pageSize: 'A4',
    pageMargins: [MARGIN_X, 56, MARGIN_X, 56],
    language: 'sv-SE',
    info: {
      title: 'Registerutdrag',
      author: bureauName,
      creator: 'Kundstart',
      producer: 'Kundstart',
    },
    content: [
      { text: bureauName, bold: true, fontSize: 13, color: ACCENT },
      rule(0.75, RULE, [0, 6, 0, 18]),
      { text: 'Registerutdrag', fontSize: 18, bold: true, color: ACCENT },
      {
        text: 'Uppgifter om en person enligt artikel 15 i dataskyddsförordningen (GDPR).',
        color: MUTED,
        margin: [0, 2, 0, 12],
      },
      facts([
        ['Personnummer', record.query.personnummer ?? '–'],
        ['E-post', record.query.email ?? '–'],
        ['Utdraget', `${day(record.exportedAt)} av ${record.exportedBy}`],
      ]),
      ...record.users.map(userSection),
      ...record.contacts.map(contactSection),
      ...listSection(
        'Inbjudningar',
        ['Kund', 'E-post', 'Brev', 'Inloggad'],
        record.invitations.map((i) => [
          nameOf(record, i.customerId),
          sv(STATE, i.emailState),
          day(i.letterAt),
          day(i.loggedInAt),
        ]),
      ),
      ...listSection(
        'Meddelanden',
        ['Skapat', 'Till', 'Ämne', 'Status'],
        record.messages.map((msg) => [
          day(msg.createdAt),
          msg.to,
          msg.subject,
          sv(STATE, msg.state),
        ]),
      ),
      ...listSection(
        'Avstämning mot Blikk',
        ['Kund', 'Avstämd', 'Uppgifter'],
        record.blikk.map((b) => [b.customerName, day(b.reconciledAt), String(b.entries.length)]),
      ),
      ...listSection(
        'E-post för faktura',
        ['Kund', 'E-postadress'],
        record.invoiceEmails.map((c) => [c.customerName, c.invoiceEmail]),
      ),
      ...listSection(
        'Anteckningar om informerad kontaktperson',
        ['Kund', 'Anteckning'],
        record.notes.map((n) => [n.customerName, n.note]),
      ),
      ...listSection(
        'Händelselogg',
        ['Tid', 'Vem', 'Vad', 'Åtgärd'],
        record.audit.map((a) => [day(a.at), a.actor, sv(ENTITY, a.entity), sv(ACTION, a.action)]),
      ),
    ],
    defaultStyle: { font: FONT, fontSize: 10, lineHeight: 1.25, color: '#222222' },
  };
  return renderPdf(definition);
}

const nameOf = (record: PersonRecord, customerId: string) =>
  record.users.find((u) => u.customerId === customerId)?.customerName ??
  record.contacts.find((c) => c.customerId === customerId)?.customerName ??
  '';

const day = (iso: string | null) => (iso ? iso.slice(0, 10) : '–');

function heading(text: string): Content {
  return { text, fontSize: 13, bold: true, color: ACCENT, margin: [0, 16, 0, 6] };
}

function facts(rows: [string, string][]): Content {
  return {
    table: {
      widths: [130, '*'],
      body: rows.map(([label, value]) => [{ text: label, color: MUTED }, value || '–']),
    },
    layout: factsLayout(3),
  };
}

function userSection(u: PersonRecord['users'][number]): Content[] {
  return [
    heading(`Användare hos ${u.customerName}`),
    facts([
      ['Namn', `${u.firstName} ${u.lastName}`],
      ['E-post', u.email],
      ['Personnummer', u.personnummer ?? ''],
      ['Mobil', u.mobile],
      ['Anställningsnummer', u.employeeNumber],
      ['Behörighet', ROLE[u.role] ?? u.role],
      ['Kundens kontaktperson', u.isPrimaryContact ? 'Ja' : 'Nej'],
      ['Inbjuden', day(u.invitedAt)],
      ['Upplagd', day(u.createdAt)],
    ]),
  ];
}

function contactSection(c: PersonRecord['contacts'][number]): Content[] {
  return [
    heading(`Kontaktperson för ${c.customerName}`),
    facts([
      ['Namn', c.name],
      ['E-post', c.email],
      ['Telefon', c.phone],
      ['Personnummer', c.personnummer ?? ''],
      ['Ändrad', day(c.updatedAt)],
    ]),
  ];
}

function listSection(title: string, headers: string[], rows: string[][]): Content[] {
  if (rows.length === 0) return [heading(title), { text: 'Inga.', color: MUTED }];
  const head: TableCell[] = headers.map((h) => ({ text: h, bold: true, fillColor: HEADER_FILL }));
  return [
    heading(title),
    {
      table: {
        headerRows: 1,
        widths: headers.map(() => '*'),
        body: [head, ...rows.map((r) => r.map((cell) => cell || '–'))],
      },
      layout: gridLayout(4, 3),
    },
  ];
}
