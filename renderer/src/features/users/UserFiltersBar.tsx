import Box from '@mui/material/Box';
import Checkbox from '@mui/material/Checkbox';
import FormControlLabel from '@mui/material/FormControlLabel';
import InputAdornment from '@mui/material/InputAdornment';
import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import SearchIcon from '@mui/icons-material/Search';
import { useTranslation } from 'react-i18next';
import { ROLES, type Role } from '../../../../shared/schemas/users';
import { INVITATION_STATES, type InvitationState } from '../messaging/invitationState';
import type { UserFilters } from './filterUsers';

type Flag = 'incomplete' | 'noEmail' | 'notInvited';
const FLAGS: Flag[] = ['incomplete', 'noEmail', 'notInvited'];

interface Props {
  search: string;
  onSearch: (value: string) => void;
  filters: Omit<UserFilters, 'query'>;
  onChange: (filters: Omit<UserFilters, 'query'>) => void;
}

/** Search, role, invitation state and the three quick filters of the article's checks. */
export function UserFiltersBar({ search, onSearch, filters, onChange }: Props) {
  const { t } = useTranslation();
  return (
    <Box
      role="search"
      aria-label={t('users.filters.label')}
      sx={{ display: 'flex', alignItems: 'center', columnGap: 2, rowGap: 1, flexWrap: 'wrap' }}
    >
      <TextField
        type="search"
        size="small"
        label={t('users.filters.search')}
        value={search}
        onChange={(event) => onSearch(event.target.value)}
        sx={{ width: 320, maxWidth: '100%' }}
        slotProps={{
          input: {
            startAdornment: (
              <InputAdornment position="start">
                <SearchIcon fontSize="small" />
              </InputAdornment>
            ),
          },
        }}
      />
      <TextField
        select
        size="small"
        label={t('users.filters.role')}
        value={filters.role ?? ''}
        onChange={(event) =>
          onChange({ ...filters, role: (event.target.value || null) as Role | null })
        }
        sx={{ width: 180 }}
      >
        <MenuItem value="">{t('users.filters.allRoles')}</MenuItem>
        {ROLES.map((role) => (
          <MenuItem key={role} value={role}>
            {t(`common.roles.${role}`)}
          </MenuItem>
        ))}
      </TextField>
      <TextField
        select
        size="small"
        label={t('messaging.invitation.filter')}
        value={filters.invitation ?? ''}
        onChange={(event) =>
          onChange({
            ...filters,
            invitation: (event.target.value || null) as InvitationState | null,
          })
        }
        sx={{ width: 200 }}
      >
        <MenuItem value="">{t('messaging.invitation.allStates')}</MenuItem>
        {INVITATION_STATES.map((state) => (
          <MenuItem key={state} value={state}>
            {t(`messaging.invitation.filterStates.${state}`)}
          </MenuItem>
        ))}
      </TextField>
      <Box sx={{ display: 'flex', flexWrap: 'wrap' }}>
        {FLAGS.map((flag) => (
          <FormControlLabel
            key={flag}
            label={t(`users.filters.${flag}`)}
            control={
              <Checkbox
                size="small"
                checked={filters[flag]}
                onChange={(event) => onChange({ ...filters, [flag]: event.target.checked })}
              />
            }
          />
        ))}
      </Box>
    </Box>
  );
}
