import type { Content } from 'pdfmake/interfaces';
import type { CustomerDetail } from '../../../shared/schemas/customer';
import { addressText, DASH, maskedPersonnummer, orDash, svDate, yesNo } from './format';
import { facts, note, section } from './pdf-blocks';
import type { SetupSheetData } from './sheet-data';

// The sheet's title block and sections 1-3: the collaboration, the customer and its primary
// contact, and how the customer is invoiced.

export function titleBlock(data: SetupSheetData): Content {
  const { customer } = data.customer;
  return {
    stack: [
      { text: 'Uppläggningsblad för Blikk Easy', style: 'title' },
      { text: customer.name, style: 'customerName' },
      facts([
        ['Organisationsnummer', customer.orgnr],
        ['Byrå', data.bureau?.name ?? 'Byråns profil är inte ifylld'],
        ['Skapat', svDate(data.generatedAt)],
      ]),
      {
        text:
          'Lägg upp kunden i Blikk i den här ordningen: samarbetet och kunduppgifterna (1–3), ' +
          'sedan tidsinställningarna avsnitt för avsnitt (4) och sist rapporteringsprofilerna (5), ' +
          'innan användarna läggs till.',
        style: 'intro',
      },
    ],
  };
}

// ---------------------------------------------------------------- 1-3: the collaboration

const VERSION_NAMES: Record<CustomerDetail['version'], string> = {
  easy: 'Blikk Easy',
  pro: 'Blikk Pro',
  enterprise: 'Blikk Enterprise',
};

export function collaborationSection(data: SetupSheetData): Content[] {
  return section(1, 'Samarbete', [
    facts([
      ['Version', VERSION_NAMES[data.customer.version]],
      ['Antal licenser', String(data.customer.licences)],
      [
        'Behörigheter',
        {
          stack: [
            'Rapportör, Attestansvarig eller Administratör',
            note('Alla behörigheter kostar samma i Easy', [0, 1, 0, 0]),
          ],
        },
      ],
    ]),
  ]);
}

export function customerSection(detail: CustomerDetail): Content[] {
  const { customer } = detail;
  const company: [string, Content][] = [
    ['Företagsnamn', customer.name],
    ['Organisationsnummer', customer.orgnr],
    ...(customer.orgType.trim() ? [['Bolagsform', customer.orgType] as [string, Content]] : []),
    ['Adress', addressText(customer.address)],
    ['Telefon', orDash(customer.phone)],
    ['E-post för faktura', orDash(customer.invoiceEmail)],
  ];
  return section(2, 'Kunduppgifter och primärkontakt', [
    { stack: [{ text: 'Kund', style: 'h3' }, facts(company)] },
    {
      stack: [
        { text: 'Primärkontakt', style: 'h3', margin: [0, 10, 0, 2] },
        contactFacts(detail.contact),
      ],
      unbreakable: true,
    },
  ]);
}

function contactFacts(contact: CustomerDetail['contact']): Content {
  if (!contact) return note('Ingen primärkontakt angiven.', [0, 0, 0, 0]);
  const personnummer = contact.personnummerMasked
    ? `${maskedPersonnummer(contact.personnummerMasked)} (BankID)`
    : 'Ej angivet: loggar in med e-post';
  return facts([
    ['Namn', contact.name],
    ['E-post', orDash(contact.email)],
    ['Telefon', orDash(contact.phone)],
    ['Personnummer', personnummer],
    ['Även första administratör', yesNo(contact.alsoFirstAdmin)],
  ]);
}

const PAYER_NAMES = { bureau: 'Byrån', customer: 'Kunden' } as const;
const METHOD_NAMES = {
  collective: 'samlingsfaktura',
  email: 'e-post (PDF)',
  'e-invoice': 'e-faktura',
  paper: 'papper',
} as const;

export function invoicingSection(data: SetupSheetData): Content[] {
  const { invoicing } = data.customer;
  return section(3, 'Fakturering', [
    facts([
      ['Faktureras', `${PAYER_NAMES[invoicing.payer]} – ${METHOD_NAMES[invoicing.method]}`],
      ...invoiceDetails(data),
    ]),
  ]);
}

function invoiceDetails({ bureau, customer }: SetupSheetData): [string, Content][] {
  const { invoicing } = customer;
  switch (invoicing.method) {
    case 'collective':
      return [['Återförsäljaravtal', agreementText(bureau)]];
    case 'email':
      return [['E-post för faktura', orDash(customer.customer.invoiceEmail)]];
    case 'e-invoice': {
      const e = invoicing.eInvoice;
      if (!e) return [['Mottagar-id', DASH]];
      return [[e.scheme === 'peppol' ? 'Peppol-ID' : 'GLN', e.id]];
    }
    case 'paper':
      return [['Fakturaadress', addressText(invoicing.paperAddress)]];
  }
}

/** Only a bureau with a reseller agreement can take the collective invoice (ÅF-priser). */
function agreementText(bureau: SetupSheetData['bureau']): string {
  if (!bureau?.resellerAgreement) return 'Saknas: krävs för samlingsfaktura och ÅF-priser';
  const from = bureau.agreementValidFrom
    ? `, gäller från ${svDate(bureau.agreementValidFrom)}`
    : '';
  return `Nr ${orDash(bureau.agreementNumber)}${from}`;
}
