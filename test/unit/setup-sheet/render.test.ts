import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderSetupSheet, setupSheetFileName } from '../../../electron/core/setup-sheet/render';
import type { SetupSheetData } from '../../../electron/core/setup-sheet/sheet-data';
import type { BureauProfile } from '../../../shared/schemas/bureau';
import type { CustomerDetail } from '../../../shared/schemas/customer';
import type { CustomerSettings, Holiday } from '../../../shared/schemas/settings';
import { defaultProfile, type ReportingProfile } from '../../../shared/settings/profiles';
import { defaultSections, type SectionData } from '../../../shared/settings/sections';
import { poppler } from '../../support/poppler';

const NOW = '2026-11-28T09:30:00.000Z';

const bureau: BureauProfile = {
  name: 'Ekströms Redovisning AB',
  orgnr: '556677-8899',
  resellerAgreement: true,
  agreementNumber: 'ÅF-2030-17',
  agreementValidFrom: '2026-01-01',
  staffName: 'Märta Lindberg',
  updatedAt: NOW,
  recordVersion: 1,
};

const customer: CustomerDetail = {
  id: 'c1',
  version: 'easy',
  licences: 12,
  customer: {
    name: 'Åkesson Bygg & Måleri AB',
    orgnr: '559244-0001',
    orgType: 'Aktiebolag',
    address: { street: 'Verkstadsgatan 4', postalCode: '582 73', city: 'Linköping' },
    phone: '013-12 34 56',
    invoiceEmail: 'faktura@akessonbygg.se',
  },
  contact: {
    name: 'Örjan Åkesson',
    email: 'orjan@akessonbygg.se',
    phone: '070-123 45 67',
    personnummerMasked: '18900101-****',
    alsoFirstAdmin: true,
  },
  invoicing: { payer: 'bureau', method: 'collective', eInvoice: null, paperAddress: {} },
  onboarding: { next: 2, blockers: [] },
  createdAt: NOW,
  updatedAt: NOW,
  recordVersion: 1,
};

function profile(id: string, over: Partial<ReportingProfile>): ReportingProfile {
  return {
    ...defaultProfile(),
    id,
    customerId: customer.id,
    isDefault: false,
    userCount: 0,
    updatedAt: NOW,
    ...over,
    recordVersion: over.recordVersion ?? 1,
  };
}

function settings(): CustomerSettings {
  const data: SectionData = defaultSections();
  const state = <K extends keyof SectionData>(key: K) => ({
    key,
    data: data[key],
    reviewedAt: key === 'workTime' ? '2026-11-27T14:00:00.000Z' : null,
    reviewedBy: key === 'workTime' ? 'Märta Lindberg' : null,
    updatedAt: NOW,
    recordVersion: 1,
  });
  return {
    customerId: customer.id,
    sections: {
      workTime: state('workTime'),
      timeCodes: state('timeCodes'),
      overtime: state('overtime'),
      approval: state('approval'),
      payrollExport: state('payrollExport'),
    },
    profiles: [
      profile('p1', { isDefault: true }),
      profile('p2', { name: 'Timanställda', clockTimesRequired: true, roundingMinutes: 15 }),
    ],
    profilesReviewedAt: null,
    profilesReviewedBy: null,
  };
}

const holidays: Holiday[] = [
  ['2026-01-01', 'Nyårsdagen', 'public'],
  ['2026-01-05', 'Trettondagsafton', 'halfDay'],
  ['2026-01-06', 'Trettondedag jul', 'public'],
  ['2026-04-03', 'Långfredagen', 'public'],
  ['2026-04-05', 'Påskdagen', 'public'],
  ['2026-04-06', 'Annandag påsk', 'public'],
  ['2026-05-01', 'Första maj', 'public'],
  ['2026-05-14', 'Kristi himmelsfärdsdag', 'public'],
  ['2026-05-24', 'Pingstdagen', 'public'],
  ['2026-06-06', 'Nationaldagen', 'public'],
  ['2026-06-19', 'Midsommarafton', 'deFacto'],
  ['2026-06-20', 'Midsommardagen', 'public'],
  ['2026-10-31', 'Alla helgons dag', 'public'],
  ['2026-12-24', 'Julafton', 'deFacto'],
  ['2026-12-25', 'Juldagen', 'public'],
  ['2026-12-26', 'Annandag jul', 'public'],
  ['2026-12-31', 'Nyårsafton', 'deFacto'],
].map(([date, name, kind]) => ({ date, name, kind }) as Holiday);

