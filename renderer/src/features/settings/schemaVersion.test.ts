import { describe, expect, it } from 'vitest';
import { schemaDate } from './schemaVersion';

describe('the database version on the settings page', () => {
  it('is the day its newest migration was written, not the migration class name', () => {
    // Invoicing1764640000000: 2 Dec 2025, 01:46 UTC.
    expect(schemaDate('Invoicing1764640000000')?.toISOString().slice(0, 10)).toBe('2025-12-02');
  });

  it('is nothing when the name carries no time', () => {
    expect(schemaDate('')).toBeNull();
    expect(schemaDate('Initial')).toBeNull();
  });
});
