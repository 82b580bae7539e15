/**
 * Demo customers for the `demo` CLI command: plausible Swedish companies that pass every domain
 * rule, made deterministically from a seed so that demos, screenshots and benchmarks repeat.
 * Plain Node: no Electron here, so the CLI and tests can use it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gs1CheckDigit } from '../../../shared/domain/contact';
import { luhnCheckDigit } from '../../../shared/domain/luhn';
import { formatPersonnummer, parsePersonnummer } from '../../../shared/domain/personnummer';
import type { Address, CollaborationInput } from '../../../shared/schemas/customer';

/** Skatteverket's test personnummer (CC0), relative to the app's resources folder. */
export const DEMO_IDENTITIES_FILE = join('demo', 'skatteverket_testpersonnummer_sample.csv');

/**
 * The 12-digit test personnummer shipped in `<resourcesDir>/demo/`. Lines that are not a valid
 * number (the header, blank lines) are skipped.
 */
export function loadDemoIdentities(resourcesDir: string): string[] {
  const text = readFileSync(join(resourcesDir, DEMO_IDENTITIES_FILE), 'utf8');
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => /^\d{12}$/.test(line) && parsePersonnummer(line).ok);
}

export interface DemoOptions {
  seed: number;
  /** Test personnummer for primary contacts (see loadDemoIdentities); may be empty. */
  identities: string[];
  /** Without a reseller agreement the bureau cannot pay, so no collective invoicing. */
  hasResellerAgreement: boolean;
}

export type Rng = () => number;

/** mulberry32: tiny, fast and good enough for demo data; the same seed gives the same sequence. */
export function mulberry32(seed: number): Rng {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function pick<T>(rng: Rng, items: readonly T[]): T {
  const item = items[Math.floor(rng() * items.length)];
  if (item === undefined) throw new RangeError('pick from an empty list');
  return item;
}

export const int = (rng: Rng, min: number, max: number): number =>
  min + Math.floor(rng() * (max - min + 1));
const pad = (n: number, width: number): string => String(n).padStart(width, '0');

const OWNERS = [
  'Nordviks', 'Ekströms', 'Solbackens', 'Björklunds', 'Lindqvists', 'Åkerlunds', 'Sjöbergs',
  'Hägglunds', 'Östmans', 'Bergströms', 'Dahléns', 'Forsbergs', 'Granqvists', 'Holmströms',
  'Ljungbergs', 'Nyströms', 'Sandbergs', 'Wikströms', 'Älvdalens', 'Fjällbackens', 'Strömsunds',
  'Björkhagens', 'Ängsbackens', 'Lövholmens', 'Ekdalens', 'Rosendals', 'Tallbackens',
  'Kvarnbyns', 'Sjövikens', 'Mörtsjöns', 'Gräsvikens', 'Hökarängens',
] as const; // prettier-ignore
const TRADES = [
  'Bygg', 'Redovisning', 'Måleri', 'El', 'VVS', 'Snickeri', 'Städ', 'Transport', 'Trädgård',
  'Fastighetsservice', 'Rör', 'Plåtslageri', 'Golv', 'Konsult', 'Bageri', 'Frisör', 'Data',
  'Mark och Anläggning', 'Åkeri', 'Glasmästeri', 'Takläggning', 'Ventilation', 'Låssmed',
  'Hemtjänst', 'Kakel', 'Skog',
] as const; // prettier-ignore
const STREETS = [
  'Storgatan', 'Kungsgatan', 'Drottninggatan', 'Industrivägen', 'Hantverkargatan',
  'Järnvägsgatan', 'Skolgatan', 'Kyrkogatan', 'Verkstadsgatan', 'Ringvägen', 'Södra vägen',
  'Östra Hamngatan', 'Västra Esplanaden', 'Björkvägen', 'Ängsvägen', 'Sjögatan', 'Torggatan',
  'Fabriksgatan', 'Åsgatan', 'Lärkvägen',
] as const; // prettier-ignore
/** City and the range of its postal code areas (the first three digits). */
const CITIES: readonly (readonly [string, number, number])[] = [
  ['Stockholm', 111, 118], ['Göteborg', 411, 418], ['Malmö', 211, 217], ['Uppsala', 752, 754],
  ['Västerås', 722, 724], ['Örebro', 702, 703], ['Linköping', 582, 587], ['Helsingborg', 252, 254],
  ['Jönköping', 553, 556], ['Norrköping', 602, 603], ['Lund', 222, 227], ['Umeå', 903, 907],
  ['Gävle', 802, 806], ['Borås', 503, 507], ['Södertälje', 151, 152], ['Karlstad', 652, 654],
  ['Växjö', 352, 352], ['Sundsvall', 852, 856], ['Luleå', 972, 975], ['Östersund', 831, 831],
  ['Skellefteå', 931, 931], ['Kalmar', 392, 393], ['Falun', 791, 791], ['Visby', 621, 621],
]; // prettier-ignore
const FIRST_NAMES = [
  'Anna', 'Erik', 'Maria', 'Lars', 'Karin', 'Johan', 'Eva', 'Anders', 'Sara', 'Mikael', 'Ingrid',
  'Björn', 'Åsa', 'Göran', 'Linnéa', 'Örjan', 'Elin', 'Per', 'Sofia', 'Jörgen', 'Märta', 'Ali',
] as const; // prettier-ignore
const LAST_NAMES = [
  'Andersson', 'Johansson', 'Karlsson', 'Nilsson', 'Eriksson', 'Larsson', 'Olsson', 'Persson',
  'Svensson', 'Gustafsson', 'Pettersson', 'Jonsson', 'Hansson', 'Bengtsson', 'Jönsson',
  'Lindberg', 'Åberg', 'Öberg', 'Löfgren', 'Hussein', 'Nyström',
] as const; // prettier-ignore
// PTS reserves these series for use in fiction, so a demo never rings a real person.
const LANDLINES = ['08-465 004 NN', '031-390 06 NN', '040-628 04 NN', '0980-319 2NN'] as const;
const MOBILES = '070-174 06 NN'; // 070-1740605 to 070-1740699

/** Lower-case ASCII for e-mail addresses and domains: 'Åkeri & Bygg' -> 'akeribygg'. */
function slug(s: string): string {
  return s
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]/g, '');
}

