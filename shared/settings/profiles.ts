import { z } from 'zod';

export const ROUNDING_MINUTES = [0, 5, 10, 15, 30] as const;

/** What a user linked to the profile must report ("rapporteringsprofil"). */
export const profileFieldsSchema = z
  .object({
    name: z.string().max(80),
    clockTimesRequired: z.boolean(),
    projectRequired: z.boolean(),
    activityRequired: z.boolean(),
    timeArticleRequired: z.boolean(),
    closeBelowSchedule: z.boolean(),
    roundingMinutes: z.union(ROUNDING_MINUTES.map((m) => z.literal(m))),
  })
  .strict();

export type ProfileFields = z.infer<typeof profileFieldsSchema>;

export const DEFAULT_PROFILE_NAME = 'Grundprofil';

/** Every customer starts with this one; it cannot be deleted. */
export function defaultProfile(): ProfileFields {
  return {
    name: DEFAULT_PROFILE_NAME,
    clockTimesRequired: false,
    projectRequired: false,
    activityRequired: false,
    timeArticleRequired: false,
    closeBelowSchedule: false,
    roundingMinutes: 0,
  };
}

export interface ReportingProfile extends ProfileFields {
  id: string;
  customerId: string;
  isDefault: boolean;
  /** Users linked to it. */
  userCount: number;
  updatedAt: string;
  /** What profiles:save sends back to update it; a colleague's write since makes it stale. */
  recordVersion: number;
}
