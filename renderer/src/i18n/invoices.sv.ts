/**
 * The monthly collective invoice (samlingsfaktura), in Swedish: the `invoices` namespace, merged
 * into the resources in index.ts. invoices.en.ts must have the same shape (checked by its type).
 */
export const invoicesSv = {
  title: 'Samlingsfaktura',
};
