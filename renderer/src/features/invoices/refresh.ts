import type { EventName } from '../../../../shared/contract';

/** The invoice changes with prices and add-ons, closing, and the customers' licences and names. */
export const REFRESH_ON: readonly EventName[] = ['invoices:changed', 'customers:changed'];
