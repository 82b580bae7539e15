import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { monthOf, swedishDay } from '../../../../shared/domain/months';
import type { PriceList } from '../../../../shared/schemas/invoices';
import { versionForMonth } from '../prices/versions';
import { dateProblems, quantityValue } from './addonForm';

export type AddonField = 'code' | 'from' | 'to' | 'quantity';

/**
 * The add dialog's values and problems. The prices offered are those of the version that prices
 * the start month, so a later start may offer a newer version's prices.
 */
export function useAddAddonForm(lists: PriceList[] | undefined) {
  const { t } = useTranslation();
  const [values, setValues] = useState({
    code: '',
    from: swedishDay(new Date()),
    to: '',
    quantity: '1',
  });
  const [touched, setTouched] = useState<ReadonlySet<AddonField>>(new Set());
  const [submitted, setSubmitted] = useState(false);

  const dates = dateProblems(values.from, values.to);
  const month = monthOf(dates.from ? swedishDay(new Date()) : values.from.trim());
  const version = lists ? versionForMonth(lists, month) : null;
  const addon = version?.addons.find((a) => a.code === values.code);
  const quantity = addon?.unit === 'item' ? quantityValue(values.quantity) : 1;
  const problems: Record<AddonField, string | undefined> = {
    code: addon ? undefined : 'choose',
    from: dates.from,
    to: dates.to,
    quantity: quantity === null ? 'quantity' : undefined,
  };

  const touch = (field: AddonField) =>
    setTouched((s) => (s.has(field) ? s : new Set(s).add(field)));
  return {
    values,
    version,
    addon,
    quantity,
    valid: !Object.values(problems).some(Boolean),
    problemOf: (field: AddonField) => {
      const problem = problems[field];
      return problem && (submitted || touched.has(field))
        ? t(`prices.addons.problems.${problem}`)
        : undefined;
    },
    set: (field: AddonField) => (value: string) => {
      setValues((v) => ({ ...v, [field]: value }));
      // A date is judged once it is complete or left; a choice at once.
      if ((field !== 'to' && field !== 'from') || value.trim().length >= 10) touch(field);
    },
    touch,
    submit: () => setSubmitted(true),
  };
}

export type AddAddonForm = ReturnType<typeof useAddAddonForm>;
