import { z } from 'zod';

/**
 * Whether the team database can be reached (issue 16 item 6), as the window shows it:
 * - `file`: the desktop's own SQLite file, nothing to reach;
 * - `online`: the team database answers;
 * - `offline`: it stopped answering while the app ran (calls fail with db.offline until it is
 *   back; the core notices through its listening connection, live-changes.ts);
 * - `snapshot`: it could not be reached at start, and the app shows the last-read copy of the
 *   portfolio, read-only (writes answer db.readOnly).
 */
export const teamStatusSchema = z.object({
  state: z.enum(['file', 'online', 'offline', 'snapshot']),
  /** When the last-read copy was read from the team database (ISO time), if there is one. */
  readAt: z.string().nullable(),
});
export type TeamStatus = z.infer<typeof teamStatusSchema>;

/** A new customer prepared while the team database could not be reached (a local draft). */
export interface OfflineDraft {
  id: string;
  name: string;
  /** As stored: ten digits. */
  orgnr: string;
}

/**
 * Sending the drafts to the team database: all of them, or none when a colleague meanwhile
 * created a customer with one of their organisationsnummer (the conflicts, the team database's
 * customers); staff resolve each by keeping the colleague's and discarding the draft.
 */
export interface OfflineDraftsSent {
  sent: OfflineDraft[];
  conflicts: OfflineDraft[];
}

export const offlineDraftsDiscardSchema = z
  .object({ orgnrs: z.array(z.string().trim().min(1).max(20)).min(1).max(1000) })
  .strict();
