import { Initial1764320000000 } from './1764320000000-initial';
import { TimeSettings1764400000000 } from './1764400000000-time-settings';
import { UsersLicences1764480000000 } from './1764480000000-users-licences';
import { ImportMappings1764560000000 } from './1764560000000-import-mappings';
import { Invoicing1764640000000 } from './1764640000000-invoicing';
import { AuditSubject1764720000000 } from './1764720000000-audit-subject';
import { Mail1764800000000 } from './1764800000000-mail';
import { Blikk1764900000000 } from './1764900000000-blikk';
import { AuditLog1765300000000 } from './1765300000000-audit-log';
import { Privacy1765200000000 } from './1765200000000-privacy';
import { UserCounts1765450000000 } from './1765450000000-user-counts';
import { Versions1765500000000 } from './1765500000000-versions';
import { UniqueKeys1765600000000 } from './1765600000000-unique-keys';
import { Timestamps1765610000000 } from './1765610000000-timestamps';
import { AuditRole1765620000000 } from './1765620000000-audit-role';
import { KeyCheck1765700000000 } from './1765700000000-key-check';

/** Every migration, oldest first. Listed explicitly: globs break under bundlers. */
export const MIGRATIONS = [
  Initial1764320000000,
  TimeSettings1764400000000,
  UsersLicences1764480000000,
  ImportMappings1764560000000,
  Invoicing1764640000000,
  AuditSubject1764720000000,
  Mail1764800000000,
  Blikk1764900000000,
  Privacy1765200000000,
  AuditLog1765300000000,
  UserCounts1765450000000,
  Versions1765500000000,
  UniqueKeys1765600000000,
  Timestamps1765610000000,
  AuditRole1765620000000,
  KeyCheck1765700000000,
];
