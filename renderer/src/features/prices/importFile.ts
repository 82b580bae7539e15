import type { z } from 'zod';
import type { FieldIssue } from '../../../../shared/errors';
import { priceListInputSchema, type PriceListInput } from '../../../../shared/schemas/invoices';

/** What is wrong with one value of a price-list file, in words the page translates. */
export type FileProblemKind =
  | 'json'
  | 'missing'
  | 'type'
  | 'date'
  | 'decimals'
  | 'negative'
  | 'tooLarge'
  | 'tooLong'
  | 'empty'
  | 'code'
  | 'unit'
  | 'currency'
  | 'unknownKey'
  | 'invalid'
  | 'marginNegative'
  | 'dateOutOfRange';

/** What is unusual in a file that was imported anyway (shared/domain/prices.ts). */
export type FileWarningKind = 'marginZero' | 'bigChange' | 'farAway';

export interface FileProblem<Kind = FileProblemKind> {
  path: (string | number)[];
  kind: Kind;
  /** The add-on's code, when the problem is in a row that has one: helps find the row. */
  addonCode?: string;
  keys?: string[];
}

export type FileRead = { ok: true; input: PriceListInput } | { ok: false; problems: FileProblem[] };

/** A price-list file (DESIGN.md section 6), checked here so its problems can point at lines. */
export function readPriceListFile(text: string): FileRead {
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return { ok: false, problems: [{ path: [], kind: 'json' }] };
  }
  const parsed = priceListInputSchema.safeParse(json);
  if (parsed.success) return { ok: true, input: json as PriceListInput };
  return { ok: false, problems: parsed.error.issues.map((issue) => toProblem(issue, json)) };
}

const SERVICE_KINDS: Partial<Record<string, FileProblemKind | FileWarningKind>> = {
  'prices.marginNegative': 'marginNegative',
  'date.outOfRange': 'dateOutOfRange',
  'prices.marginZero': 'marginZero',
  'prices.bigChange': 'bigChange',
  'date.farAway': 'farAway',
};

/**
 * The price rules' refusals and warnings from prices:save (`addons[1].reseller`), placed in the
 * file as its own problems are, so they read alike.
 */
export function issuesInFile(
  issues: readonly FieldIssue[],
  input: PriceListInput,
): FileProblem<FileProblemKind | FileWarningKind>[] {
  return issues.flatMap((issue) => {
    const kind = SERVICE_KINDS[issue.code];
    if (!kind) return [];
    const path = issue.field
      .split(/[.[\]]+/)
      .filter(Boolean)
      .map((key) => (/^\d+$/.test(key) ? Number(key) : key));
    const problem: FileProblem<FileProblemKind | FileWarningKind> = { path, kind };
    const code = path[0] === 'addons' ? valueAt(input, path.slice(0, 2).concat('code')) : null;
    if (typeof code === 'string' && code) problem.addonCode = code;
    return [problem];
  });
}

function valueAt(json: unknown, path: PropertyKey[]): unknown {
  let value = json;
  for (const key of path) {
    if (typeof value !== 'object' || value === null) return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

function toProblem(issue: z.core.$ZodIssue, json: unknown): FileProblem {
  const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
  const problem: FileProblem = { path, kind: kindOf(issue, json, path) };
  if (issue.code === 'unrecognized_keys') problem.keys = issue.keys;
  if (path[0] === 'addons' && typeof path[1] === 'number') {
    const code = valueAt(json, ['addons', path[1], 'code']);
    if (typeof code === 'string' && code) problem.addonCode = code;
  }
  return problem;
}

function kindOf(issue: z.core.$ZodIssue, json: unknown, path: (string | number)[]) {
  const field = path.at(-1);
  switch (issue.code) {
    case 'invalid_type':
      return valueAt(json, path) === undefined ? 'missing' : 'type';
    case 'custom':
      return field === 'effectiveFrom' ? 'date' : 'decimals';
    case 'invalid_format':
      return field === 'code' ? 'code' : field === 'effectiveFrom' ? 'date' : 'invalid';
    case 'too_small':
      return issue.origin === 'number' ? 'negative' : 'empty';
    case 'too_big':
      return issue.origin === 'number' ? 'tooLarge' : 'tooLong';
    case 'invalid_value':
      return field === 'unit' ? 'unit' : field === 'currency' ? 'currency' : 'invalid';
    case 'unrecognized_keys':
      return 'unknownKey';
    default:
      return 'invalid';
  }
}

/** "addons[1].list": the place in the file, as a programmer's editor would name it. */
export function jsonPath(path: (string | number)[]): string {
  return path
    .map((key, index) => (typeof key === 'number' ? `[${key}]` : index === 0 ? key : `.${key}`))
    .join('');
}
