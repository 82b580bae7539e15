import type { TFunction } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import type { CustomerMessaging, OutboxItem } from '../../../../shared/schemas/mail';
import { contactStateOf, contactStateText } from './contactState';
import { wayForward } from './InformErrorAlert';
import { swedishDate, swedishT } from './testT';

let t: TFunction;
beforeAll(async () => {
  t = await swedishT();
});

const base: CustomerMessaging = {
  customerId: 'c1',
  language: 'sv',
  contactInformed: null,
  pendingSummaryId: null,
};
const item = (patch: Partial<OutboxItem>): OutboxItem => ({
  id: 'm1',
  customerId: 'c1',
  customerName: 'Åkesson AB',
  userId: null,
  kind: 'contactSummary',
  state: 'queued',
  recipient: 'karin@akesson.example',
  subject: 'Användare',
  attempts: 0,
  nextAttemptAt: null,
  errorCode: null,
  errorText: null,
  createdAt: '2026-12-07T09:00:00Z',
  sentAt: null,
  ...patch,
});
const text = (m: CustomerMessaging, pending?: OutboxItem) =>
  contactStateText(t, contactStateOf(m, pending), swedishDate);

describe("the primary contact's state on the customer page", () => {
  it('is not informed until a summary is queued, then follows the message', () => {
    expect(text(base)).toBe('Inte informerad');
    const pending = { ...base, pendingSummaryId: 'm1' };
    expect(text(pending)).toBe('I kö att skickas');
    expect(text(pending, item({ state: 'failed', errorText: '550 nej' }))).toBe(
      'Kunde inte skickas',
    );
    expect(contactStateOf(pending, item({ state: 'failed', errorText: '550 nej' }))).toMatchObject({
      reason: '550 nej',
    });
    // Another customer's message is not this one's.
    expect(text(pending, item({ id: 'm2', state: 'failed' }))).toBe('I kö att skickas');
  });

  it('names the date and who, by e-mail or another way with its note', () => {
    const at = '2026-12-07T09:00:00Z';
    expect(text({ ...base, contactInformed: { at, how: 'email', note: null, by: 'Karin' } })).toBe(
      'Skickat 7 dec. 2026 av Karin',
    );
    const other = {
      ...base,
      contactInformed: { at, how: 'other' as const, note: 'Ringde', by: 'Bo' },
    };
    expect(text(other)).toBe('Informerad på annat sätt 7 dec. 2026 av Bo');
    expect(contactStateOf(other, null)).toMatchObject({ note: 'Ringde' });
  });
});

describe('a refusal of sending', () => {
  it('leads to the screen that fixes it: the mail settings, or the contact', () => {
    expect(wayForward('mail.notConfigured', 'c1')).toEqual({
      to: '/bureau',
      key: 'mailSettingsLink',
    });
    expect(wayForward('mail.auth', 'c1')?.to).toBe('/bureau');
    expect(wayForward('contact.noEmail', 'c1')?.to).toBe('/customers/c1/edit');
    expect(wayForward('internal', 'c1')).toBeNull();
  });
});
