import { describe, expect, it } from 'vitest';
import { validateBureau, validateCollaboration } from '../../../shared/domain/collaboration';
import { cleanText, hasControlCharacter } from '../../../shared/domain/text';
import { validateUser, type UserRulesContext } from '../../../shared/domain/users';
import type { FieldIssue } from '../../../shared/errors';
import type { CollaborationInput } from '../../../shared/schemas/customer';
import type { UserFields } from '../../../shared/schemas/users';

const CONTROL = {
  NUL: 'Åsa\u0000Öberg',
  ESC: 'Åsa\u001bÖberg',
  'a terminal escape sequence': '\u001b[2J\u001b[31mÅsa',
  'CR/LF inside': 'Åsa\r\nÖberg',
  'a tab inside': 'Åsa\tÖberg',
  'a C1 control (NEL)': 'Åsa\u0085Öberg',
  DEL: 'Åsa\u007fÖberg',
  'a right-to-left override': 'Åsa\u202egrebÖ',
  'a bidi isolate': 'Åsa\u2066Öberg\u2069',
  'a right-to-left mark': 'Åsa\u200fÖberg',
  'a line separator': 'Åsa\u2028Öberg',
};

describe('the text rule of names, e-mails and numbers', () => {
  it.each(Object.entries(CONTROL))('finds %s', (_, text) => {
    expect(hasControlCharacter(cleanText(text))).toBe(true);
  });

  it.each([
    'Åsa Öberg',
    'Anna-Lena D’Ascoli',
    'Zoë Ægir-Ñúñez',
    '👩‍💻 Dev', // a zero-width joiner inside an emoji is writing, not a trick
    '070-123 45 67',
  ])('accepts %s', (text) => {
    expect(hasControlCharacter(cleanText(text))).toBe(false);
  });

  it('normalises to NFC and trims, zero-width characters at the ends too', () => {
    expect(cleanText('  A\u030Akesson  ')).toBe('Åkesson');
    expect(cleanText('\u200b\ufeffÅsa\u200d ')).toBe('Åsa');
    expect(cleanText('Åsa\n')).toBe('Åsa');
  });

  it('reads text of zero-width characters only as empty', () => {
    expect(cleanText('\u200b\u200c\u200d\u2060\ufeff')).toBe('');
  });

  it('cleans every character, alone, padded and before a combining ring, as NFC and trim do', () => {
    const reference = (text: string) =>
      text
        .normalize('NFC')
        .replace(/^[\s\u200b-\u200d\u2060\ufeff]+|[\s\u200b-\u200d\u2060\ufeff]+$/g, '');
    const differing: string[] = [];
    for (let code = 0; code <= 0xffff; code++) {
      const c = String.fromCharCode(code);
      for (const text of [c, `A${c}`, `${c}b`, ` ${c} `, `${c}\u030a`, `\u200bÅ${c}`, `Å ${c}.`]) {
        if (cleanText(text) !== reference(text)) differing.push(text);
      }
    }
    expect(differing).toEqual([]);
  });
});

const noOne: UserRulesContext = {
  selfId: null,
  emailTaken: () => false,
  personnummerTaken: () => false,
  employeeNumberTaken: () => false,
  approver: undefined,
  hasStoredPersonnummer: false,
};
const user = (fields: Partial<UserFields>): UserFields => ({
  firstName: 'Åsa',
  lastName: 'Öberg',
  email: 'asa@akesson.example',
  personnummer: '18900115-9806',
  mobile: '070-123 45 67',
  employeeNumber: '12',
  salaryForm: 'monthly',
  role: 'reporter',
  approverId: null,
  profileId: null,
  ...fields,
});
const errors = (issues: FieldIssue[]) =>
  issues.filter((i) => i.severity === 'error').map((i) => `${i.field}:${i.code}`);

describe('a user', () => {
  it.each([
    ['firstName', CONTROL.ESC],
    ['lastName', CONTROL['a right-to-left override']],
    ['email', 'asa\u001b@akesson.example'],
    ['mobile', '070\u0000123 45 67'],
    ['employeeNumber', '12\r\n13'],
    ['personnummer', '18900115-9806\u202e'],
  ] as const)('with a control character in %s is refused with text.control only', (field, v) => {
    expect(errors(validateUser(user({ [field]: v }), noOne))).toEqual([`${field}:text.control`]);
  });

  it('with a line break or tab only at an end is trimmed of it, not refused', () => {
    const padded = user({ firstName: 'Åsa\n', email: '\tasa@akesson.example', mobile: '070\r\n' });
    expect(errors(validateUser(padded, noOne))).toEqual([]);
  });

  it('named with zero-width characters only lacks a name', () => {
    expect(errors(validateUser(user({ firstName: '\u200b\u200b' }), noOne))).toEqual([
      'firstName:name.missing',
    ]);
  });

  it('with a zero-width employee number only lacks one (a warning, not a duplicate)', () => {
    const issues = validateUser(user({ employeeNumber: '\u200b' }), {
      ...noOne,
      employeeNumberTaken: (n) => n === '\u200b',
    });
    expect(issues.map((i) => i.code)).toContain('employeeNumber.missing');
  });
});

function collaboration(): CollaborationInput {
  return {
    version: 'easy',
    licences: 12,
    customer: { name: 'Åkesson Bygg AB', orgnr: '559244-0001', phone: '019-12 34 56' },
    contact: {
      name: 'Örjan Åkesson',
      email: 'orjan@akesson-bygg.example',
      phone: '070-123 45 67',
      alsoFirstAdmin: true,
    },
    invoicing: { payer: 'customer', method: 'email' },
  };
}

describe('a collaboration and the bureau', () => {
  it('refuses a control character in the customer’s name and the contact’s details', () => {
    const input = collaboration();
    input.customer.name = CONTROL['a terminal escape sequence'];
    input.customer.invoiceEmail = 'faktura\u202e@akesson-bygg.example';
    input.contact!.email = 'orjan\u0000@akesson-bygg.example';
    input.contact!.phone = '070\t123';
    expect(errors(validateCollaboration(input, { hasResellerAgreement: false }))).toEqual([
      'customer.name:text.control',
      'customer.invoiceEmail:text.control',
      'contact.email:text.control',
      'contact.phone:text.control',
    ]);
  });

  it('reads a contact name of zero-width characters only as missing', () => {
    const input = collaboration();
    input.contact!.name = '\u200b';
    expect(errors(validateCollaboration(input, { hasResellerAgreement: false }))).toEqual([
      'contact.name:name.missing',
    ]);
  });

  it('refuses a control character in the bureau’s name and the staff name', () => {
    const issues = validateBureau({
      name: 'Revisionsbyrån\u001b Ek',
      orgnr: '556016-0680',
      resellerAgreement: false,
      staffName: 'Anna\u2066 Ek',
    });
    expect(errors(issues)).toEqual(['name:text.control', 'staffName:text.control']);
  });
});
