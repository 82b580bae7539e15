import { In, type EntityManager } from 'typeorm';
import { AppError } from '../../../shared/errors';
import type {
  ContactPreview,
  CustomerMessaging,
  MessageLanguage,
} from '../../../shared/schemas/mail';
import { actorName, writeAudit } from '../audit/audit-service';
import { PrimaryContactEntity } from '../db/entities';
import { OutboxEntity, type CustomerMessagingRow } from '../db/mail-entities';
import { isoNow, type ServiceContext } from '../context';
import { assertCustomer } from '../settings/settings-service';
import { contactSummaryData, customerData } from './message-data';
import { languageOf, messagingRow, patchMessaging } from './messaging-store';
import { domainOf, enqueueMessages } from './outbox-store';
import { renderMail } from './render';
import { loadSmtpConfig } from './settings-service';
import type { RenderedMail } from './template-data';

/** A summary in one of these states is still on its way: informing again would send it twice. */
const ON_ITS_WAY = new Set(['queued', 'sending', 'interrupted']);
const NOT_SENT = new Set([...ON_ITS_WAY, 'failed']);

export async function getMessaging(
  ctx: ServiceContext,
  customerId: string,
): Promise<CustomerMessaging> {
  await assertCustomer(ctx.ds.manager, customerId);
  return messagingOf(ctx.ds.manager, customerId);
}

/** The customer's language is used for every message to its contact and users. */
export async function setLanguage(
  ctx: ServiceContext,
  customerId: string,
  language: MessageLanguage,
): Promise<CustomerMessaging> {
  const result = await ctx.ds.transaction(async (m) => {
    const customer = await customerData(m, customerId);
    const before = await messagingRow(m, customerId);
    await patchMessaging(m, customerId, isoNow(ctx), { language });
    await writeAudit(ctx, m, {
      entity: 'customer.messaging',
      entityId: customerId,
      customerId,
      action: 'update',
      before: { language: languageOf(before) },
      after: { language },
      subject: customer.name,
    });
    return messagingOf(m, customerId);
  });
  ctx.emit('customers:changed', { ids: [customerId] });
  return result;
}

export async function previewContact(
  ctx: ServiceContext,
  customerId: string,
): Promise<ContactPreview> {
  const { mail, to } = await contactSummary(ctx, ctx.ds.manager, customerId);
  return { ...mail, to, problems: [] };
}

/**
 * Queues the primary-contact summary; step 4 is done once the outbox has sent it. A summary
 * still on its way is not queued again; one that failed is replaced by the fresh one.
 */
export async function informContact(
  ctx: ServiceContext,
  customerId: string,
): Promise<CustomerMessaging> {
  const { mail, to } = await contactSummary(ctx, ctx.ds.manager, customerId);
  if (!to) throw new AppError('contact.noEmail', 'Kundens primära kontakt har ingen e-postadress');
  const smtp = await loadSmtpConfig(ctx);
  const result = await ctx.ds.transaction(async (m) => {
    const latest = await pendingSummary(m, customerId);
    if (latest && ON_ITS_WAY.has(latest.state)) return messagingOf(m, customerId);
    if (latest?.state === 'failed') {
      await m.update(
        OutboxEntity,
        { id: latest.id },
        { state: 'cancelled', updatedAt: isoNow(ctx) },
      );
    }
    const payload = { to, subject: mail.subject, text: mail.text, html: mail.html };
    const [queued] = await enqueueMessages(
      ctx,
      m,
      [{ customerId, userId: null, kind: 'contactSummary', payload }],
      { senderDomain: domainOf(smtp.senderAddress) },
    );
    await writeAudit(ctx, m, {
      entity: 'contact.summary',
      entityId: queued?.id ?? customerId,
      customerId,
      action: 'create',
      before: null,
      after: { to: to.address, subject: mail.subject },
      subject: to.name,
    });
    return messagingOf(m, customerId);
  });
  ctx.emit('outbox:changed', { customerIds: [customerId] });
  ctx.emit('customers:changed', { ids: [customerId] });
  ctx.kickOutbox();
  return result;
}

/** Informed another way (a call, a meeting), with a note; or undone with informed: false. */
export async function markContactInformed(
  ctx: ServiceContext,
  input: { customerId: string; note: string; informed: boolean },
): Promise<CustomerMessaging> {
  const { customerId } = input;
  const result = await ctx.ds.transaction(async (m) => {
    const customer = await customerData(m, customerId);
    const before = await messagingRow(m, customerId);
    const after = await patchMessaging(
      m,
      customerId,
      isoNow(ctx),
      input.informed
        ? {
            contactInformedAt: isoNow(ctx),
            contactInformedHow: 'other',
            contactInformedNote: input.note.trim() || null,
            contactInformedBy: await actorName(m),
          }
        : {
            contactInformedAt: null,
            contactInformedHow: null,
            contactInformedNote: null,
            contactInformedBy: null,
          },
    );
    await writeAudit(ctx, m, {
      entity: 'customer.messaging',
      entityId: customerId,
      customerId,
      action: 'update',
      before: informedView(before),
      after: informedView(after),
      subject: customer.name,
    });
    return messagingOf(m, customerId);
  });
  ctx.emit('customers:changed', { ids: [customerId] });
  return result;
}

async function messagingOf(m: EntityManager, customerId: string): Promise<CustomerMessaging> {
  const row = await messagingRow(m, customerId);
  return {
    customerId,
    language: languageOf(row),
    contactInformed: row.contactInformedAt
      ? {
          at: row.contactInformedAt,
          how: row.contactInformedHow === 'email' ? 'email' : 'other',
          note: row.contactInformedNote,
          by: row.contactInformedBy ?? '',
        }
      : null,
    pendingSummaryId: (await pendingSummary(m, customerId))?.id ?? null,
  };
}

/** The latest summary not yet sent (nor cancelled), unless a later one has been sent since. */
async function pendingSummary(m: EntityManager, customerId: string) {
  const latestOf = (states: Iterable<string>) =>
    m.findOne(OutboxEntity, {
      select: { id: true, state: true, createdAt: true },
      where: { customerId, kind: 'contactSummary', state: In([...states]) },
      order: { createdAt: 'DESC' },
    });
  const pending = await latestOf(NOT_SENT);
  const sent = pending && (await latestOf(['sent']));
  return pending && !(sent && sent.createdAt > pending.createdAt) ? pending : null;
}

/** The summary rendered in the customer's language, and the contact's address if it has one. */
async function contactSummary(ctx: ServiceContext, m: EntityManager, customerId: string) {
  const data = await contactSummaryData(m, customerId);
  const contact = await m.findOne(PrimaryContactEntity, { where: { customerId } });
  const language = languageOf(await messagingRow(m, customerId));
  const mail: RenderedMail = await renderMail(ctx, 'contactSummary', language, data);
  const to = contact?.email ? { name: contact.name, address: contact.email } : null;
  return { mail, to };
}

function informedView(row: CustomerMessagingRow): Record<string, unknown> {
  return {
    contactInformedAt: row.contactInformedAt,
    contactInformedHow: row.contactInformedHow,
    contactInformedNote: row.contactInformedNote,
  };
}
