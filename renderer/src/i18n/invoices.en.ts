import type { invoicesSv } from './invoices.sv';

type Shape<T> = { [K in keyof T]: T[K] extends string ? string : Shape<T[K]> };

export const invoicesEn: Shape<typeof invoicesSv> = {
  title: 'Collective invoice',
};
