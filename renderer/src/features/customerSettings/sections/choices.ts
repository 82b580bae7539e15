import type { RadioOption } from '../../../components/form/FormRadioGroup';

/** A radio option for each value, in the given order, labelled by `label`. */
export function choices(
  values: readonly string[],
  label: (value: string) => string,
): RadioOption[] {
  return values.map((value) => ({ value, label: label(value) }));
}
