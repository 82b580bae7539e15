import { describe, expect, it } from 'vitest';
import { UsageError } from '../../../electron/cli/output';
import { mailInput, parseSender, parseSmtpUrl } from '../../../electron/cli/smtp-flags';
import type { MailSettings } from '../../../shared/schemas/mail';

const STORED: MailSettings = {
  host: 'smtp.ekask.se',
  port: 587,
  security: 'starttls',
  username: 'utskick@ekask.se',
  hasPassword: true,
  senderName: 'Ek & Ask',
  senderAddress: 'utskick@ekask.se',
  replyTo: 'info@ekask.se',
  retentionDays: 90,
  updatedAt: '2026-12-01T10:00:00.000Z',
};

describe('--smtp-url', () => {
  it('smtps is TLS on 465, smtp STARTTLS on 587, smtp to this machine plain', () => {
    expect(parseSmtpUrl('smtps://u@smtp.ekask.se')).toMatchObject({ security: 'tls', port: 465 });
    expect(parseSmtpUrl('smtp://u@smtp.ekask.se')).toMatchObject({
      security: 'starttls',
      port: 587,
    });
    expect(parseSmtpUrl('smtp://localhost:2525')).toMatchObject({ security: 'none', port: 2525 });
    expect(parseSmtpUrl('smtp://[::1]:25')).toMatchObject({ host: '::1', security: 'none' });
  });

  it('decodes the user and password (an @ or : in them is written %40, %3A)', () => {
    expect(parseSmtpUrl('smtp://utskick%40ekask.se:p%40ss%3Aw%C3%B6rd@smtp.ekask.se:587')).toEqual({
      host: 'smtp.ekask.se',
      port: 587,
      security: 'starttls',
      username: 'utskick@ekask.se',
      password: 'p@ss:wörd',
    });
    expect(parseSmtpUrl('smtp://utskick@smtp.ekask.se')).not.toHaveProperty('password');
  });

  it('anything else is a usage error that does not repeat the password', () => {
    for (const bad of ['http://u:hemligt@x.se', 'smtp.ekask.se:587', 'smtp://u:hemligt@']) {
      expect(() => parseSmtpUrl(bad)).toThrow(UsageError);
      expect(() => parseSmtpUrl(bad)).not.toThrow(/hemligt/);
    }
  });
});

describe('--sender', () => {
  it('reads "Name <address>", a quoted name, or a bare address', () => {
    expect(parseSender('Revisionsbyrån Ek & Ask <utskick@ekask.se>')).toEqual({
      name: 'Revisionsbyrån Ek & Ask',
      address: 'utskick@ekask.se',
    });
    expect(parseSender('"Ek, Ask" <a@b.se>')).toEqual({ name: 'Ek, Ask', address: 'a@b.se' });
    expect(parseSender(' a@b.se ')).toEqual({ name: null, address: 'a@b.se' });
  });
});

describe('the settings bureau set saves', () => {
  it('the URL password first, then KUNDSTART_SMTP_PASSWORD, else the stored one is kept', () => {
    const env = { KUNDSTART_SMTP_PASSWORD: 'från-miljön' };
    const url = 'smtp://u:fr%C3%A5n-url@smtp.ekask.se';
    expect(mailInput(STORED, { smtpUrl: url }, '', env)).toMatchObject({
      input: { password: 'från-url' },
      passwordFrom: 'url',
    });
    const fromEnv = mailInput(STORED, { smtpUrl: 'smtp://u@smtp.ekask.se' }, '', env);
    expect(fromEnv).toMatchObject({ input: { password: 'från-miljön' }, passwordFrom: 'env' });
    const kept = mailInput(STORED, { smtpUrl: 'smtp://u@smtp.ekask.se' }, '', {});
    expect(kept.passwordFrom).toBe('kept');
    expect(kept.input).not.toHaveProperty('password');
  });

  it('only --sender keeps the server, login and reply-to', () => {
    const { input } = mailInput(STORED, { sender: 'info@ekask.se' }, '', {
      KUNDSTART_SMTP_PASSWORD: 'ignoreras',
    });
    expect(input).toEqual({
      host: 'smtp.ekask.se',
      port: 587,
      security: 'starttls',
      username: 'utskick@ekask.se',
      senderName: 'Ek & Ask',
      senderAddress: 'info@ekask.se',
      replyTo: 'info@ekask.se',
    });
  });
});
