import type { EntityManager } from 'typeorm';
import type { Role, SalaryForm } from '../../../shared/schemas/users';
import { ProfileEntity, UserEntity } from '../db/entities';
import { inListOrder } from '../users/user-mapper';

/** A prepared user as the reconciliation compares it (no personnummer: its fingerprint). */
export interface PreparedUser {
  userId: string;
  firstName: string;
  lastName: string;
  email: string;
  employeeNumber: string;
  /** The blind index of the personnummer (users.personnummer_fp), null when none. */
  personnummerFp: string | null;
  salaryForm: SalaryForm | null;
  role: Role;
  approverId: string | null;
  profileName: string | null;
}

/** The customer's users in list order, and its reporting profiles: two indexed reads. */
export async function preparedOf(
  m: EntityManager,
  customerId: string,
): Promise<{ users: PreparedUser[]; profiles: { id: string; name: string }[] }> {
  const rows = await m.find(UserEntity, { where: { customerId } });
  const profiles = (await m.find(ProfileEntity, { where: { customerId } })).map((p) => ({
    id: p.id,
    name: p.name,
  }));
  const names = new Map(profiles.map((p) => [p.id, p.name]));
  const users = inListOrder(rows).map((u) => ({
    userId: u.id,
    firstName: u.firstName,
    lastName: u.lastName,
    email: u.email,
    employeeNumber: u.employeeNumber,
    personnummerFp: u.personnummerFp,
    salaryForm: u.salaryForm as SalaryForm | null,
    role: u.role as Role,
    approverId: u.approverId,
    profileName: u.profileId ? (names.get(u.profileId) ?? null) : null,
  }));
  return { users, profiles };
}
