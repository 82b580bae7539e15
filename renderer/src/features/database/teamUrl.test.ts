import { describe, expect, it } from 'vitest';
import { EMPTY_TEAM, fieldsOf, teamUrl } from './teamUrl';

describe('the team database URL from the form', () => {
  it('is built from the fields, names encoded, and read back into them', () => {
    const fields = { ...EMPTY_TEAM, host: 'db.byran.se', user: 'kim åberg', database: 'kundstart' };
    const url = teamUrl(fields);
    expect(url).toBe('postgres://kim%20%C3%A5berg@db.byran.se:5432/kundstart?sslmode=verify-full');
    expect(fieldsOf(url ?? '')).toEqual(fields);
  });

  it('is missing while server, database or user is empty', () => {
    expect(teamUrl({ ...EMPTY_TEAM, host: 'db', user: '' })).toBeNull();
  });
});
