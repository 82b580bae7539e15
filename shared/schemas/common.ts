import { z } from 'zod';

/** Structural limits only: domain rules (checksums, duplicates) answer with their own codes. */
export const text = (max = 200) => z.string().max(max);
export const optionalText = (max = 200) => z.string().max(max).optional();
export const id = z.string().min(1).max(64);
export const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
export const empty = z.object({}).strict();
