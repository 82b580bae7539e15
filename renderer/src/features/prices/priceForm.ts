import {
  addonAddSchema,
  day,
  type AddonUnit,
  type PriceList,
  type PriceListInput,
} from '../../../../shared/schemas/invoices';
import { checkPriceVersion, versionBefore } from '../../../../shared/domain/prices';
import { kronorText, parseKronor, type KronorProblem } from './kronorInput';
import type { Language } from '../../../../shared/schemas/app';

/** One editable add-on row; `key` keeps a row's problems and focus when others are removed. */
export interface AddonRow {
  key: string;
  code: string;
  name: string;
  unit: AddonUnit;
  list: string;
  reseller: string;
}

/** The "Ny prisversion" form: prices as typed (Swedish text), turned into kronor on save. */
export interface PriceForm {
  effectiveFrom: string;
  licenceList: string;
  licenceReseller: string;
  addons: AddonRow[];
  note: string;
}

export type FieldProblem =
  | KronorProblem
  | 'date'
  | 'code'
  | 'codeDuplicate'
  | 'nameMissing'
  | 'marginNegative'
  | 'dateOutOfRange';
/** Problems by field: `effectiveFrom`, `licenceList`, `addons.<key>.code`, … */
export type FormProblems = Record<string, FieldProblem>;
/** What is unusual but allowed (shared/domain/prices.ts), by field as FormProblems. */
export type FieldWarning = 'marginZero' | 'bigChange' | 'farAway';

export const addonField = (row: Pick<AddonRow, 'key'>, field: keyof AddonRow) =>
  `addons.${row.key}.${field}`;

let rowCount = 0;
export function newAddonRow(from: Partial<Omit<AddonRow, 'key'>> = {}): AddonRow {
  rowCount += 1;
  return {
    key: `row${rowCount}`,
    code: '',
    name: '',
    unit: 'customer',
    list: '',
    reseller: '',
    ...from,
  };
}

/** Prefilled from the newest version, so a new version only needs what changed. */
export function formFromVersion(
  version: PriceList | undefined,
  effectiveFrom: string,
  language: Language = 'sv',
): PriceForm {
  const text = (ore: number) => kronorText(ore, language);
  return {
    effectiveFrom,
    licenceList: version ? text(version.licence.listOre) : '',
    licenceReseller: version ? text(version.licence.resellerOre) : '',
    addons: (version?.addons ?? []).map((a) =>
      newAddonRow({
        code: a.code,
        name: a.name,
        unit: a.unit,
        list: text(a.listOre),
        reseller: text(a.resellerOre),
      }),
    ),
    note: '',
  };
}

function priceProblem(text: string): KronorProblem | null {
  const parsed = parseKronor(text);
  return parsed.ok ? null : parsed.problem;
}

/** Everything that would stop the save, checked as the user types. */
export function formProblems(form: PriceForm): FormProblems {
  const problems: FormProblems = {};
  const set = (field: string, problem: FieldProblem | null) => {
    if (problem) problems[field] = problem;
  };
  set('effectiveFrom', day.safeParse(form.effectiveFrom.trim()).success ? null : 'date');
  set('licenceList', priceProblem(form.licenceList));
  set('licenceReseller', priceProblem(form.licenceReseller));
  const codes = new Map<string, number>();
  for (const row of form.addons) {
    const code = row.code.trim().toLowerCase();
    if (code) codes.set(code, (codes.get(code) ?? 0) + 1);
  }
  for (const row of form.addons) {
    const code = row.code.trim();
    const duplicate = (codes.get(code.toLowerCase()) ?? 0) > 1;
    const valid = addonAddSchema.shape.code.safeParse(code).success;
    set(addonField(row, 'code'), !valid ? 'code' : duplicate ? 'codeDuplicate' : null);
    set(addonField(row, 'name'), row.name.trim() ? null : 'nameMissing');
    set(addonField(row, 'list'), priceProblem(row.list));
    set(addonField(row, 'reseller'), priceProblem(row.reseller));
  }
  return problems;
}

const RULE_PROBLEMS: Partial<Record<string, FieldProblem>> = {
  'prices.marginNegative': 'marginNegative',
  'date.outOfRange': 'dateOutOfRange',
};
const RULE_WARNINGS: Partial<Record<string, FieldWarning>> = {
  'prices.marginZero': 'marginZero',
  'prices.bigChange': 'bigChange',
  'date.farAway': 'farAway',
};

/** `licence.reseller` → `licenceReseller`, `addons[1].list` → `addons.<key>.list`. */
function formField(form: PriceForm, field: string): string | null {
  const addon = /^addons\[(\d+)\]\.(list|reseller)$/.exec(field);
  if (addon) {
    const row = form.addons[Number(addon[1])];
    return row ? addonField(row, addon[2] as 'list' | 'reseller') : null;
  }
  return FLAT_FIELDS.get(field) ?? null;
}
const FLAT_FIELDS = new Map([
  ['effectiveFrom', 'effectiveFrom'],
  ['licence.list', 'licenceList'],
  ['licence.reseller', 'licenceReseller'],
]);

/**
 * The services' price rules over what the form would send, so the form refuses and warns as
 * prices:save will. A field whose value is not yet a price or a date is formProblems' alone.
 */
export function formRules(form: PriceForm, versions: readonly PriceList[], today: string) {
  const shape = formProblems(form);
  const input = toPriceListInput(form);
  const previous = versionBefore(versions, input.effectiveFrom);
  const problems: FormProblems = {};
  const warnings: Record<string, FieldWarning> = {};
  for (const issue of checkPriceVersion(
    { ...input, addons: input.addons ?? [] },
    previous,
    today,
  )) {
    const field = formField(form, issue.field);
    if (field === null || shape[field]) continue;
    const problem = RULE_PROBLEMS[issue.code];
    const warning = RULE_WARNINGS[issue.code];
    if (problem) problems[field] ??= problem;
    else if (warning) warnings[field] ??= warning;
  }
  return { problems, warnings };
}

const kronor = (text: string): number => {
  const parsed = parseKronor(text);
  return parsed.ok ? parsed.kronor : Number.NaN;
};

/** The price-list file format (DESIGN.md section 6) that prices:save takes. */
export function toPriceListInput(form: PriceForm): PriceListInput {
  const note = form.note.trim();
  return {
    effectiveFrom: form.effectiveFrom.trim(),
    currency: 'SEK',
    licence: { list: kronor(form.licenceList), reseller: kronor(form.licenceReseller) },
    addons: form.addons.map((row) => ({
      code: row.code.trim(),
      name: row.name.trim(),
      unit: row.unit,
      list: kronor(row.list),
      reseller: kronor(row.reseller),
    })),
    ...(note ? { note } : {}),
  };
}
