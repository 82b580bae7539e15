import { z } from 'zod';
import { cleanText } from '../domain/text';

/** Structural limits only: domain rules (checksums, duplicates) answer with their own codes. */
export const text = (max = 200) => z.string().max(max);
export const optionalText = (max = 200) => z.string().max(max).optional();
/**
 * A single-line text a person types (a name, an e-mail, a number): stored NFC-normalised and
 * trimmed (shared/domain/text.ts). Control characters are the domain rules' to refuse, with
 * `text.control` on the field, so that the form marks the same field the service refuses.
 */
export const singleLine = (max = 200) => z.string().max(max).transform(cleanText);
export const optionalSingleLine = (max = 200) => singleLine(max).optional();
export const id = z.string().min(1).max(64);
export const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
export const empty = z.object({}).strict();

// Standard base64 with its padding: '=' only at the end, at most two, length a multiple of 4.
const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

/** A file's bytes as base64 (at most `maxChars` characters): anything else is refused, not decoded. */
export const base64 = (maxChars: number) =>
  z
    .string()
    .max(maxChars, {
      message: `Filen är större än ${Math.floor(((maxChars / 4) * 3) / 2 ** 20)} MB`,
    })
    .refine((s) => s.length % 4 === 0 && BASE64.test(s), {
      message: 'Filens innehåll är inte giltig base64',
    });
