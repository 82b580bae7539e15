import { describe, expect, it } from 'vitest';
import { insertAtCursor } from './insertAtCursor';

describe('inserting a placeholder at the cursor', () => {
  it('puts a value where the cursor stands and moves the cursor after it', () => {
    expect(insertAtCursor('Hej !', 4, 4, '{{user.firstName}}')).toEqual({
      value: 'Hej {{user.firstName}}!',
      cursor: 22,
    });
  });

  it('replaces the selected text', () => {
    expect(insertAtCursor('Hej NAMN!', 4, 8, '{{user.name}}').value).toBe('Hej {{user.name}}!');
  });

  it('leaves the cursor inside an inserted section, around the selected text', () => {
    const list = insertAtCursor('A\n', 2, 2, '{{#users}}\n\n{{/users}}');
    expect(list).toEqual({ value: 'A\n{{#users}}\n\n{{/users}}', cursor: 13 });
    const flag = insertAtCursor(
      'Logga in med BankID.',
      0,
      20,
      '{{#user.hasPersonnummer}}{{/user.hasPersonnummer}}',
    );
    expect(flag.value).toBe(
      '{{#user.hasPersonnummer}}Logga in med BankID.{{/user.hasPersonnummer}}',
    );
    expect(flag.cursor).toBe('{{#user.hasPersonnummer}}Logga in med BankID.'.length);
  });
});
