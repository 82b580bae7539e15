/**
 * The audit log's page ("Händelselogg"): filters, the list, its export. The kinds' names
 * ("Användare skapad") are in shared/audit/kinds.ts: the core's export writes them too.
 */
export const auditLogSv = {
  nav: 'Händelselogg',
  /** On a customer's page, beside its recent history. */
  openForCustomer: 'Hela historiken i händelseloggen',
  title: 'Händelselogg',
  count_one: '{{formatted}} händelse',
  count_other: '{{formatted}} händelser',
  counting: 'Räknar …',
  filters: {
    label: 'Filter för händelseloggen',
    customer: 'Kund',
    allCustomers: 'Alla kunder',
    user: 'Användare',
    allUsers: 'Alla användare',
    chooseCustomerFirst: 'Välj kund först',
    actor: 'Personal',
    dbRole: 'Databasroll',
    allActors: 'All personal',
    kind: 'Händelse',
    allKinds: 'Alla händelser',
    from: 'Från och med',
    to: 'Till och med',
    dateHelper: 'ÅÅÅÅ-MM-DD',
    dateInvalid: 'Skriv datumet som ÅÅÅÅ-MM-DD',
    text: 'Sök på vem det gäller',
    clear: 'Rensa filter',
  },
  columns: {
    when: 'Tid',
    actor: 'Personal',
    what: 'Händelse',
    subject: 'Gäller',
    customer: 'Kund',
    changes: 'Ändringar',
  },
  listLabel: 'Händelser, nyaste först',
  showChanges: 'Visa ändringar för {{what}} {{when}}',
  hideChanges: 'Dölj ändringar för {{what}} {{when}}',
  noChanges: 'Inga fält att visa.',
  noCustomer: '–',
  unknownActor: 'Okänd',
  loadingMore: 'Hämtar fler händelser …',
  end: 'Inga äldre händelser.',
  empty:
    'Loggen är tom. Här hamnar allt som ändras i Kundstart: kunder, användare, inställningar och utskick.',
  emptyFiltered: 'Inga händelser passar filtren.',
  export: {
    button: 'Exportera',
    running: 'Exporterar …',
    menuLabel: 'Exportera händelseloggen',
    xlsx: 'Excel (XLSX)',
    csv: 'CSV för Excel',
    done: 'Sparad som {{fileName}}',
  },
};
