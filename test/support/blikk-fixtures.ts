import { readFileSync } from 'node:fs';

/**
 * Users shaped as Blikk's public API answers `GET /v1/Admin/Users` (DESIGN.md section 8), built
 * from Skatteverket's test personnummer only (test/fixtures/identity/): never real people.
 */

/** A relation as Blikk writes it: `{ objectName, id, name }`. */
export interface BlikkRelation {
  objectName: string;
  id: number | string;
  name: string;
}

/** One user as Blikk's JSON carries it; anything else Blikk adds is allowed (and ignored). */
export interface BlikkApiUser {
  id: number | string;
  firstName?: string | null;
  lastName?: string | null;
  email?: string | null;
  socialSecurityNumber?: string | null;
  employeeNumber?: string | number | null;
  salaryType?: number | string | null;
  license?: string | number | null;
  manager?: BlikkRelation | null;
  timeReportingProfile?: BlikkRelation | null;
  department?: BlikkRelation | null;
  [unknownField: string]: unknown;
}

const SAMPLE = new URL(
  '../fixtures/identity/skatteverket_testpersonnummer_sample.csv',
  import.meta.url,
);

let numbers: string[] | null = null;

/** The i-th of Skatteverket's test personnummer (12 digits, YYYYMMDDNNNC), born 1940 to 2005. */
export function testPersonnummer(i: number): string {
  numbers ??= readFileSync(SAMPLE, 'utf8')
    .split(/\r?\n/)
    .filter((line) => /^\d{12}$/.test(line) && line >= '1940' && line < '2006');
  const n = numbers[i % numbers.length];
  if (!n) throw new Error('no test personnummer in the fixture');
  return n;
}

/** 'YYYYMMDD-NNNN': the form Kundstart prints. */
export function separated(digits12: string): string {
  return `${digits12.slice(0, 8)}-${digits12.slice(8)}`;
}

const FIRST = ['Astrid', 'Bertil', 'Cecilia', 'David', 'Elsa', 'Fredrik', 'Greta', 'Hugo'];
const LAST = ['Ek', 'Ask', 'Lind', 'Björk', 'Alm', 'Rönn', 'Hassel', 'Lönn'];

/** A relation to another object (manager, profile, department). */
export function relation(objectName: string, id: number, name: string): BlikkRelation {
  return { objectName, id, name };
}

/**
 * The n-th fixture user (n from 1): a stable name, e-mail, employee number and test personnummer,
 * monthly salary (salaryType 1) and a reporter's licence; `overrides` replaces any field.
 */
export function blikkUser(n: number, overrides: Partial<BlikkApiUser> = {}): BlikkApiUser {
  const firstName = FIRST[(n - 1) % FIRST.length] ?? 'Anna';
  const lastName = `${LAST[(n - 1) % LAST.length] ?? 'Ek'}${n > LAST.length ? n : ''}`;
  return {
    objectName: 'User',
    id: 1000 + n,
    firstName,
    lastName,
    email: `${firstName}.${lastName}@akesson-bygg.example`.toLowerCase(),
    socialSecurityNumber: separated(testPersonnummer(n)),
    employeeNumber: String(100 + n),
    salaryType: 1,
    license: 'Reporter',
    manager: null,
    timeReportingProfile: relation('TimeReportingProfile', 7, 'Kontor'),
    department: relation('Department', 3, 'Produktion'),
    isActive: true,
    ...overrides,
  };
}

/** `count` fixture users, numbered from 1. */
export function blikkUsers(count: number): BlikkApiUser[] {
  return Array.from({ length: count }, (_, i) => blikkUser(i + 1));
}
