import { Initial1764320000000 } from './1764320000000-initial';
import { TimeSettings1764400000000 } from './1764400000000-time-settings';

/** Every migration, oldest first. Listed explicitly: globs break under bundlers. */
export const MIGRATIONS = [Initial1764320000000, TimeSettings1764400000000];
