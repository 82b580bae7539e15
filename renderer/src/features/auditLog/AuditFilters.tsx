import Autocomplete from '@mui/material/Autocomplete';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import { useTranslation } from 'react-i18next';
import { AUDIT_KINDS } from '../../../../shared/audit/kinds';
import type { CustomerRow } from '../../../../shared/schemas/customer';
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
        onChange={(_, customer) => set({ customerId: customer?.id ?? '' })}
        getOptionLabel={(c) => `${c.name} (${c.orgnr})`}
        isOptionEqualToValue={(a, b) => a.id === b.id}
        loading={customers.loading}
        renderInput={(params) => (
          <TextField {...params} label={k('customer')} placeholder={k('allCustomers')} />
        )}
        sx={{ width: 250 }}
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
