import type { DefaultTexts } from './index';

/* The bureau's messages in Swedish, as a bureau writes to its customers. */

const SIGNATURE = `Vänliga hälsningar
{{bureau.staffName}}
{{bureau.name}}`;

export const SWEDISH: DefaultTexts = {
  contactSummary: {
    subject: 'Era användare i Blikk är upplagda – {{customer.name}}',
    body: `Hej{{#contact.name}} {{contact.name}}{{/contact.name}}!

Vi på {{bureau.name}} har nu lagt upp användarna för {{customer.name}} i Blikk. Här är en sammanställning av vilka som finns och vad som eventuellt behöver kompletteras.

Användare som har skapats:
{{#users}}
- {{name}}{{#email}} ({{email}}){{/email}}{{#missing}} – saknar: {{missing}}{{/missing}}
{{/users}}
{{^users}}
Inga användare är upplagda ännu.
{{/users}}

{{#nothingMissing}}
Alla uppgifter finns på plats.
{{/nothingMissing}}
{{^nothingMissing}}
Skicka gärna de uppgifter som saknas som svar på det här meddelandet, så kompletterar vi.
{{/nothingMissing}}

Så går vi vidare:
- När uppgifterna är kompletta skickar vi en inbjudan med instruktioner för inloggning till varje användare.
- Användare med personnummer kan logga in med BankID.
- Användare utan e-postadress får instruktioner för att logga in med BankID och anger själva sin e-postadress första gången de loggar in.

Hör av dig om något är oklart.

${SIGNATURE}`,
  },
  welcome: {
    subject: 'Välkommen till Blikk, {{user.firstName}}',
    body: `Hej {{user.firstName}}!

{{customer.name}} använder Blikk för tidrapportering, och nu har du ett konto. Vi på {{bureau.name}} har hjälpt till att lägga upp det.

Så loggar du in:
- Logga in i Blikk med din e-postadress {{user.email}}.
- Samma inloggning fungerar både på datorn och i appen Blikk i mobilen.
{{#user.hasPersonnummer}}
- Du kan också välja att logga in med BankID.
{{/user.hasPersonnummer}}

Har du frågor? Svara på det här meddelandet så hjälper vi dig.

${SIGNATURE}`,
  },
  reminder: {
    subject: 'Påminnelse: logga in i Blikk',
    body: `Hej {{user.firstName}}!

En vänlig påminnelse: du har ett konto i Blikk för tidrapportering hos {{customer.name}}, men vi ser inte att du har loggat in ännu.

- Logga in i Blikk med din e-postadress {{user.email}}.
- Samma inloggning fungerar både på datorn och i appen Blikk i mobilen.
{{#user.hasPersonnummer}}
- Du kan också välja att logga in med BankID.
{{/user.hasPersonnummer}}

Har du redan loggat in kan du bortse från det här meddelandet. Behöver du hjälp? Svara på det här meddelandet.

${SIGNATURE}`,
  },
  bankidLetter: {
    subject: 'Så loggar du in i Blikk med BankID',
    body: `Hej {{user.name}}!

{{customer.name}} använder Blikk för tidrapportering, och nu har du ett konto. Vi på {{bureau.name}} har hjälpt till att lägga upp det. {{^user.email}}Eftersom vi inte har någon e-postadress till dig loggar du in med BankID.{{/user.email}}

Så loggar du in första gången:
- Öppna Blikk på datorn eller appen Blikk i mobilen.
- Välj inloggning med BankID och legitimera dig med ditt BankID.
{{^user.email}}
- Ange din e-postadress när du blir ombedd. Den behövs första gången du loggar in.
{{/user.email}}

Därefter fungerar samma inloggning både på datorn och i mobilappen.

Har du frågor kan du vända dig till {{customer.name}} eller till oss på {{bureau.name}}.

${SIGNATURE}`,
  },
};
