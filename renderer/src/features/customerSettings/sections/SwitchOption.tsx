import type { ReactNode } from 'react';
import { useWatch, type Control, type FieldPath, type FieldValues } from 'react-hook-form';
import { FormSwitch } from '../../../components/form/FormSwitch';
import { OptionGroup } from './OptionGroup';

interface Props<T extends FieldValues, C, O> {
  control: Control<T, C, O>;
  /** The boolean that turns the rule on. */
  name: FieldPath<T>;
  label: string;
  helperText: string;
  /** The rule's own fields, told whether the rule is off: they stay visible but disabled. */
  children?: (off: boolean) => ReactNode;
}

/** An option group headed by the switch of a rule, with the rule's fields below it. */
export function SwitchOption<T extends FieldValues, C, O>(props: Props<T, C, O>) {
  const { control, name, label, helperText, children } = props;
  const on = useWatch({ control, name });
  return (
    <OptionGroup
      head={<FormSwitch control={control} name={name} label={label} helperText={helperText} />}
    >
      {children?.(!on)}
    </OptionGroup>
  );
}
