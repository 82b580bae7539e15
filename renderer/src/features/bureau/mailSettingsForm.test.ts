import { describe, expect, it } from 'vitest';
import type { MailSettings } from '../../../../shared/schemas/mail';
import {
  mailSettingsProblems,
  mailSettingsValues,
  portAfterSecurityChange,
  toMailSettingsInput,
} from './mailSettingsForm';

const STORED: MailSettings = {
  host: 'smtp.ekask.se',
  port: 465,
  security: 'tls',
  username: 'utskick@ekask.se',
  hasPassword: true,
  senderName: 'Ek & Ask',
  senderAddress: 'utskick@ekask.se',
  replyTo: '',
  retentionDays: 30,
  updatedAt: '2026-12-01T10:00:00.000Z',
};

describe('the mail settings card', () => {
  it('starts with STARTTLS on 587, the bureau as sender name and 90 days', () => {
    expect(mailSettingsValues(null, 'Ek & Ask AB')).toMatchObject({
      port: '587',
      security: 'starttls',
      senderName: 'Ek & Ask AB',
      retentionDays: '90',
      password: '',
    });
  });

  it('keeps the stored password unless one is typed; removing sends an empty one', () => {
    const values = mailSettingsValues(STORED);
    expect(toMailSettingsInput(values)).not.toHaveProperty('password');
    expect(toMailSettingsInput({ ...values, password: 'nytt lösen' }).password).toBe('nytt lösen');
    expect(toMailSettingsInput({ ...values, removePassword: true }).password).toBe('');
  });

  it('moves the port with the security choice, unless typed by hand', () => {
    expect(portAfterSecurityChange('587', 'starttls', 'tls')).toBe('465');
    expect(portAfterSecurityChange('465', 'tls', 'starttls')).toBe('587');
    expect(portAfterSecurityChange('587', 'starttls', 'none')).toBe('25');
    expect(portAfterSecurityChange('2525', 'starttls', 'tls')).toBe('2525');
  });

  it('names each field in error with the service’s codes', () => {
    const values = mailSettingsValues(STORED);
    expect(mailSettingsProblems(values)).toEqual({});
    expect(
      mailSettingsProblems({
        ...values,
        host: ' ',
        port: '70000',
        senderAddress: 'utskick på ekask',
        retentionDays: 'nittio',
      }),
    ).toEqual({
      host: 'mail.hostMissing',
      port: 'input.invalid',
      senderAddress: 'email.invalid',
      retentionDays: 'input.invalid',
    });
    expect(mailSettingsProblems({ ...values, security: 'none' })).toEqual({
      security: 'mail.insecure',
    });
    expect(mailSettingsProblems({ ...values, host: 'localhost', security: 'none' })).toEqual({});
  });
});
