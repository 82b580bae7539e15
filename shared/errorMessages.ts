import type { ErrorCode } from './errors';

/**
 * Every error code in both languages: the compiler refuses a code without a translation. In
 * shared/ because the CLI prints the Swedish sentence too, not only the renderer.
 */
export const errorsSv: Record<ErrorCode, string> = {
  'input.invalid':
    'Något av fälten har ett värde som inte kan sparas. Kontrollera de markerade fälten och försök igen.',
  'channel.unknown':
    'Den här åtgärden finns inte i din version av Kundstart. Starta om programmet.',
  internal: 'Något gick fel i Kundstart. Försök igen. Om felet finns kvar, starta om programmet.',
  'ipc.forbidden': 'Åtgärden nekades av säkerhetsskäl. Starta om Kundstart och försök igen.',
  'core.restarted':
    'Kundstarts bakgrundsprocess avbröts och har startats om. Det du just gjorde sparades inte: försök igen.',
  'name.missing': 'Namnet saknas. Fyll i ett namn.',
  'orgnr.invalid': 'Organisationsnumret stämmer inte. Kontrollera siffrorna (NNNNNN-NNNN).',
  'orgnr.missing': 'Organisationsnummer saknas. Fyll i byråns organisationsnummer (NNNNNN-NNNN).',
  'orgnr.duplicate': 'Det finns redan en kund med det här organisationsnumret.',
  'email.invalid': 'E-postadressen ser inte rätt ut. Skriv den som namn@foretag.se.',
  'email.missing': 'Fyll i en e-postadress. Fakturan skickas dit som PDF.',
  'phone.invalid':
    'Telefonnumret ser inte rätt ut. Skriv till exempel 08-123 456 78 eller +46 8 123 456 78.',
  'address.missing': 'Fyll i en fullständig postadress: gatuadress, postnummer och ort.',
  'personnummer.format': 'Personnumret har fel format. Skriv det som ÅÅÅÅMMDD-NNNN.',
  'personnummer.checksum':
    'Personnumret stämmer inte: sista siffran (kontrollsiffran) är fel. Kontrollera siffrorna.',
  'personnummer.date':
    'Personnumret innehåller ett datum som inte finns. Kontrollera födelsedatumet.',
  'licences.min': 'Ange minst en licens (ett heltal).',
  'licences.exceeded':
    'Kunden har inte fler licenser. Öka antalet licenser i samarbetet innan fler användare läggs till.',
  'licences.belowUsers':
    'Antalet licenser kan inte bli färre än kundens användare. Ta bort användare först.',
  'email.duplicate': 'En annan användare hos kunden har redan den här e-postadressen.',
  'personnummer.duplicate': 'En annan användare hos kunden har redan det här personnumret.',
  'employeeNumber.duplicate': 'En annan användare hos kunden har redan det här anställningsnumret.',
  'role.unknown': 'Välj en behörighet: Rapportör, Attestansvarig eller Administratör.',
  'salaryForm.unknown': 'Välj en löneform: månadslön eller timlön.',
  'approver.unknown': 'Den valda attestansvariga finns inte längre hos kunden. Välj en annan.',
  'approver.notApprover':
    'Den valda personen kan inte attestera. Välj en Attestansvarig eller Administratör.',
  'approver.hasApprovees':
    'Användaren är attestansvarig för andra. Välj en ny attestansvarig för dem först.',
  'login.none':
    'Användaren behöver e-post eller personnummer för att kunna logga in. Fyll i minst det ena.',
  'personnummer.missing': 'Personnummer saknas. Utan det kan användaren inte logga in med BankID.',
  'employeeNumber.missing': 'Anställningsnummer saknas.',
  'salaryForm.missing': 'Löneform saknas.',
  'approver.missing': 'Attestansvarig saknas.',
  'user.notFound': 'Användaren hittades inte. Den kan ha tagits bort.',
  'conflict.stale':
    'En kollega har ändrat det här sedan du öppnade det. Se vad som ändrats och välj vems ändringar som ska gälla.',
  'import.cancelled': 'Importen avbröts. Inget sparades.',
  'import.sessionExpired': 'Filen som granskas finns inte längre i minnet. Den skickas på nytt.',
  'import.file':
    'Filen kunde inte läsas. Spara listan som CSV (semikolonavgränsad), Excel (.xlsx) eller PAXml och försök igen.',
  'invoicing.resellerAgreementRequired':
    'Samlingsfaktura kräver ett återförsäljaravtal. Lägg in avtalet i byråprofilen eller låt kunden faktureras.',
  'invoicing.methodInvalid':
    'Sättet passar inte mottagaren: byrån faktureras med samlingsfaktura, kunden med e-post, e-faktura eller papper.',
  'invoicing.peppolIdInvalid':
    'Peppol-ID:t ser inte rätt ut. Skriv schemakod, kolon och nummer, till exempel 0007:5560160680.',
  'invoicing.glnInvalid':
    'GLN-numret stämmer inte. Det ska vara 13 siffror där den sista är en kontrollsiffra.',
  'agreement.numberMissing': 'Fyll i avtalsnumret för återförsäljaravtalet.',
  'date.invalid': 'Datumet finns inte. Skriv det som ÅÅÅÅ-MM-DD.',
  'customer.notFound': 'Kunden hittades inte. Den kan ha tagits bort.',
  'person.query': 'Sök på antingen ett personnummer eller en e-postadress, inte båda.',
  'person.notFound': 'Ingen person med de uppgifterna finns i Kundstart.',
  'settings.codeUnknown': 'Koden finns inte bland standardkoderna.',
  'settings.codeDuplicate':
    'Koden finns redan. Välj en kod som inte är en standardkod eller en annan egen kod.',
  'settings.flexCoreTimes': 'Kärntiden måste sluta efter att den börjar.',
  'settings.otherNameMissing': 'Skriv namnet på lönesystemet.',
  'profile.notFound': 'Profilen hittades inte. Den kan ha tagits bort.',
  'profile.defaultUndeletable':
    'Grundprofilen kan inte tas bort. Den är standardprofil för nya användare.',
  'profile.inUse':
    'Profilen används av användare. Flytta dem till en annan profil innan den tas bort.',
  'profile.nameDuplicate': 'Kunden har redan en profil med det namnet. Välj ett annat namn.',
  'template.notFound': 'Mallen hittades inte. Den kan ha tagits bort.',
  'bureau.missing': 'Byråprofilen är inte ifylld än. Fyll i byråprofilen först.',
  'db.newerVersion':
    'Datafilen har sparats av en nyare version av Kundstart. Uppdatera programmet för att öppna den.',
  'db.notKundstart':
    'Det här är ingen databas från Kundstart: den har andra tabeller än Kundstarts, eller är skadad. Välj en tom databas eller en som Kundstart har skapat.',
  'db.unknownHost':
    'Databasservern hittades inte. Kontrollera servernamnet, och att datorn är ansluten till byråns nätverk (VPN).',
  'db.refused':
    'Databasservern tog inte emot anslutningen. Kontrollera porten (oftast 5432) och att PostgreSQL är igång på servern.',
  'db.timeout':
    'Databasservern svarade inte i tid. Kontrollera servernamnet, nätverket (VPN) och att brandväggen släpper igenom porten.',
  'db.auth':
    'Användarnamnet eller lösenordet stämmer inte för databasen. Kontrollera dem, eller be den som sköter servern om en roll.',
  'db.noDatabase':
    'Databasen finns inte på servern. Kontrollera namnet, eller be den som sköter servern att skapa den.',
  'db.tls':
    'Den krypterade anslutningen (TLS) till databasservern misslyckades: servern erbjuder ingen TLS, eller dess certifikat är inte betrott. Kontrollera TLS-läget.',
  'db.connectionFailed':
    'Det gick inte att ansluta till databasen. Kontrollera uppgifterna och försök igen.',
  'db.offline':
    'Teamdatabasen kan inte nås just nu. Kontrollera nätverket (VPN) och försök igen om en stund.',
  'db.readOnly':
    'Teamdatabasen kan inte nås. Det som visas är senast lästa kopian, och den går inte att ändra förrän databasen nås igen.',
  'backup.failed':
    'Säkerhetskopian kunde inte skapas. Kontrollera att det finns utrymme och att mappen går att skriva till.',
  'key.sealed':
    'Databasens nyckel är låst i skrivbordsprogrammets nyckelring. Öppna databasen i Kundstart-appen.',
  'key.noKeychain':
    'Datorn saknar en nyckelring för databasens nyckel, och en nyckelfil godkändes inte. Inget är ändrat.',
  'key.wrongTeamKey':
    'Den här datorns nyckel passar inte teamdatabasen: personnumren går inte att läsa med den. Importera teamets nyckel från en kollega. Inget är ändrat.',
  'key.teamKeyMissing':
    'Den här datorn har ännu inte teamdatabasens nyckel. Be en kollega exportera teamets nyckel och importera den under Inställningar → Databas. Inget är ändrat.',
  'key.wrongKey':
    'Nyckeln bredvid databasfilen hör inte till filen: personnumren går inte att läsa med den. Inget är ändrat.',
  'key.passphrase': 'Lösenfrasen stämmer inte för nyckelfilen. Inget är ändrat.',
  'key.fileDamaged':
    'Filen är ingen nyckelfil från Kundstart, eller så är den skadad. Inget är ändrat.',
  'key.notTeam': 'Teamets nyckel finns bara för en teamdatabas på PostgreSQL.',
  'restore.failed': 'Säkerhetskopian kunde inte läsas in. Dina nuvarande uppgifter är oförändrade.',
  'backup.passphrase':
    'Lösenfrasen stämmer inte för den här säkerhetskopian. Dina nuvarande uppgifter är oförändrade.',
  'backup.damaged':
    'Säkerhetskopian är skadad eller ofullständig och kan inte läsas in. Dina nuvarande uppgifter är oförändrade.',
  'backup.notFound': 'Säkerhetskopian finns inte längre. Välj en annan.',
  'backup.otherKey':
    'Kopian är gjord före en återställning från fil och hör till en annan nyckel. Välj en senare kopia eller säkerhetskopians fil. Dina nuvarande uppgifter är oförändrade.',
  'prices.none':
    'Det finns ingen prislista som gäller för månaden. Lägg in byråns prislista under Byrå.',
  'prices.duplicateCode': 'Samma tilläggstjänst (kod) står två gånger i prislistan.',
  'prices.last': 'Den sista prislistan kan inte tas bort. Lägg in en ny först.',
  'prices.notFound': 'Prislistan finns inte längre.',
  'addon.unknown': 'Tilläggstjänsten finns inte i prislistan.',
  'addon.notFound': 'Tilläggstjänsten finns inte längre hos kunden.',
  'addon.dates': 'Slutdatum kan inte ligga före startdatum.',
  'audit.dateRange':
    'Till-datumet ligger före från-datumet. Byt plats på dem eller ändra ett av dem.',
  'month.closed': 'Ändringen rör en stängd månad. Öppna månaden först om den verkligen ska ändras.',
  'month.notEnded': 'Månaden är inte slut än och kan inte stängas.',
  'month.notClosed': 'Månaden är inte stängd.',
  'text.control':
    'Texten innehåller osynliga styrtecken (till exempel från en kopierad cell). Skriv om värdet.',
  'export.folderMissing': 'Mappen finns inte. Välj en mapp som finns, eller skapa den först.',
  'prices.marginNegative':
    'Återförsäljarpriset är högre än listpriset: byrån säljer då med förlust. Kontrollera priserna.',
  'date.outOfRange': 'Datumet ligger orimligt långt bort. Kontrollera årtalet.',
  'prices.marginZero':
    'Återförsäljarpriset är lika med listpriset: byrån tjänar inget på det. Sparat ändå.',
  'prices.bigChange':
    'Priset ändras mer än 50 % mot versionen före. Sparat ändå; kontrollera att det stämmer.',
  'date.farAway': 'Datumet ligger mer än ett år från i dag. Sparat ändå; kontrollera årtalet.',
  'mail.notConfigured':
    'Ingen e-postserver är inställd. Fyll i byråns SMTP-server under Byrån > E-post.',
  'mail.insecure':
    'Okrypterad anslutning tillåts bara till en server på den egna datorn. Välj STARTTLS eller TLS.',
  'mail.hostMissing': 'Fyll i e-postserverns namn, till exempel smtp.byran.se.',
  'mail.dns':
    'E-postservern hittades inte. Kontrollera servernamnet och att datorn är ansluten till internet.',
  'mail.refused':
    'E-postservern tog inte emot anslutningen. Kontrollera port och servernamn, eller att servern är igång.',
  'mail.timeout':
    'E-postservern svarade inte i tid. Försök igen senare eller kontrollera port och brandvägg.',
  'mail.tls':
    'Den krypterade anslutningen till e-postservern misslyckades. Kontrollera säkerhetsvalet (STARTTLS eller TLS) och porten.',
  'mail.auth':
    'E-postservern godkände inte användarnamnet eller lösenordet. Kontrollera inloggningsuppgifterna.',
  'mail.senderRefused':
    'E-postservern vägrade avsändaradressen. Använd en adress som servern får skicka från.',
  'mail.recipientRefused': 'E-postservern vägrade mottagarens adress. Kontrollera e-postadressen.',
  'mail.connectionLost':
    'Anslutningen till e-postservern bröts under sändningen. Meddelandet skickas igen automatiskt.',
  'mail.failed': 'Meddelandet kunde inte skickas. Se felorsaken och försök igen.',
  'mailTemplate.placeholder':
    'Mallen innehåller ett fält som inte finns. Välj bland fälten som listas vid mallen.',
  'mailTemplate.syntax':
    'Mallen har ett fel i en {{#…}}-sektion: varje sektion måste avslutas med {{/…}}.',
  'contact.noEmail':
    'Kundens primära kontakt har ingen e-postadress. Fyll i den eller markera kontakten som informerad på annat sätt.',
  'invite.incomplete': 'Några av användarna saknar uppgifter. Bekräfta att de ska bjudas in ändå.',
  'invite.alreadyInvited': 'Användaren är redan inbjuden.',
  'invite.noEmail': 'Användaren har ingen e-postadress och får ett BankID-brev i stället.',
  'invite.notSent':
    'Användaren har inte fått något välkomstmeddelande än. Bjud in användaren innan du påminner.',
  'invite.loggedIn': 'Användaren har redan loggat in och behöver ingen påminnelse.',
  'letters.none':
    'Ingen av kundens användare saknar e-postadress, så det finns inga BankID-brev att skriva. Välj användare om de ändå ska få brev.',
  'outbox.notFound': 'Meddelandet finns inte längre i utkorgen.',
  'outbox.wrongState':
    'Meddelandet kan inte ändras i sitt nuvarande läge (till exempel redan skickat).',
  'blikk.notConnected':
    'Kunden är inte ansluten till Blikk. Ange API-applikationens id och hemlighet först.',
  'blikk.auth':
    'Blikk godtog inte inloggningen. Kontrollera API-applikationens id och hemlighet hos kundens administratör.',
  'blikk.forbidden':
    'API-applikationen saknar behörighet att läsa användare i Blikk. Be kundens administratör ge den behörighet till användare.',
  'blikk.offline':
    'Blikk gick inte att nå. Kontrollera att datorn är ansluten till internet och adressen till Blikks API.',
  'blikk.timeout': 'Blikk svarade inte i tid. Försök igen om en stund.',
  'blikk.unavailable': 'Blikk är inte tillgängligt just nu (fel hos Blikk). Försök igen senare.',
  'blikk.notBlikk':
    'Svaret kom inte från Blikks API. Kontrollera adressen till Blikks API under Inställningar.',
  'blikk.malformed': 'Blikk svarade med uppgifter som inte gick att läsa. Ingenting har ändrats.',
  'blikk.cancelled': 'Avstämningen avbröts. Kunder som hann stämmas av har sina resultat kvar.',
  'blikk.busy': 'En avstämning mot Blikk pågår redan. Vänta tills den är klar eller avbryt den.',
  'blikk.notReconciled': 'Kunden har inte stämts av mot Blikk ännu.',
  'blikk.differenceGone': 'Skillnaden finns inte längre. Stäm av kunden igen för att se läget nu.',
  'blikk.notAcceptable':
    'Blikks värde går inte att använda i Kundstart. Behåll det förberedda värdet och rätta det i Blikk.',
  'blikk.urlInvalid':
    'Adressen till Blikks API måste börja med https:// (http:// bara för den egna datorn).',
  'copy.customersExist':
    'Teamdatabasen har redan några av filens kunder (samma organisationsnummer). Inget är kopierat.',
  'copy.sourceOutdated':
    'Filen är sparad av en äldre version av Kundstart. Öppna den i Kundstart en gång så att den uppgraderas, och kopiera sedan. Inget är kopierat.',
  'copy.failed': 'Kopieringen avbröts. Teamdatabasen är oförändrad.',
  'copy.verifyFailed': 'Kopian stämde inte med filen vid kontrollen. Teamdatabasen är oförändrad.',
  'copy.cancelled': 'Kopieringen avbröts. Teamdatabasen är oförändrad.',
  'copy.busy': 'En kopiering till teamdatabasen pågår redan. Vänta tills den är klar.',
  'copy.notOnFile':
    'Kundstart körs redan på en teamdatabas. Bara en egen databasfil kan flyttas till teamdatabasen.',
};