// Aktiebolag series (first digit 5), a million numbers each: good for four million customers.
const ORG_SERIES = ['556', '559', '557', '558'] as const;
const PER_SERIES = 1_000_000;
/**
 * Coprime with PER_SERIES, so index -> index * STEP + offset is a permutation of a series; large,
 * so neighbouring customers get unrelated-looking numbers.
 */
const STEP = 385_127;

/** The index-th demo organisation number (10 digits): distinct indexes give distinct numbers. */
function demoOrgnr(index: number, offset: number): string {
  const series = ORG_SERIES[Math.floor(index / PER_SERIES)];
  if (series === undefined) throw new RangeError('too many demo customers');
  const payload = series + pad(((index % PER_SERIES) * STEP + offset) % PER_SERIES, 6);
  return payload + luhnCheckDigit(payload);
}

function demoAddress(rng: Rng): Required<Address> {
  const [city, low, high] = pick(rng, CITIES);
  return {
    street: `${pick(rng, STREETS)} ${int(rng, 1, 120)}`,
    postalCode: `${int(rng, low, high)} ${pad(int(rng, 10, 99), 2)}`,
    city,
  };
}

function demoGln(rng: Rng): string {
  // 73 is GS1 Sweden's prefix.
  const payload = '735' + pad(int(rng, 0, 999_999_999), 9);
  return payload + gs1CheckDigit(payload);
}

