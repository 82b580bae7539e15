import { useMemo } from 'react';
import Autocomplete from '@mui/material/Autocomplete';
import TextField from '@mui/material/TextField';
import { Controller, useFormContext, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { canApprove } from '../../../../shared/domain/users';
import { useFieldError } from '../../components/form/useFieldError';
import type { UserFormValues } from './userForm';
import { approverChoices, fullName, type UserIndex } from './userRules';

interface Option {
  id: string;
  label: string;
}

interface Props {
  index: UserIndex;
  /** The stored user's id, or the id a new one will be saved under. */
  selfId: string;
  /** The stored approver's name, for an approver no longer among the choices. */
  storedName: string | null;
}

/**
 * The approver, typed to search: the customer's Attestansvariga and Administratörer, and the user
 * themself ("sig själv") while the chosen role may approve.
 */
export function ApproverField({ index, selfId, storedName }: Props) {
  const { t } = useTranslation();
  const { control } = useFormContext<UserFormValues>();
  const role = useWatch({ control, name: 'role' });
  const [firstName, lastName] = useWatch({ control, name: ['firstName', 'lastName'] });
  const error = useFieldError(control, 'approverId');

  const self = useMemo((): Option => {
    const name = fullName({ firstName, lastName });
    return { id: selfId, label: name ? t('users.selfSuffix', { name }) : t('users.self') };
  }, [selfId, firstName, lastName, t]);

  const options = useMemo((): Option[] => {
    if (!index.byId.has(selfId)) {
      const others = index.approvers.map((row) => ({ id: row.id, label: fullName(row) }));
      return canApprove(role) ? [self, ...others] : others;
    }
    return approverChoices(index, selfId, role).map((row) =>
      row.id === selfId ? self : { id: row.id, label: fullName(row) },
    );
  }, [index, selfId, role, self]);

  return (
    <Controller
      control={control}
      name="approverId"
      render={({ field }) => {
        const value =
          options.find((option) => option.id === field.value) ??
          // A choice no longer offered (themself as Rapportör) still shows, with its error.
          (field.value === selfId
            ? self
            : field.value
              ? { id: field.value, label: storedName ?? t('users.noApprover') }
              : null);
        return (
          <Autocomplete
            options={options}
            value={value}
            onChange={(_event, option) => field.onChange(option?.id ?? '')}
            onBlur={field.onBlur}
            isOptionEqualToValue={(option, chosen) => option.id === chosen.id}
            getOptionKey={(option) => option.id}
            noOptionsText={t('users.dialog.approverNoOptions')}
            renderInput={(params) => (
              <TextField
                {...params}
                inputRef={field.ref}
                name={field.name}
                label={t('users.dialog.approver')}
                error={!!error}
                helperText={error ?? t('users.dialog.approverHelper')}
              />
            )}
          />
        );
      }}
    />
  );
}
