export const STEPS = ['version', 'licences', 'customer', 'invoicing', 'summary'] as const;
export type StepId = (typeof STEPS)[number];

export const INVOICING_STEP = STEPS.indexOf('invoicing');
export const LAST_STEP = STEPS.length - 1;

/** The form fields each step shows: "Next" validates these (parents cover their children). */
export const STEP_FIELDS: Record<StepId, string[]> = {
  version: ['version'],
  licences: ['licences'],
  customer: ['customer', 'contact'],
  invoicing: ['invoicing', 'customer.invoiceEmail'],
  summary: [],
};

/** Where a field is edited, to send the user there when it has an error. */
export function stepOfField(field: string): number {
  const [head] = field.split('.');
  switch (head) {
    case 'version':
      return 0;
    case 'licences':
      return 1;
    case 'customer':
    case 'contact':
      return 2;
    case 'invoicing':
      return 3;
    default:
      return LAST_STEP;
  }
}
