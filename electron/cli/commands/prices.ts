import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Command } from 'commander';
import type { z } from 'zod';
import { formatKronor, oreToKronor } from '../../../shared/domain/money';
import { errorsSv } from '../../../shared/errorMessages';
import type { FieldIssue } from '../../../shared/errors';
import {
  priceListInputSchema,
  type PriceList,
  type PriceListInput,
} from '../../../shared/schemas/invoices';
import { table } from '../format';
import { print } from '../output';
import { call, withCore } from '../session';
import type { GlobalOptions } from '../main';
import { CliRefusal } from '../refusal';

export function registerPrices(program: Command, globals: () => GlobalOptions): void {
  const prices = program.command('prices').description('prislistor för samlingsfakturan');
  prices
    .command('import <file>')
    .description('läs in en prislista (JSON, belopp i kronor per månad exkl. moms)')
    .option('--json', 'skriv den sparade versionen som JSON')
    .action(async (file: string, opts: { json?: boolean }) => {
      const input = readPriceFile(resolve(file));
      await withCore(globals().db, 'cli', async (core) => {
        const saved = await call(core, 'prices:save', input);
        const warnings = saved.warnings.map(warningOf);
        print({ json: Boolean(opts.json) }, { ...toDocument(saved), warnings }, () =>
          describeSaved(saved),
        );
        // Saved all the same, so on stderr beside the answer: the bureau may have meant it.
        for (const w of warnings) console.error(`kundstart: varning: ${w.field}: ${w.message}`);
      });
    });
  prices
    .command('list')
    .description('lista prislistornas versioner, nyaste först')
    .option('--json', 'skriv resultatet som JSON')
    .action(async (opts: { json?: boolean }) => {
      await withCore(globals().db, 'cli', async (core) => {
        const lists = await call(core, 'prices:list', {});
        print({ json: Boolean(opts.json) }, lists.map(toDocument), () => describeList(lists));
      });
    });
}

/**
 * Reads and checks the file here rather than leaving it to the contract: a bad file is a refusal
 * (exit 1) naming each field, where the contract would call it a usage error.
 */
function readPriceFile(path: string): PriceListInput {
  const raw = parseJson(path);
  const parsed = priceListInputSchema.safeParse(raw);
  if (parsed.success) return raw as PriceListInput;
  const issues = parsed.error.issues.map((i) => ({
    field: fieldOf(i),
    message: valueAt(raw, i.path) === undefined ? 'saknas' : swedish(i),
  }));
  throw new CliRefusal('import.file', 'Prislistan är inte giltig. Rätta fälten nedan.', { issues });
}

function parseJson(path: string): unknown {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    throw new CliRefusal('import.file', `Prisfilen finns inte eller går inte att läsa: ${path}`);
  }
  try {
    return JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (err) {
    const reason = err instanceof Error ? err.message : String(err);
    throw new CliRefusal('import.file', `Prislistan är inte giltig JSON (${reason}).`);
  }
}

/** `addons[0].code`; an unknown key is named itself. */
function fieldOf(issue: z.core.$ZodIssue): string {
  const path = issue.path
    .map((part, n) => (typeof part === 'number' ? `[${part}]` : `${n ? '.' : ''}${String(part)}`))
    .join('');
  if (issue.code !== 'unrecognized_keys') return path || '(filen)';
  return issue.keys.map((key) => (path ? `${path}.${key}` : key)).join(', ');
}

function valueAt(raw: unknown, path: PropertyKey[]): unknown {
  return path.reduce<unknown>(
    (value, key) => (value && typeof value === 'object' ? Reflect.get(value, key) : undefined),
    raw,
  );
}

const RULES: Record<string, string> = {
  'not a date': 'inget giltigt datum (ÅÅÅÅ-MM-DD)',
  'at most two decimals': 'högst två decimaler (ören)',
  'letters, digits, - and _': 'bara bokstäver, siffror, - och _',
};

const TYPES: Record<string, string> = {
  number: 'ett tal',
  string: 'text',
  boolean: 'true eller false',
  object: 'ett objekt { … }',
  array: 'en lista [ … ]',
};

const UNITS: Record<string, string> = { string: ' tecken', array: ' rader' };

function swedish(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return `ska vara ${TYPES[issue.expected] ?? issue.expected}`;
    case 'too_small':
      return `minst ${String(issue.minimum)}${UNITS[issue.origin] ?? ''}`;
    case 'too_big':
      return `högst ${String(issue.maximum)}${UNITS[issue.origin] ?? ''}`;
    case 'invalid_value':
      return `ska vara ${issue.values.map(String).join('|')}`;
    case 'unrecognized_keys':
      return 'okänt fält';
    default:
      return RULES[issue.message] ?? issue.message;
  }
}

/** A rule's warning as the file's field and the Swedish sentence of its code. */
function warningOf(issue: FieldIssue) {
  return { field: issue.field, code: issue.code, message: errorsSv[issue.code] };
}

/** The price list as the file gives it (kronor), with what the database adds. */
function toDocument(list: PriceList) {
  return {
    id: list.id,
    effectiveFrom: list.effectiveFrom,
    currency: list.currency,
    licence: {
      list: oreToKronor(list.licence.listOre),
      reseller: oreToKronor(list.licence.resellerOre),
    },
    addons: list.addons.map((a) => ({
      code: a.code,
      name: a.name,
      unit: a.unit,
      list: oreToKronor(a.listOre),
      reseller: oreToKronor(a.resellerOre),
    })),
    example: list.example,
    note: list.note,
    createdAt: list.createdAt,
    actor: list.actor,
    locked: list.locked,
  };
}

function describeSaved(list: PriceList): string {
  const addons =
    list.addons.length === 1 ? '1 tilläggstjänst' : `${list.addons.length} tilläggstjänster`;
  return `Prislistan från ${list.effectiveFrom} är sparad: licens ${formatKronor(list.licence.resellerOre)} (listpris ${formatKronor(list.licence.listOre)}), ${addons}.`;
}

function describeList(lists: PriceList[]): string {
  if (lists.length === 0) return 'Ingen prislista ännu.';
  return table(
    ['Gäller från', 'Licens', 'Listpris', 'Tillägg', 'Anmärkning'],
    lists.map((l) => [
      l.effectiveFrom,
      formatKronor(l.licence.resellerOre),
      formatKronor(l.licence.listOre),
      l.addons.map((a) => a.code).join(', '),
      [l.example ? 'exempel' : '', l.locked ? 'låst (stängd månad)' : '']
        .filter(Boolean)
        .join(', '),
    ]),
  );
}
