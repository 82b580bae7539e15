import { AppError } from '../../../shared/errors';
import type {
  ContactPreview,
  CustomerMessaging,
  MessageLanguage,
} from '../../../shared/schemas/mail';
import type { ServiceContext } from '../context';

export async function getMessaging(
  _ctx: ServiceContext,
  _customerId: string,
): Promise<CustomerMessaging> {
  throw new AppError('internal', 'Inte byggt ännu');
}

export async function setLanguage(
  _ctx: ServiceContext,
  _customerId: string,
  _language: MessageLanguage,
): Promise<CustomerMessaging> {
  throw new AppError('internal', 'Inte byggt ännu');
}

export async function previewContact(
  _ctx: ServiceContext,
  _customerId: string,
): Promise<ContactPreview> {
  throw new AppError('internal', 'Inte byggt ännu');
}

/** Queues the primary-contact summary; step 4 is done once the outbox has sent it. */
export async function informContact(
  _ctx: ServiceContext,
  _customerId: string,
): Promise<CustomerMessaging> {
  throw new AppError('internal', 'Inte byggt ännu');
}

/** Informed another way (a call, a meeting), with a note; or undone with informed: false. */
export async function markContactInformed(
  _ctx: ServiceContext,
  _input: { customerId: string; note: string; informed: boolean },
): Promise<CustomerMessaging> {
  throw new AppError('internal', 'Inte byggt ännu');
}
