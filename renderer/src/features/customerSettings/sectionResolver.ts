import { zodResolver } from '@hookform/resolvers/zod';
import type { Resolver } from 'react-hook-form';
import { z } from 'zod';
import {
  SECTION_SCHEMAS,
  validateSection,
  type SectionData,
  type SectionKey,
} from '../../../../shared/settings/sections';

const pathOf = (path: readonly PropertyKey[]) =>
  path.filter((p): p is string | number => typeof p !== 'symbol');

/**
 * The section's contract schema, then the domain rules the server applies (validateSection):
 * every message is an error code, which the fields translate. The domain rules only run on a
 * well-formed section, as on the server.
 */
export function sectionSchema<K extends SectionKey>(key: K) {
  return z.custom<SectionData[K]>().superRefine((values, refine) => {
    const shape = SECTION_SCHEMAS[key].safeParse(values);
    if (!shape.success) {
      for (const issue of shape.error.issues) {
        // A date the schema's pattern refuses is a date problem, not a generic one.
        const message = issue.path.at(-1) === 'date' ? 'date.invalid' : 'input.invalid';
        refine.addIssue({ code: 'custom', path: pathOf(issue.path), message });
      }
      return;
    }
    for (const issue of validateSection(key, shape.data as SectionData[K])) {
      refine.addIssue({ code: 'custom', path: issue.field.split('.'), message: issue.code });
    }
  });
}

export function sectionResolver<K extends SectionKey>(key: K): Resolver<SectionData[K]> {
  return zodResolver(sectionSchema(key)) as unknown as Resolver<SectionData[K]>;
}
