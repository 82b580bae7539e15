import type { Handlers } from '../../../shared/contract/handlers';
import type { ServiceContext } from '../context';
import {
  getMessaging,
  informContact,
  markContactInformed,
  previewContact,
  setLanguage,
} from './contact-service';
import { invite, markBlikkWelcome, markLoggedIn, remind } from './invitation-service';
import { makeLetters } from './letters-service';
import {
  cancelMessages,
  confirmMessages,
  listOutbox,
  outboxStatus,
  retryMessages,
} from './outbox-service';
import { getMailSettings, saveMailSettings } from './settings-service';
import {
  listMailTemplates,
  previewMailTemplate,
  resetMailTemplate,
  saveMailTemplate,
} from './template-service';
import { sendTestMail } from './test-mail';

type MailChannel = Extract<
  keyof Handlers,
  | `mail:${string}`
  | `mailTemplates:${string}`
  | `messaging:${string}`
  | `contact:${string}`
  | `invitations:${string}`
  | `outbox:${string}`
>;

/** Steps 4 and 5's channels: the mail settings, templates, contact, invitations and outbox. */
export function createMailHandlers(ctx: ServiceContext): Pick<Handlers, MailChannel> {
  return {
    'mail:getSettings': () => getMailSettings(ctx),
    'mail:saveSettings': (input) => saveMailSettings(ctx, input),
    'mail:test': ({ to }) => sendTestMail(ctx, to),
    'mailTemplates:list': () => listMailTemplates(ctx),
    'mailTemplates:save': (input) => saveMailTemplate(ctx, input),
    'mailTemplates:reset': (input) => resetMailTemplate(ctx, input),
    'mailTemplates:preview': (input) => previewMailTemplate(ctx, input),
    'messaging:get': ({ customerId }) => getMessaging(ctx, customerId),
    'messaging:setLanguage': ({ customerId, language }) => setLanguage(ctx, customerId, language),
    'contact:preview': ({ customerId }) => previewContact(ctx, customerId),
    'contact:inform': ({ customerId }) => informContact(ctx, customerId),
    'contact:markInformed': (input) => markContactInformed(ctx, input),
    'invitations:invite': (input) => invite(ctx, input),
    'invitations:remind': ({ customerId, userIds }) => remind(ctx, customerId, userIds),
    'invitations:markBlikkWelcome': (input) => markBlikkWelcome(ctx, input),
    'invitations:markLoggedIn': (input) => markLoggedIn(ctx, input),
    'invitations:letters': async ({ customerId, userIds }) => {
      const file = await makeLetters(ctx, customerId, userIds);
      return {
        fileName: file.fileName,
        base64: file.bytes.toString('base64'),
        letters: file.userIds.length,
      };
    },
    'outbox:list': (input) => listOutbox(ctx, input),
    'outbox:status': () => outboxStatus(ctx),
    'outbox:retry': ({ ids }) => retryMessages(ctx, ids),
    'outbox:cancel': ({ ids }) => cancelMessages(ctx, ids),
    'outbox:confirm': (input) => confirmMessages(ctx, input),
  };
}
