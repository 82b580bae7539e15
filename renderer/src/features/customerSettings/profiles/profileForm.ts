import { zodResolver } from '@hookform/resolvers/zod';
import type { TFunction } from 'i18next';
import type { Resolver } from 'react-hook-form';
import type { StaleField } from '../../../components/staleChanges';
import { z } from 'zod';
import {
  defaultProfile,
  profileFieldsSchema,
  type ProfileFields,
  type ReportingProfile,
} from '../../../../../shared/settings/profiles';

/** What a user linked to the profile must (or may) do, in the order the dialog asks. */
export const PROFILE_FLAGS = [
  'clockTimesRequired',
  'projectRequired',
  'activityRequired',
  'timeArticleRequired',
  'closeBelowSchedule',
] as const;

/** A new profile starts from the default one's rules, under an empty name. */
export function profileValues(profile: ReportingProfile | null): ProfileFields {
  if (!profile) return { ...defaultProfile(), name: '' };
  const { name, roundingMinutes } = profile;
  const flags = Object.fromEntries(PROFILE_FLAGS.map((f) => [f, profile[f]]));
  return { name, roundingMinutes, ...flags } as ProfileFields;
}

const profileSchema = z.custom<ProfileFields>().superRefine((values, refine) => {
  const trimmed = { ...values, name: values.name.trim() };
  const shape = profileFieldsSchema.safeParse(trimmed);
  if (!shape.success) {
    for (const issue of shape.error.issues) {
      const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
      refine.addIssue({ code: 'custom', path, message: 'input.invalid' });
    }
  }
  if (!trimmed.name) refine.addIssue({ code: 'custom', path: ['name'], message: 'input.invalid' });
});

export const profileResolver = zodResolver(profileSchema) as unknown as Resolver<ProfileFields>;

/** "Klockslag · Projekt · Får stänga dag under schema", or "Inga krav". */
export function profileSummary(t: TFunction, profile: ProfileFields): string {
  const on = PROFILE_FLAGS.filter((flag) => profile[flag]);
  if (on.length === 0) return t('profiles.noRequirements');
  return on.map((flag) => t(`profiles.short.${flag}`)).join(' · ');
}

export function roundingText(t: TFunction, minutes: number): string {
  return minutes === 0 ? t('profiles.noRounding') : t('profiles.minutes', { count: minutes });
}

/** The profile dialog's fields, as the stale dialog lists them. */
export function profileStaleFields(t: TFunction): StaleField<ProfileFields>[] {
  const yesNo = (on: boolean) => t(on ? 'common.yes' : 'common.no');
  return [
    { field: 'name', label: t('profiles.name'), show: (p) => p.name.trim() },
    ...PROFILE_FLAGS.map((flag) => ({
      field: flag,
      label: t(`profiles.flags.${flag}`),
      show: (p: ProfileFields) => yesNo(p[flag]),
    })),
    {
      field: 'roundingMinutes',
      label: t('profiles.rounding'),
      show: (p) => roundingText(t, p.roundingMinutes),
    },
  ];
}
