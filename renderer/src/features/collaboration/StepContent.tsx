import type { FormMode } from './formValues';
import { CustomerStep } from './steps/CustomerStep';
import { InvoicingStep } from './steps/InvoicingStep';
import { LicencesStep } from './steps/LicencesStep';
import { SummaryStep } from './steps/SummaryStep';
import { VersionStep } from './steps/VersionStep';
import { STEPS } from './steps';
import type { OrgnrLookup } from './useOrgnrLookup';

interface Props {
  step: number;
  mode: FormMode;
  lookup: OrgnrLookup;
  storedPersonnummer: string | null;
  /** A restored draft left the contact's personnummer out. */
  personnummerDropped: boolean;
  hasResellerAgreement: boolean;
  onEdit: (step: number) => void;
}

/** Only the current step is mounted: its fields are the ones "Next" validates. */
export function StepContent({
  step,
  mode,
  lookup,
  storedPersonnummer,
  personnummerDropped,
  hasResellerAgreement,
  onEdit,
}: Props) {
  switch (STEPS[step]) {
    case 'version':
      return <VersionStep />;
    case 'licences':
      return <LicencesStep />;
    case 'customer':
      return (
        <CustomerStep
          lookup={lookup}
          storedPersonnummer={storedPersonnummer}
          personnummerDropped={personnummerDropped}
          mode={mode}
        />
      );
    case 'invoicing':
      return <InvoicingStep hasResellerAgreement={hasResellerAgreement} />;
    default:
      return <SummaryStep mode={mode} storedPersonnummer={storedPersonnummer} onEdit={onEdit} />;
  }
}
