/** Plain Swedish for the import report's `message`: scripts key on the code, people read this. */
const MESSAGES: Record<string, string> = {
  'name.missing': 'Förnamn eller efternamn saknas.',
  'text.control':
    'Värdet innehåller osynliga styrtecken (radbrytning, tabb, escape- eller riktningstecken). Skriv om det.',
  'email.invalid': 'E-postadressen är inte giltig.',
  'email.duplicate': 'E-postadressen finns redan hos en annan användare.',
  'personnummer.format': 'Personnumret har fel format (ÅÅÅÅMMDD-NNNN).',
  'personnummer.checksum': 'Personnumrets kontrollsiffra stämmer inte.',
  'personnummer.date': 'Personnumrets datum finns inte.',
  'personnummer.duplicate': 'Personnumret finns redan hos en annan användare.',
  'employeeNumber.duplicate': 'Anställningsnumret finns redan hos en annan användare.',
  'role.unknown': 'Okänd behörighet (Rapportör, Attestansvarig eller Administratör).',
  'salaryForm.unknown': 'Okänd löneform (Månadslön/MÅN eller Timlön/TIM).',
  'approver.unknown': 'Den attestansvariga finns inte bland kundens användare.',
  'approver.notApprover': 'Den angivna attestansvariga har behörigheten Rapportör.',
  'login.none': 'Varken e-post eller personnummer: användaren kan inte logga in.',
  'licences.exceeded': 'Fler användare än köpta licenser.',
  'email.missing': 'E-post saknas: inget välkomstmejl, inloggning med BankID.',
  'personnummer.missing': 'Personnummer saknas: ingen inloggning med BankID.',
  'employeeNumber.missing': 'Anställningsnummer saknas.',
  'salaryForm.missing': 'Löneform saknas.',
  'approver.missing': 'Attestansvarig saknas.',
  'profile.notFound': 'Rapporteringsprofilen finns inte hos kunden; grundprofilen används.',
  'number.scientific':
    'Talet har skrivits om av Excel (t.ex. 1,99E+11); skriv in det igen som text.',
  'number.leadingZerosLost': 'Inledande nollor kan ha tagits bort av Excel; kontrollera värdet.',
};

export function messageFor(code: string): string {
  return MESSAGES[code] ?? code;
}