const sheet: SetupSheetData = {
  bureau,
  customer,
  settings: settings(),
  holidays,
  generatedAt: NOW,
};

describe('the set-up sheet (Uppläggningsblad)', () => {
  let dir = '';
  let pdfFile = '';
  let text = '';

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'setup-sheet-'));
    pdfFile = join(dir, setupSheetFileName(customer));
    const pdf = await renderSetupSheet(sheet);
    writeFileSync(pdfFile, pdf);
    text = poppler('pdftotext', ['-layout', pdfFile, '-']);
  });

  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('is a PDF', () => {
    expect(readFileSync(pdfFile).subarray(0, 5).toString('latin1')).toBe('%PDF-');
  });

  it('names the customer, its contact and the settings in Swedish', () => {
    for (const expected of [
      'Uppläggningsblad för Blikk Easy',
      'Åkesson Bygg & Måleri AB',
      '559244-0001',
      'Örjan Åkesson',
      '18900101-****',
      'Tidkoder och frånvaro',
      'Vård av barn',
      'Timanställda',
      'Grundprofil',
      'Sida 1 av',
      'Ekströms Redovisning AB',
      '28 nov. 2026',
      'Granskad: 27 nov. 2026 av Märta Lindberg',
      'Fortnox Lön',
    ]) {
      expect(text, expected).toContain(expected);
    }
  });

  it('takes the sections in the order of Blikk’s screens', () => {
    // pdftotext may squeeze the space after a section number: match any run of whitespace.
    const order = [
      '1 Samarbete',
      '2 Kunduppgifter och primärkontakt',
      '3 Fakturering',
      '4 Tidsinställningar',
      '4.1 Arbetstid',
      '4.2 Tidkoder och frånvaro',
      '4.3 Övertid, mertid och flex',
      '4.4 Attest och låsning',
      '4.5 Löneexport',
      '5 Rapporteringsprofiler',
    ].map((heading) =>
      text.search(new RegExp(`^\\s*${heading.replace('.', '\\.').replace(' ', '\\s+')}`, 'm')),
    );
    expect(order).not.toContain(-1);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
  });

  it('never prints a full personnummer or any other 12-digit run', () => {
    expect(text).not.toMatch(/\d{12}/);
  });

  it('renders its first page as an image', () => {
    const prefix = join(dir, 'page');
    poppler('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', pdfFile, prefix]);
    const png = ['page-1.png', 'page-01.png'].map((f) => join(dir, f)).find((f) => existsSync(f));
    expect(png, 'pdftoppm wrote no PNG').toBeDefined();
    expect(
      readFileSync(png ?? '')
        .subarray(1, 4)
        .toString('latin1'),
    ).toBe('PNG');
  });
});

describe('the personnummer on the sheet', () => {
  it('stays masked even if a full number were passed by mistake', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'setup-sheet-'));
    try {
      const contact = { ...customer.contact!, personnummerMasked: '18900101-1234' };
      const pdfFile = join(dir, 'leak.pdf');
      writeFileSync(
        pdfFile,
        await renderSetupSheet({ ...sheet, customer: { ...customer, contact } }),
      );
      const text = poppler('pdftotext', ['-layout', pdfFile, '-']);
      expect(text).toContain('18900101-**** (BankID)');
      expect(text).not.toContain('1234');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('setupSheetFileName', () => {
  it('uses the organisation number', () => {
    expect(setupSheetFileName(customer)).toBe('Upplaggningsblad-559244-0001.pdf');
  });

  it('is ASCII only, transliterating å ä ö', () => {
    const odd = { ...customer, customer: { ...customer.customer, orgnr: 'Åä Ö/12' } };
    expect(setupSheetFileName(odd)).toBe('Upplaggningsblad-Aa-O-12.pdf');
    const none = { ...customer, customer: { ...customer.customer, orgnr: '' } };
    expect(setupSheetFileName(none)).toBe('Upplaggningsblad-Akesson-Bygg-Maleri-AB.pdf');
    expect(setupSheetFileName(none)).toMatch(/^[\x20-\x7e]+$/);
  });
});
