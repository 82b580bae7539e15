import { describe, expect, it } from 'vitest';
import { cleanText } from '../../../shared/domain/text';
import { emailKey } from '../../../shared/domain/users';

describe('the key e-mail addresses are compared by', () => {
  it('is the cleaned address in lower case, for every character', () => {
    const differing: string[] = [];
    for (let code = 0; code <= 0xffff; code++) {
      const c = String.fromCharCode(code);
      for (const address of [`${c}@x.example`, `asa.${c}@x.example`, ` ÅSA${c}@X.EXAMPLE `]) {
        if (emailKey(address) !== cleanText(address).toLowerCase()) differing.push(address);
      }
    }
    expect(differing).toEqual([]);
  });

  it('reads Åsa’s address in capitals as her address', () => {
    expect(emailKey(' ÅSA.ÖBERG@Akesson.Example')).toBe('åsa.öberg@akesson.example');
    expect(emailKey('asa@akesson.example')).toBe('asa@akesson.example');
  });
});