function demoContact(rng: Rng, domain: string, identities: readonly string[]) {
  const first = pick(rng, FIRST_NAMES);
  const last = pick(rng, LAST_NAMES);
  const withPnr = identities.length > 0 && rng() < 0.5;
  return {
    name: `${first} ${last}`,
    email: `${slug(first)}.${slug(last)}@${domain}`,
    phone: MOBILES.replace('NN', pad(int(rng, 5, 99), 2)),
    ...(withPnr ? { personnummer: formatPersonnummer(pick(rng, identities)) } : {}),
    alsoFirstAdmin: rng() < 0.6,
  };
}

function demoInvoicing(
  rng: Rng,
  orgnr: string,
  bureauMayPay: boolean,
): CollaborationInput['invoicing'] {
  if (bureauMayPay && rng() < 0.5) return { payer: 'bureau', method: 'collective' };
  const r = rng();
  if (r < 0.55) return { payer: 'customer', method: 'email' };
  if (r < 0.85) {
    const eInvoice =
      rng() < 0.7
        ? { scheme: 'peppol' as const, id: `0007:${orgnr}` }
        : { scheme: 'gln' as const, id: demoGln(rng) };
    return { payer: 'customer', method: 'e-invoice', eInvoice };
  }
  // Some paper invoices go to a box address, the rest to the customer's own address.
  if (rng() < 0.3) {
    const box = { ...demoAddress(rng), street: `Box ${int(rng, 1, 9999)}` };
    return { payer: 'customer', method: 'paper', paperAddress: box };
  }
  return { payer: 'customer', method: 'paper' };
}

function demoCustomer(rng: Rng, orgnr: string, opts: DemoOptions): CollaborationInput {
  const owner = pick(rng, OWNERS);
  const trade = pick(rng, TRADES);
  const domain = `${slug(owner)}${slug(trade)}.example`; // .example is reserved (RFC 2606)
  const invoicing = demoInvoicing(rng, orgnr, opts.hasResellerAgreement);
  const withInvoiceEmail = invoicing.method === 'email' || rng() < 0.5;
  return {
    version: 'easy',
    licences: 1 + Math.floor(rng() ** 2 * 50), // mostly small firms, 1-50
    customer: {
      name: `${owner} ${trade} AB`,
      orgnr: `${orgnr.slice(0, 6)}-${orgnr.slice(6)}`,
      address: demoAddress(rng),
      phone: pick(rng, LANDLINES).replace('NN', pad(int(rng, 0, 99), 2)),
      ...(withInvoiceEmail ? { invoiceEmail: `faktura@${domain}` } : {}),
    },
    contact: demoContact(rng, domain, opts.identities),
    invoicing,
  };
}

/**
 * `count` valid, complete collaborations (they pass validateCollaboration with requireComplete),
 * with unique organisation numbers. The same count and options always give the same customers.
 */
export function generateDemoCustomers(count: number, opts: DemoOptions): CollaborationInput[] {
  if (!Number.isInteger(count) || count < 0) throw new RangeError('count: a whole number >= 0');
  const rng = mulberry32(opts.seed);
  const offset = Math.floor(rng() * PER_SERIES);
  const seen = new Set<string>();
  return Array.from({ length: count }, (_, i) => {
    const customer = demoCustomer(rng, demoOrgnr(i, offset), opts);
    customer.customer.name = uniqueName(customer.customer.name, customer.customer.address, seen);
    return customer;
  });
}

/** A portfolio of look-alike names is no demo: repeats get their town, then a number. */
function uniqueName(name: string, address: Address | undefined, seen: Set<string>): string {
  const base = name.replace(/ AB$/, '');
  const candidates = [name, `${base} i ${address?.city ?? 'Sverige'} AB`];
  for (let n = 2; ; n++) {
    const candidate = candidates.shift() ?? `${base} i ${address?.city ?? 'Sverige'} ${n} AB`;
    if (!seen.has(candidate)) {
      seen.add(candidate);
      return candidate;
    }
  }
}

/** Working age: 18 up to the 69 that Swedish law (LAS) lets an employee stay on to. */
const AGES = { youngest: 18, oldest: 69 } as const;

