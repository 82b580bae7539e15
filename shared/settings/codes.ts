/**
 * The Swedish standard time and absence codes (PAXml 2.x, GLOSSARY.md) a customer chooses from.
 * `defaultOn` marks what a typical Easy customer uses from day one.
 */
export interface StandardCode {
  code: string;
  kind: 'time' | 'absence';
  sv: string;
  en: string;
  defaultOn: boolean;
}

const time = (code: string, sv: string, en: string, defaultOn = false): StandardCode => ({
  code,
  kind: 'time',
  sv,
  en,
  defaultOn,
});
const absence = (code: string, sv: string, en: string, defaultOn = false): StandardCode => ({
  code,
  kind: 'absence',
  sv,
  en,
  defaultOn,
});

export const STANDARD_CODES: readonly StandardCode[] = [
  time('TID', 'Tid inom schema', 'Time within schedule', true),
  time('ARB', 'Arbetad tid (timlön)', 'Hours worked (hourly pay)', true),
  time('ÖT1', 'Övertid, enkel', 'Overtime, simple', true),
  time('ÖT2', 'Övertid, kvalificerad', 'Overtime, qualified', true),
  time('ÖT3', 'Övertid 3', 'Overtime 3'),
  time('ÖT4', 'Övertid 4', 'Overtime 4'),
  time('ÖT5', 'Övertid 5', 'Overtime 5'),
  time('ÖK1', 'Övertid till komp, enkel', 'Overtime as comp time, simple'),
  time('ÖK2', 'Övertid till komp, kvalificerad', 'Overtime as comp time, qualified'),
  time('ÖK3', 'Övertid till komp 3', 'Overtime as comp time 3'),
  time('ÖK4', 'Övertid till komp 4', 'Overtime as comp time 4'),
  time('ÖK5', 'Övertid till komp 5', 'Overtime as comp time 5'),
  time('MER', 'Mertid', 'Additional hours (part-time)', true),
  time('FLX', 'Flextid', 'Flexitime'),
  time('OB1', 'OB-tillägg 1', 'Unsocial hours 1'),
  time('OB2', 'OB-tillägg 2', 'Unsocial hours 2'),
  time('OB3', 'OB-tillägg 3', 'Unsocial hours 3'),
  time('OB4', 'OB-tillägg 4', 'Unsocial hours 4'),
  time('OB5', 'OB-tillägg 5', 'Unsocial hours 5'),
  time('JR', 'Jour', 'On call'),
  time('BE', 'Beredskap', 'Standby'),
  time('RE', 'Restid', 'Travel time'),
  absence('SEM', 'Semester', 'Vacation', true),
  absence('SJK', 'Sjuk', 'Sick', true),
  absence('VAB', 'Vård av barn', 'Care of a sick child', true),
  absence('FPE', 'Föräldraledig', 'Parental leave', true),
  absence('PAP', 'Pappadagar', 'Paternity days'),
  absence('TJL', 'Tjänstledig', 'Leave of absence', true),
  absence('KOM', 'Kompledig', 'Comp leave', true),
  absence('ASK', 'Arbetsskada', 'Occupational injury'),
  absence('HAV', 'Graviditetspenning', 'Pregnancy benefit'),
  absence('SMB', 'Smittbärare', 'Carrier of infection'),
  absence('UTB', 'Utbildning', 'Training'),
  absence('MIL', 'Militärtjänst', 'Military service'),
  absence('SVE', 'Svenska för invandrare', 'Swedish for immigrants'),
  absence('NÄR', 'Närståendevård', 'Care of a close relative'),
  absence('PER', 'Permitterad', 'Laid off'),
  absence('PEM', 'Permission', 'Permission'),
  absence('FAC', 'Facklig verksamhet', 'Union work'),
  absence('KON', 'Kontaktdagar', 'Contact days'),
  absence('ATK', 'Arbetstidskonto', 'Working-time account'),
  absence('ATF', 'Arbetstidsförkortning', 'Working-time reduction'),
];

export const STANDARD_CODE_SET = new Set(STANDARD_CODES.map((c) => c.code));
