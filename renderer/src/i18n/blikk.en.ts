import type { blikkSv } from './blikk.sv';

/** In English: reconciliation with Blikk. */
export const blikkEn: typeof blikkSv = {
  title: 'Reconciliation with Blikk',
};
