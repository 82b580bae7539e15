import { zodResolver } from '@hookform/resolvers/zod';
import type { Resolver } from 'react-hook-form';
import { z } from 'zod';
import { validateCollaboration } from '../../../../shared/domain/collaboration';
import {
  collaborationInputSchema,
  type CollaborationInput,
} from '../../../../shared/schemas/customer';
import { toInput, type CollaborationFormValues, type FormMode } from './formValues';
import { INVOICING_STEP } from './steps';

export interface CollaborationContext {
  mode: FormMode;
  hasResellerAgreement: boolean;
  /** The step on screen: an invoice e-mail is only demanded once invoicing is chosen. */
  step: number;
}

const pathOf = (path: readonly PropertyKey[]) =>
  path.filter((p): p is string | number => typeof p !== 'symbol');

/**
 * The contract's input schema plus the domain's rules, over the input the form would send.
 * Every message is an error code; the fields translate it.
 */
export function collaborationSchema(ctx: CollaborationContext) {
  return z
    .custom<CollaborationFormValues>()
    .transform((values) => toInput(values, ctx.mode))
    .superRefine((input, refine) => {
      const shape = collaborationInputSchema.safeParse(input);
      if (!shape.success) {
        for (const issue of shape.error.issues) {
          refine.addIssue({ code: 'custom', path: pathOf(issue.path), message: 'input.invalid' });
        }
      }
      const issues = validateCollaboration(input, {
        hasResellerAgreement: ctx.hasResellerAgreement,
        // A new collaboration must be ready for onboarding; an edit may stay partial.
        requireComplete: ctx.mode === 'create',
      });
      for (const issue of issues) {
        if (issue.severity !== 'error') continue;
        if (issue.code === 'email.missing' && ctx.step < INVOICING_STEP) continue;
        refine.addIssue({ code: 'custom', path: issue.field.split('.'), message: issue.code });
      }
    });
}

const fallback: CollaborationContext = { mode: 'create', hasResellerAgreement: false, step: 0 };

/** Built per call so that it always sees the current context (reseller agreement, step). */
export const collaborationResolver: Resolver<
  CollaborationFormValues,
  CollaborationContext,
  CollaborationInput
> = (values, context, options) =>
  zodResolver(collaborationSchema(context ?? fallback))(values, context, options);
