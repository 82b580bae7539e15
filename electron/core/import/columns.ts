import {
  IMPORT_FIELDS,
  type ColumnMapping,
  type ImportField,
} from '../../../shared/schemas/import';
/**
 * Which column holds what: headers matched case-insensitively in Swedish and English (DESIGN.md
 * section 5), ignoring accents, spaces and punctuation, so "Anställningsnr", "AnstNr" and
 * "Employee number" all land on the employee number.
 */
const NAMES: Record<ImportField, string[]> = {
  firstName: ['förnamn', 'first name', 'firstname', 'given name', 'fornamn'],
  lastName: ['efternamn', 'last name', 'lastname', 'surname', 'family name'],
  fullName: ['namn', 'name', 'fullständigt namn', 'full name', 'för- och efternamn'],
  email: [
    'e-post',
    'epost',
    'e-mail',
    'email',
    'mail',
    'e-postadress',
    'epostarb',
    'e-post arbete',
  ],
  emailHome: ['eposthem', 'e-post hem', 'privat e-post'],
  personnummer: [
    'personnummer',
    'persnr',
    'pnr',
    'personal number',
    'personal identity number',
    'ssn',
  ],
  mobile: ['mobil', 'mobilnummer', 'mobiltelefon', 'telefon', 'mobile', 'phone', 'mobile phone'],
  employeeNumber: [
    'anställningsnr',
    'anställningsnummer',
    'anstnr',
    'anst nr',
    'anstid',
    'employee number',
    'employee no',
    'employee id',
    'emp no',
  ],
  salaryForm: ['löneform', 'lonform', 'salary form', 'salary type', 'pay type'],
  role: ['behörighet', 'roll', 'role', 'licens', 'licence', 'license', 'permission'],
  approver: ['attestansvarig', 'attestant', 'approver', 'manager', 'chef'],
  profile: ['rapporteringsprofil', 'profil', 'reporting profile', 'profile'],
};

/** Lower case, accents off, only letters and digits: the form headers are compared in. */
export function headerKey(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]/g, '');
}

const LOOKUP = new Map<string, ImportField>(
  IMPORT_FIELDS.flatMap((field) => NAMES[field].map((name) => [headerKey(name), field] as const)),
);

/** The first column whose header names a field wins that field. */
export function guessMapping(headers: string[]): ColumnMapping {
  const mapping: ColumnMapping = {};
  headers.forEach((header, index) => {
    const field = LOOKUP.get(headerKey(header));
    if (field && mapping[field] === undefined) mapping[field] = index;
  });
  return mapping;
}
