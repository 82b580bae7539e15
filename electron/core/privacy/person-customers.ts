import { IsNull, Not, type EntityManager } from 'typeorm';
import { CustomerEntity } from '../db/entities';
import { CustomerMessagingEntity } from '../db/mail-entities';

/* A person may also be written into a customer's own fields by staff: as the address its
   invoices go to, or in the note on how its primary contact was informed. */

/** A customer whose invoices go to one of the person's addresses. */
export interface InvoiceEmailRow {
  customerId: string;
  invoiceEmail: string;
}

/** A note on informing a customer's contact that names the person or an address of theirs. */
export interface InformedNoteRow {
  customerId: string;
  note: string;
}

export async function findInvoiceEmails(
  m: EntityManager,
  addresses: string[],
): Promise<InvoiceEmailRow[]> {
  if (addresses.length === 0) return [];
  const rows = await m
    .createQueryBuilder(CustomerEntity, 'c')
    .select(['c.id', 'c.invoiceEmail'])
    .where('lower(c.invoice_email) IN (:...addresses)', { addresses })
    .getMany();
  return rows.map((c) => ({ customerId: c.id, invoiceEmail: c.invoiceEmail }));
}

/**
 * Notes are one per customer and short; they are matched here rather than in SQL because
 * SQLite's lower() and LIKE fold ASCII only, and names are often not (Örjan, Åsa).
 */
export async function findInformedNotes(
  m: EntityManager,
  names: string[],
  addresses: string[],
): Promise<InformedNoteRow[]> {
  const needles = [...names.map((n) => n.toLowerCase()), ...addresses];
  if (needles.length === 0) return [];
  const rows = await m.find(CustomerMessagingEntity, {
    select: { customerId: true, contactInformedNote: true },
    where: { contactInformedNote: Not(IsNull()) },
  });
  return rows.flatMap(({ customerId, contactInformedNote: note }) =>
    note && needles.some((needle) => note.toLowerCase().includes(needle))
      ? [{ customerId, note }]
      : [],
  );
}

/** The note with each of the person's names and addresses replaced, whatever their case. */
export function redactNote(
  note: string,
  names: string[],
  addresses: string[],
  words: { name: string; address: string },
): string {
  const pattern = (values: string[]) =>
    new RegExp(values.map((v) => v.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'giu');
  let redacted = note;
  if (addresses.length) redacted = redacted.replace(pattern(addresses), words.address);
  if (names.length) redacted = redacted.replace(pattern(names), words.name);
  return redacted;
}
