import { ROLES, type Role, type UserRow } from '../../../../shared/schemas/users';
import {
  invitationStateOf,
  isInvitationState,
  type InvitationState,
} from '../messaging/invitationState';

export interface UserFilters {
  query: string;
  role: Role | null;
  incomplete: boolean;
  noEmail: boolean;
  notInvited: boolean;
  /** One state of step 5 (failed, sent, BankID letter...), or null for all. */
  invitation: InvitationState | null;
}

export const NO_FILTERS: UserFilters = {
  query: '',
  role: null,
  incomplete: false,
  noEmail: false,
  notInvited: false,
  invitation: null,
};

export function isFiltered(filters: UserFilters): boolean {
  return (
    filters.query.trim() !== '' ||
    filters.role !== null ||
    filters.incomplete ||
    filters.noEmail ||
    filters.notInvited ||
    filters.invitation !== null
  );
}

const lower = (s: string) => s.toLocaleLowerCase('sv-SE');

/**
 * Every word of the query must be found in the name, the e-mail or the employee number (any
 * case): "anna ek" finds Anna Ek, "12" finds employee number 112, "@akesson" a whole domain.
 */
function matchesQuery(row: UserRow, words: readonly string[]): boolean {
  if (words.length === 0) return true;
  const haystack = lower(`${row.firstName} ${row.lastName} ${row.email} ${row.employeeNumber}`);
  return words.every((word) => haystack.includes(word));
}

export function filterUsers(rows: readonly UserRow[], filters: UserFilters): UserRow[] {
  const words = lower(filters.query).split(/\s+/).filter(Boolean);
  return rows.filter(
    (row) =>
      matchesQuery(row, words) &&
      (filters.role === null || row.role === filters.role) &&
      (!filters.incomplete || row.missing.length > 0) &&
      (!filters.noEmail || row.email.trim() === '') &&
      (!filters.notInvited || !row.invitation.invited) &&
      (filters.invitation === null || invitationStateOf(row.invitation) === filters.invitation),
  );
}

/** The filters kept in the address (?incomplete=1&role=approver), so other pages can link here. */
export function filtersFromParams(params: URLSearchParams): Omit<UserFilters, 'query'> {
  const role = params.get('role');
  const invitation = params.get('invitation');
  return {
    role: (ROLES as readonly string[]).includes(role ?? '') ? (role as Role) : null,
    incomplete: params.get('incomplete') === '1',
    noEmail: params.get('noEmail') === '1',
    notInvited: params.get('notInvited') === '1',
    invitation: isInvitationState(invitation) ? invitation : null,
  };
}

export function filtersToParams(filters: Omit<UserFilters, 'query'>): Record<string, string> {
  const params: Record<string, string> = {};
  if (filters.role) params.role = filters.role;
  if (filters.incomplete) params.incomplete = '1';
  if (filters.noEmail) params.noEmail = '1';
  if (filters.notInvited) params.notInvited = '1';
  if (filters.invitation) params.invitation = filters.invitation;
  return params;
}
