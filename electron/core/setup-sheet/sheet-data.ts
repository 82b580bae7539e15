import type { BureauProfile } from '../../../shared/schemas/bureau';
import type { CustomerDetail } from '../../../shared/schemas/customer';
import type { CustomerSettings, Holiday } from '../../../shared/schemas/settings';

/** Everything the set-up sheet prints: gathered by the caller, so rendering stays pure. */
export interface SetupSheetData {
  /** Null until the bureau has filled in its profile: the sheet is still useful without it. */
  bureau: BureauProfile | null;
  customer: CustomerDetail;
  settings: CustomerSettings;
  /** The current year's public, de facto and half days, for the work-time section. */
  holidays: Holiday[];
  /** ISO timestamp of when the sheet was made. */
  generatedAt: string;
}
