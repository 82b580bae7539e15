import Autocomplete from '@mui/material/Autocomplete';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import { useTranslation } from 'react-i18next';
import { AUDIT_KINDS } from '../../../../shared/audit/kinds';
import type { CustomerRow } from '../../../../shared/schemas/customer';
import type { UserRow } from '../../../../shared/schemas/users';
import { useQuery } from '../../api/hooks';
import { dayError, type FilterForm } from './filterForm';

interface Props {
  form: FilterForm;
  onChange: (form: FilterForm) => void;
  onClear: () => void;
}

/** Customer, staff member, kind of event, a date range and the subject's name. */
export function AuditFilters({ form, onChange, onClear }: Props) {
  const { t, i18n } = useTranslation();
  const k = (key: string) => t(`auditLog.filters.${key}`);
  const customers = useQuery('customers:list', {}, { refreshOn: ['customers:changed'] });
  const actors = useQuery('audit:actors', {});
  const options = customers.data ?? [];
  const language = i18n.language === 'en' ? 'en' : 'sv';
  const set = (patch: Partial<FilterForm>) => onChange({ ...form, ...patch });
  const dateField = (field: 'from' | 'to') => {
    const error = dayError(form[field]);
    return (
      <TextField
        size="small"
        label={k(field)}
        value={form[field]}
        onChange={(event) => set({ [field]: event.target.value })}
        error={error}
        helperText={error ? k('dateInvalid') : undefined}
        placeholder={k('dateHelper')}
        slotProps={{
          htmlInput: { inputMode: 'numeric', maxLength: 10 },
          inputLabel: { shrink: true },
        }}
        sx={{ width: 144 }}
      />
    );
  };
  return (
    <Box
      role="search"
      aria-label={k('label')}
      sx={{ display: 'flex', gap: 1.5, flexWrap: 'wrap', alignItems: 'flex-start', mb: 2 }}
    >
      <Autocomplete<CustomerRow>
        size="small"
        options={options}
        value={options.find((c) => c.id === form.customerId) ?? null}
        // Another customer's users are not this one's: the user filter starts again.
        onChange={(_, customer) => set({ customerId: customer?.id ?? '', userId: '' })}
        getOptionLabel={(c) => `${c.name} (${c.orgnr})`}
        isOptionEqualToValue={(a, b) => a.id === b.id}
        loading={customers.loading}
        renderInput={(params) => (
          <TextField {...params} label={k('customer')} placeholder={k('allCustomers')} />
        )}
        sx={{ width: 250 }}
      />
      <UserPicker
        customerId={form.customerId}
        userId={form.userId}
        onChange={(userId) => set({ userId })}
      />
      <TextField
        select
        size="small"
        label={k('actor')}
        value={form.actor}
        onChange={(event) => set({ actor: event.target.value })}
        sx={{ width: 170 }}
      >
        <MenuItem value="">{k('allActors')}</MenuItem>
        {(actors.data ?? []).map((actor) => (
          <MenuItem key={actor} value={actor}>
            {actor}
          </MenuItem>
        ))}
      </TextField>
      <TextField
        select
        size="small"
        label={k('kind')}
        value={form.kind}
        onChange={(event) => set({ kind: event.target.value })}
        sx={{ width: 230 }}
      >
        <MenuItem value="">{k('allKinds')}</MenuItem>
        {AUDIT_KINDS.map((kind) => (
          <MenuItem key={kind.key} value={kind.key}>
            {kind[language]}
          </MenuItem>
        ))}
      </TextField>
      {dateField('from')}
      {dateField('to')}
      <TextField
        size="small"
        type="search"
        label={k('text')}
        value={form.text}
        onChange={(event) => set({ text: event.target.value })}
        sx={{ width: 210 }}
      />
      <Button onClick={onClear} sx={{ mt: 0.25 }}>
        {k('clear')}
      </Button>
    </Box>
  );
}

/** At most this many users listed at once: typing narrows a customer of thousands. */
const SHOWN_USERS = 50;

/** One of the chosen customer's users, found by name or employee number as staff type. */
function UserPicker(props: {
  customerId: string;
  userId: string;
  onChange: (userId: string) => void;
}) {
  const { t } = useTranslation();
  const k = (key: string) => t(`auditLog.filters.${key}`);
  const users = useQuery(
    'users:list',
    { customerId: props.customerId },
    { enabled: props.customerId !== '' },
  );
  const options = props.customerId ? (users.data ?? []) : [];
  return (
    <Autocomplete<UserRow>
      size="small"
      options={options}
      disabled={!props.customerId}
      value={options.find((u) => u.id === props.userId) ?? null}
      onChange={(_, user) => props.onChange(user?.id ?? '')}
      getOptionLabel={(u) =>
        `${u.firstName} ${u.lastName}${u.employeeNumber ? ` (${u.employeeNumber})` : ''}`
      }
      filterOptions={(all, { inputValue }) => {
        const typed = inputValue.trim().toLowerCase();
        const label = (u: UserRow) => `${u.firstName} ${u.lastName} ${u.employeeNumber}`;
        return all.filter((u) => label(u).toLowerCase().includes(typed)).slice(0, SHOWN_USERS);
      }}
      isOptionEqualToValue={(a, b) => a.id === b.id}
      loading={users.loading}
      renderInput={(params) => (
        <TextField
          {...params}
          label={k('user')}
          placeholder={props.customerId ? k('allUsers') : k('chooseCustomerFirst')}
        />
      )}
      sx={{ width: 220 }}
    />
  );
}
