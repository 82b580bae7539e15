import {
  addonAddSchema,
  day,
  type AddonUnit,
  type PriceList,
  type PriceListInput,
} from '../../../../shared/schemas/invoices';
import { kronorText, parseKronor, parseOre, type KronorProblem } from './kronorInput';
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

export type FieldProblem = KronorProblem | 'date' | 'code' | 'codeDuplicate' | 'nameMissing';
/** Problems by field: `effectiveFrom`, `licenceList`, `addons.<key>.code`, … */
export type FormProblems = Record<string, FieldProblem>;

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

/** A reseller price above the list price is allowed (a campaign), but worth a second look. */
export function resellerAboveList(list: string, reseller: string): boolean {
  const listOre = parseOre(list);
  const resellerOre = parseOre(reseller);
  return listOre !== null && resellerOre !== null && resellerOre > listOre;
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
