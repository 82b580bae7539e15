import { Initial1764320000000 } from './1764320000000-initial';

/** Every migration, oldest first. Listed explicitly: globs break under bundlers. */
export const MIGRATIONS = [Initial1764320000000];