export const errorsEn: Record<ErrorCode, string> = {
  'input.invalid':
    'A field holds a value that cannot be saved. Check the marked fields and try again.',
  'channel.unknown': 'This action does not exist in your version of Kundstart. Restart the app.',
  internal: 'Something went wrong in Kundstart. Try again; if it persists, restart the app.',
  'ipc.forbidden': 'The action was refused for security reasons. Restart Kundstart and try again.',
  'core.restarted':
    "Kundstart's background process stopped and was restarted. What you just did was not saved: try again.",
  'name.missing': 'The name is missing. Enter a name.',
  'orgnr.invalid': 'The organisation number is not valid. Check the digits (NNNNNN-NNNN).',
  'orgnr.missing': "The organisation number is missing. Enter the bureau's number (NNNNNN-NNNN).",
  'orgnr.duplicate': 'A customer with this organisation number already exists.',
  'email.invalid': 'The e-mail address does not look right. Write it as name@company.se.',
  'email.missing': 'Enter an e-mail address. The invoice is sent there as a PDF.',
  'phone.invalid':
    'The phone number does not look right. For example 08-123 456 78 or +46 8 123 456 78.',
  'address.missing': 'Enter a complete postal address: street, postal code and city.',
  'personnummer.format':
    'The personal identity number has the wrong format. Write it as YYYYMMDD-NNNN.',
  'personnummer.checksum':
    'The personal identity number is not valid: the last (check) digit is wrong. Check the digits.',
  'personnummer.date':
    'The personal identity number holds a date that does not exist. Check the date of birth.',
  'licences.min': 'Enter at least one licence (a whole number).',
  'licences.exceeded':
    'The customer has no licences left. Raise the number of licences before adding more users.',
  'licences.belowUsers':
    "The number of licences cannot go below the customer's users. Remove users first.",
  'email.duplicate': "Another of the customer's users already has this e-mail address.",
  'personnummer.duplicate':
    "Another of the customer's users already has this personal identity number.",
  'employeeNumber.duplicate': "Another of the customer's users already has this employee number.",
  'role.unknown': 'Choose a role: Reporter, Approver or Administrator.',
  'salaryForm.unknown': 'Choose a salary form: monthly or hourly pay.',
  'approver.unknown': 'The chosen approver is no longer at the customer. Choose another.',
  'approver.notApprover': 'The chosen person cannot approve. Choose an Approver or Administrator.',
  'approver.hasApprovees':
    'The user approves the time of others. Choose a new approver for them first.',
  'login.none':
    'The user needs an e-mail address or a personal identity number to log in. Enter at least one.',
  'personnummer.missing':
    'The personal identity number is missing. Without it the user cannot log in with BankID.',
  'employeeNumber.missing': 'The employee number is missing.',
  'salaryForm.missing': 'The salary form is missing.',
  'approver.missing': 'The approver is missing.',
  'user.notFound': 'The user was not found. It may have been removed.',
  'conflict.stale':
    'A colleague has changed this since you opened it. See what changed and choose whose changes to keep.',
  'import.cancelled': 'The import was cancelled. Nothing was saved.',
  'import.sessionExpired': 'The file being checked is no longer in memory. It is sent again.',
  'import.file':
    'The file could not be read. Save the list as CSV (semicolon-separated), Excel (.xlsx) or PAXml and try again.',
  'invoicing.resellerAgreementRequired':
    'A collective invoice needs a reseller agreement. Add it to the bureau profile or invoice the customer.',
  'invoicing.methodInvalid':
    'The method does not fit the payer: the bureau gets a collective invoice, the customer e-mail, e-invoice or paper.',
  'invoicing.peppolIdInvalid':
    'The Peppol ID does not look right. Write the scheme code, a colon and the number, e.g. 0007:5560160680.',
  'invoicing.glnInvalid': 'The GLN is not valid. It has 13 digits, the last one a check digit.',
  'agreement.numberMissing': 'Enter the number of the reseller agreement.',
  'date.invalid': 'The date does not exist. Write it as YYYY-MM-DD.',
  'customer.notFound': 'The customer was not found. It may have been removed.',
  'person.query': 'Search by either a personnummer or an e-mail address, not both.',
  'person.notFound': 'No person with those details is held in Kundstart.',
  'settings.codeUnknown': 'The code is not one of the standard codes.',
  'settings.codeDuplicate':
    'The code already exists. Choose a code that is neither a standard code nor another custom one.',
  'settings.flexCoreTimes': 'The core time must end after it starts.',
  'settings.otherNameMissing': "Enter the payroll system's name.",
  'profile.notFound': 'The profile was not found. It may have been deleted.',
  'profile.defaultUndeletable': 'The default profile cannot be deleted. New users get it.',
  'profile.inUse':
    'Users are linked to the profile. Move them to another profile before deleting it.',
  'profile.nameDuplicate': 'The customer already has a profile with that name. Choose another.',
  'template.notFound': 'The template was not found. It may have been deleted.',
  'bureau.missing': 'The bureau profile is not filled in yet. Fill it in first.',
  'db.newerVersion':
    'The data file was saved by a newer version of Kundstart. Update the app to open it.',
  'db.notKundstart':
    'This is not a Kundstart database: it holds tables other than Kundstart’s, or is damaged. Choose an empty database or one Kundstart created.',
  'db.unknownHost':
    'The database server was not found. Check the server name, and that this computer is on the bureau’s network (VPN).',
  'db.refused':
    'The database server refused the connection. Check the port (usually 5432) and that PostgreSQL runs on the server.',
  'db.timeout':
    'The database server did not answer in time. Check the server name, the network (VPN) and that the firewall lets the port through.',
  'db.auth':
    'The user name or password is wrong for the database. Check them, or ask whoever runs the server for a role.',
  'db.noDatabase':
    'The database does not exist on the server. Check its name, or ask whoever runs the server to create it.',
  'db.tls':
    'The encrypted connection (TLS) to the database server failed: the server offers no TLS, or its certificate is not trusted. Check the TLS mode.',
  'db.connectionFailed': 'Could not connect to the database. Check the details and try again.',
  'db.offline':
    'The team database cannot be reached right now. Check the network (VPN) and try again in a while.',
  'db.readOnly':
    'The team database cannot be reached. What you see is the last-read copy, which cannot be changed until the database is reachable again.',
  'backup.failed':
    'The backup could not be made. Check that there is space and the folder is writable.',
  'key.sealed':
    "The database key is sealed in the desktop app's keychain. Open it in the Kundstart app.",
  'key.noKeychain':
    'This computer has no keychain for the database key, and a key file was not accepted. Nothing has changed.',
  'key.wrongTeamKey':
    "This computer's key does not fit the team database: its personnummer cannot be read with it. Import the team key from a colleague. Nothing has changed.",
  'key.teamKeyMissing':
    'This computer does not have the team database’s key yet. Ask a colleague to export the team key and import it under Settings → Database. Nothing has changed.',
  'key.wrongKey':
    'The key beside the database file does not belong to it: its personnummer cannot be read with it. Nothing has changed.',
  'key.passphrase': 'The passphrase does not match the key file. Nothing has changed.',
  'key.fileDamaged': 'The file is not a Kundstart key file, or it is damaged. Nothing has changed.',
  'key.notTeam': 'The team key exists only for a team database on PostgreSQL.',
  'restore.failed': 'The backup could not be restored. Your current data is unchanged.',
  'backup.passphrase': 'The passphrase does not match this backup. Your current data is unchanged.',
  'backup.damaged':
    'The backup is damaged or incomplete and cannot be restored. Your current data is unchanged.',
  'backup.notFound': 'The backup no longer exists. Choose another.',
  'backup.otherKey':
    'The copy was made before a restore from a file and belongs to another key. Choose a later copy or the backup file. Your current data is unchanged.',
  'prices.none': 'No price list applies to this month. Add the bureau’s price list under Bureau.',
  'prices.duplicateCode': 'The same add-on service (code) appears twice in the price list.',
  'prices.last': 'The last price list cannot be deleted. Add a new one first.',
  'prices.notFound': 'The price list no longer exists.',
  'addon.unknown': 'The add-on service is not in the price list.',
  'addon.notFound': 'The customer no longer has this add-on service.',
  'addon.dates': 'The end date cannot be before the start date.',
  'audit.dateRange': 'The "to" date is before the "from" date. Swap them or change one.',
  'month.closed':
    'The change affects a closed month. Reopen the month first if it really must change.',
  'month.notEnded': 'The month has not ended yet and cannot be closed.',
  'month.notClosed': 'The month is not closed.',
  'text.control':
    'The text holds invisible control characters (from a copied cell, say). Type the value again.',
  'export.folderMissing':
    'The folder does not exist. Choose a folder that exists, or create it first.',
  'prices.marginNegative':
    'The reseller price is above the list price: the bureau would sell at a loss. Check the prices.',
  'date.outOfRange': 'The date is implausibly far away. Check the year.',
  'prices.marginZero':
    'The reseller price equals the list price: the bureau earns nothing on it. Saved anyway.',
  'prices.bigChange':
    'The price changes by more than 50 % from the version before. Saved anyway; check it.',
  'date.farAway': 'The date is more than a year from today. Saved anyway; check the year.',
  'mail.notConfigured':
    "No mail server is set up. Enter the bureau's SMTP server under Bureau > E-mail.",
  'mail.insecure':
    'An unencrypted connection is only allowed to a server on this computer. Choose STARTTLS or TLS.',
  'mail.hostMissing': "Fill in the mail server's name, for example smtp.bureau.se.",
  'mail.dns':
    'The mail server was not found. Check the server name and that the computer is online.',
  'mail.refused':
    'The mail server refused the connection. Check the port and server name, or that the server is running.',
  'mail.timeout':
    'The mail server did not answer in time. Try again later or check the port and firewall.',
  'mail.tls':
    'The encrypted connection to the mail server failed. Check the security choice (STARTTLS or TLS) and the port.',
  'mail.auth': 'The mail server did not accept the user name or password. Check the login details.',
  'mail.senderRefused':
    'The mail server refused the sender address. Use an address the server may send from.',
  'mail.recipientRefused':
    "The mail server refused the recipient's address. Check the e-mail address.",
  'mail.connectionLost':
    'The connection to the mail server was lost while sending. The message will be sent again automatically.',
  'mail.failed': 'The message could not be sent. See the reason and try again.',
  'mailTemplate.placeholder':
    'The template has a field that does not exist. Choose among the fields listed beside the template.',
  'mailTemplate.syntax':
    'The template has an error in a {{#…}} section: every section must end with {{/…}}.',
  'contact.noEmail':
    "The customer's primary contact has no e-mail address. Add one, or mark the contact as informed another way.",
  'invite.incomplete':
    'Some of the users lack details. Confirm that they should be invited anyway.',
  'invite.alreadyInvited': 'The user has already been invited.',
  'invite.noEmail': 'The user has no e-mail address and gets a BankID letter instead.',
  'invite.notSent':
    'The user has not had a welcome message yet. Invite the user before sending a reminder.',
  'invite.loggedIn': 'The user has already logged in and needs no reminder.',
  'letters.none':
    'None of the customer’s users lacks an e-mail address, so there are no BankID letters to write. Choose users if they should get letters anyway.',
  'outbox.notFound': 'The message is no longer in the outbox.',
  'outbox.wrongState':
    'The message cannot be changed in its current state (for example, already sent).',
  'blikk.notConnected':
    'The customer is not connected to Blikk. Enter the API application id and secret first.',
  'blikk.auth':
    "Blikk did not accept the credentials. Check the API application id and secret with the customer's administrator.",
  'blikk.forbidden':
    "The API application is not allowed to read users in Blikk. Ask the customer's administrator to grant it access to users.",
  'blikk.offline':
    "Blikk could not be reached. Check that the computer is online and the address of Blikk's API.",
  'blikk.timeout': 'Blikk did not answer in time. Try again in a while.',
  'blikk.unavailable': 'Blikk is unavailable right now (an error at Blikk). Try again later.',
  'blikk.notBlikk':
    "The answer did not come from Blikk's API. Check the address of Blikk's API under Settings.",
  'blikk.malformed': 'Blikk answered with data that could not be read. Nothing has been changed.',
  'blikk.cancelled':
    'The reconciliation was cancelled. Customers already reconciled keep their results.',
  'blikk.busy':
    'A reconciliation with Blikk is already running. Wait for it to finish or cancel it.',
  'blikk.notReconciled': 'The customer has not been reconciled with Blikk yet.',
  'blikk.differenceGone':
    'The difference no longer exists. Reconcile the customer again to see the current state.',
  'blikk.notAcceptable':
    "Blikk's value cannot be used in Kundstart. Keep the prepared value and correct it in Blikk.",
  'blikk.urlInvalid':
    "The address of Blikk's API must start with https:// (http:// only for this computer).",
  'copy.customersExist':
    'The team database already has some of the file’s customers (same organisation number). Nothing was copied.',
  'copy.sourceOutdated':
    'The file was saved by an older version of Kundstart. Open it in Kundstart once to upgrade it, then copy. Nothing was copied.',
  'copy.failed': 'The copy was stopped. The team database is unchanged.',
  'copy.verifyFailed':
    'The copy did not match the file when checked. The team database is unchanged.',
  'copy.cancelled': 'The copy was cancelled. The team database is unchanged.',
  'copy.busy': 'A copy to the team database is already running. Wait until it has finished.',
  'copy.notOnFile':
    'Kundstart already runs on a team database. Only an own database file can be moved to the team database.',
};

/**
 * A refusal that names what it is about when its details say it ({{month}}: "Mars 2026"). The
 * plain sentences above stand in when the details are missing.
 */
export const namedErrorsSv = {
  'month.closed': '{{month}} är stängd. Öppna månaden först om ändringen verkligen ska gälla den.',
} satisfies Partial<Record<ErrorCode, string>>;

export const namedErrorsEn: Record<keyof typeof namedErrorsSv, string> = {
  'month.closed': '{{month}} is closed. Reopen the month first if the change really must reach it.',
};
