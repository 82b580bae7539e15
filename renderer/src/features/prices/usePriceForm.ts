import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { swedishDay } from '../../../../shared/domain/months';
import type { PriceList } from '../../../../shared/schemas/invoices';
import {
  addonField,
  formProblems,
  formRules,
  newAddonRow,
  type AddonRow,
  type PriceForm,
} from './priceForm';

/**
 * The form's values and what is wrong with them. A field shows its problem once it has been
 * edited or left, or after a save was tried: never before the user has been near it. Warnings
 * (shared/domain/prices.ts, against the version before) show at once: they stop nothing.
 */
export function usePriceForm(initial: () => PriceForm, versions: readonly PriceList[]) {
  const { t } = useTranslation();
  const [form, setForm] = useState(initial);
  const [touched, setTouched] = useState<ReadonlySet<string>>(new Set());
  const [submitted, setSubmitted] = useState(false);
  const rules = useMemo(() => formRules(form, versions, swedishDay(new Date())), [form, versions]);
  const problems = useMemo(() => ({ ...rules.problems, ...formProblems(form) }), [form, rules]);
  const warningOf = (field: string): string | undefined => {
    const warning = rules.warnings[field];
    return warning && t(`prices.form.warnings.${warning}`);
  };

  const touch = useCallback(
    (field: string) => setTouched((s) => (s.has(field) ? s : new Set(s).add(field))),
    [],
  );
  const problemOf = (field: string): string | undefined => {
    const problem = problems[field];
    // A duplicate is made by editing the other row: mark both at once.
    const shown = submitted || touched.has(field) || problem === 'codeDuplicate';
    return problem && shown ? t(`prices.form.problems.${problem}`) : undefined;
  };
  /** `judge` false leaves the field unjudged until it is left: a date half typed is no error. */
  const set = <K extends keyof PriceForm>(field: K, value: PriceForm[K], judge = true) => {
    setForm((f) => ({ ...f, [field]: value }));
    if (judge) touch(field);
  };
  const setRow = (row: AddonRow, field: keyof Omit<AddonRow, 'key'>, value: string) => {
    setForm((f) => ({
      ...f,
      addons: f.addons.map((r) => (r.key === row.key ? { ...r, [field]: value } : r)),
    }));
    touch(addonField(row, field));
  };
  const addRow = () => {
    const row = newAddonRow();
    setForm((f) => ({ ...f, addons: [...f.addons, row] }));
    return row;
  };
  const removeRow = (row: AddonRow) =>
    setForm((f) => ({ ...f, addons: f.addons.filter((r) => r.key !== row.key) }));

  return {
    form,
    problems,
    problemOf,
    warningOf,
    touch,
    set,
    setRow,
    addRow,
    removeRow,
    submit: () => setSubmitted(true),
    /** A save was tried while something was wrong: say so beside the button. */
    blocked: submitted && Object.keys(problems).length > 0,
  };
}

export type PriceFormState = ReturnType<typeof usePriceForm>;
