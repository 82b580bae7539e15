import { zodResolver } from '@hookform/resolvers/zod';
import type { TFunction } from 'i18next';
import type { Resolver } from 'react-hook-form';
import type { StaleField } from '../../components/staleChanges';
import { z } from 'zod';
import { validateBureau } from '../../../../shared/domain/collaboration';
import {
  bureauInputSchema,
  type BureauInput,
  type BureauProfile,
} from '../../../../shared/schemas/bureau';

export interface BureauFormValues {
  name: string;
  orgnr: string;
  resellerAgreement: boolean;
  agreementNumber: string;
  agreementValidFrom: string;
  staffName: string;
}

export function bureauValues(profile: BureauProfile | null): BureauFormValues {
  return {
    name: profile?.name ?? '',
    orgnr: profile?.orgnr ?? '',
    resellerAgreement: profile?.resellerAgreement ?? false,
    agreementNumber: profile?.agreementNumber ?? '',
    agreementValidFrom: profile?.agreementValidFrom ?? '',
    staffName: profile?.staffName ?? '',
  };
}

/** Without an agreement its number and date mean nothing: they are sent as null. */
function toBureauInput(values: BureauFormValues): BureauInput {
  const agreement = values.resellerAgreement;
  const number = values.agreementNumber.trim();
  const from = values.agreementValidFrom.trim();
  return {
    name: values.name.trim(),
    orgnr: values.orgnr.trim(),
    resellerAgreement: agreement,
    agreementNumber: agreement && number ? number : null,
    agreementValidFrom: agreement && from ? from : null,
    staffName: values.staffName.trim(),
  };
}

const pathOf = (path: readonly PropertyKey[]) =>
  path.filter((p): p is string | number => typeof p !== 'symbol');

const bureauSchema = z
  .custom<BureauFormValues>()
  .transform(toBureauInput)
  .superRefine((input, refine) => {
    const shape = bureauInputSchema.safeParse(input);
    if (!shape.success) {
      for (const issue of shape.error.issues) {
        // A date that fails the schema's pattern is a date problem, not a generic one.
        const message = issue.path[0] === 'agreementValidFrom' ? 'date.invalid' : 'input.invalid';
        refine.addIssue({ code: 'custom', path: pathOf(issue.path), message });
      }
    }
    for (const issue of validateBureau(input)) {
      if (issue.severity !== 'error') continue;
      refine.addIssue({ code: 'custom', path: issue.field.split('.'), message: issue.code });
    }
  });

export const bureauResolver: Resolver<BureauFormValues, unknown, BureauInput> =
  zodResolver(bureauSchema);

/** The bureau form's fields, as the stale dialog lists them. */
export function bureauStaleFields(t: TFunction): StaleField<BureauFormValues>[] {
  const text = (field: Exclude<keyof BureauFormValues, 'resellerAgreement'>) => ({
    field,
    label: t(`bureau.${field}`),
    show: (v: BureauFormValues) => v[field].trim(),
  });
  return [
    text('name'),
    text('orgnr'),
    {
      field: 'resellerAgreement',
      label: t('bureau.reseller'),
      show: (v) => t(v.resellerAgreement ? 'common.yes' : 'common.no'),
    },
    text('agreementNumber'),
    text('agreementValidFrom'),
    text('staffName'),
  ];
}
