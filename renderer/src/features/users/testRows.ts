import type { UserRow } from '../../../../shared/schemas/users';

/** A stored user as users:list answers, complete unless told otherwise. */
export function userRow(overrides: Partial<UserRow> & { id: string }): UserRow {
  return {
    customerId: 'c1',
    firstName: 'Anna',
    lastName: 'Ek',
    email: `${overrides.id}@akesson.example`,
    personnummerMasked: null,
    mobile: '',
    employeeNumber: overrides.id,
    salaryForm: 'monthly',
    role: 'reporter',
    approverId: null,
    approverName: null,
    profileId: null,
    profileName: null,
    missing: [],
    isPrimaryContact: false,
    invitation: {
      emailState: 'none',
      emailStateAt: null,
      emailError: null,
      letterAt: null,
      blikkWelcomeAt: null,
      loggedInAt: null,
      remindedAt: null,
      invited: false,
    },
    updatedAt: '2030-01-01T00:00:00.000Z',
    recordVersion: 1,
    ...overrides,
  };
}