/**
 * The test personnummer of people of working age on `today`: a demo's staff and contacts are
 * adults (the shipped list runs from 1890 to this year's babies). Samordningsnummer (day + 60)
 * compare by their month, which is close enough for a demo.
 */
export function workingAgeIdentities(identities: readonly string[], today: Date): string[] {
  const year = today.getUTCFullYear();
  const monthDay = today.toISOString().slice(5, 10).replace('-', '');
  const bornBy = `${year - AGES.youngest}${monthDay}`;
  const bornAfter = `${year - AGES.oldest - 1}${monthDay}`;
  return identities.filter((n) => n.slice(0, 8) <= bornBy && n.slice(0, 8) > bornAfter);
}

/**
 * Where a demo customer stands on the onboarding checklist: settings still being reviewed
 * (step 2), users missing or incomplete (step 3), ready to inform the contact (step 4), the
 * contact informed and some users invited (step 5), or everything done.
 */
export type DemoStage = 'settings' | 'users' | 'contact' | 'invite' | 'done';
/** More customers early in the checklist than late, as in a bureau that onboards steadily. */
const STAGE_CYCLE: readonly DemoStage[] = [
  'settings',
  'users',
  'done',
  'settings',
  'contact',
  'users',
  'invite',
];

/** The index-th customer's stage: a cycle the seed turns, so small demos show every stage. */
export function demoStage(index: number, seed: number): DemoStage {
  return STAGE_CYCLE[(index + seed) % STAGE_CYCLE.length] ?? 'settings';
}

/** Stages past step 3: every user complete. */
export const hasCompleteUsers = (stage: DemoStage): boolean =>
  stage === 'contact' || stage === 'invite' || stage === 'done';

/** A demo user, as the bulk insert of `demo --users-per-customer` takes it. */
export interface DemoUser {
  firstName: string;
  lastName: string;
  email: string;
  personnummer: string | null;
  mobile: string;
  employeeNumber: string;
  salaryForm: 'monthly' | 'hourly' | null;
  role: 'reporter' | 'approver' | 'admin';
  /** Index of the approver within the same list (themself for approvers), or null. */
  approverIndex: number | null;
}

/**
 * `count` users of one customer: every eighth an approver (the first an administrator), the rest
 * approved by the first; about one in ten lacks something, as real lists do. Employee numbers,
 * e-mails and personnummer are unique within the customer.
 */
export function generateDemoUsers(
  count: number,
  opts: {
    seed: number;
    identities: readonly string[];
    domain: string;
    /** Nobody lacks anything: a customer past step 3. */
    complete?: boolean;
    /** The last one lacks an employee number: a customer still at step 3. */
    incomplete?: boolean;
  },
): DemoUser[] {
  const rng = mulberry32(opts.seed);
  const start = opts.identities.length ? int(rng, 0, opts.identities.length - 1) : 0;
  return Array.from({ length: count }, (_, i) => {
    const first = pick(rng, FIRST_NAMES);
    const last = pick(rng, LAST_NAMES);
    const approving = i % 8 === 0;
    const drawn = rng();
    const gap = opts.complete ? 1 : drawn;
    const lacking = opts.incomplete && i === count - 1;
    const identity =
      opts.identities.length && i < opts.identities.length
        ? (opts.identities[(start + i) % opts.identities.length] ?? null)
        : null;
    return {
      firstName: first,
      lastName: last,
      email: gap < 0.04 && identity ? '' : `${slug(first)}.${slug(last)}.${i + 1}@${opts.domain}`,
      personnummer: gap >= 0.04 && gap < 0.08 ? null : identity,
      mobile: MOBILES.replace('NN', pad(int(rng, 5, 99), 2)),
      employeeNumber: (gap >= 0.08 && gap < 0.1) || lacking ? '' : String(1000 + i),
      salaryForm: gap >= 0.1 && gap < 0.12 ? null : rng() < 0.7 ? 'monthly' : 'hourly',
      role: i === 0 ? 'admin' : approving ? 'approver' : 'reporter',
      approverIndex: approving ? i : 0,
    };
  });
}
