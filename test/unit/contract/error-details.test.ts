import { describe, expect, it } from 'vitest';
import { detailsOf } from '../../../shared/errorDetails';
import { AppError } from '../../../shared/errors';

describe('typed error details: a service cannot throw a code with the wrong shape', () => {
  it('accepts each code’s own details, and field details on any refusal', () => {
    const exceeded = new AppError('licences.exceeded', 'Alla licenser är använda', {
      licences: 3,
      needed: 4,
    });
    expect(exceeded.toShape().details).toEqual({ licences: 3, needed: 4 });
    expect(new AppError('name.missing', 'Namn saknas', { field: 'name' }).details).toEqual({
      field: 'name',
    });
  });

  it('refuses, at compile time, details of another shape or on a code that carries none', () => {
    // @ts-expect-error licences.exceeded says how many are needed, as a number
    new AppError('licences.exceeded', 'x', { licences: 3, needed: 'fyra' });
    // @ts-expect-error month.closed names its month, not a date
    new AppError('month.closed', 'x', { date: '2026-03-01' });
    // @ts-expect-error blikk.busy carries nothing of its own
    new AppError('blikk.busy', 'x', { running: true });
    expect(true).toBe(true);
  });
});

describe('detailsOf: the renderer reads details only after checking their shape', () => {
  it('gives the typed details of the code asked for', () => {
    const error = { code: 'licences.exceeded', details: { licences: 3, needed: 4 } };
    const details = detailsOf(error, 'licences.exceeded');
    expect(details?.needed).toBe(4);
  });

  it('gives undefined for another code, another shape, or no details', () => {
    const error = { code: 'licences.exceeded', details: { licences: 3, needed: 'fyra' } };
    expect(detailsOf(error, 'licences.exceeded')).toBeUndefined();
    expect(detailsOf(error, 'licences.belowUsers')).toBeUndefined();
    expect(detailsOf({ code: 'month.closed' }, 'month.closed')).toBeUndefined();
    expect(detailsOf({ code: 'month.closed', details: { month: 'mars' } }, 'month.closed')).toBe(
      undefined,
    );
    expect(detailsOf(null, 'month.closed')).toBeUndefined();
  });
});
