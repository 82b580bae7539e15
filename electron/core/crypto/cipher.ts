import { createCipheriv, createDecipheriv, createHmac, randomBytes } from 'node:crypto';

/** Encrypts personal data at rest (AES-256-GCM); tokens are `v1.<iv>.<tag>.<data>` in base64. */
export interface FieldCipher {
  encrypt(plain: string): string;
  decrypt(token: string): string;
  /** A keyed hash for equality look-ups without decrypting (blind index). */
  fingerprint(plain: string): string;
}

export function createFieldCipher(key: Buffer): FieldCipher {
  if (key.length !== 32) throw new Error('The data key must be 32 bytes');
  const hmacKey = createHmac('sha256', key).update('kundstart:fingerprint').digest();
  return {
    encrypt(plain) {
      const iv = randomBytes(12);
      const cipher = createCipheriv('aes-256-gcm', key, iv);
      const data = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
      const parts = [iv, cipher.getAuthTag(), data].map((b) => b.toString('base64'));
      return ['v1', ...parts].join('.');
    },
    decrypt(token) {
      const [version, iv, tag, data] = token.split('.');
      if (version !== 'v1' || !iv || !tag || data === undefined) {
        throw new Error('Unknown encrypted value format');
      }
      const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(iv, 'base64'));
      decipher.setAuthTag(Buffer.from(tag, 'base64'));
      const plain = Buffer.concat([decipher.update(Buffer.from(data, 'base64')), decipher.final()]);
      return plain.toString('utf8');
    },
    fingerprint(plain) {
      return createHmac('sha256', hmacKey).update(plain).digest('base64url');
    },
  };
}
