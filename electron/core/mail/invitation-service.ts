import { AppError } from '../../../shared/errors';
import type { InviteResult } from '../../../shared/schemas/mail';
import type { ServiceContext } from '../context';

export interface InviteRequest {
  customerId: string;
  userIds?: string[];
  allComplete?: boolean;
  confirmIncomplete: boolean;
  dryRun: boolean;
}

export async function invite(_ctx: ServiceContext, _request: InviteRequest): Promise<InviteResult> {
  throw new AppError('internal', 'Inte byggt ännu');
}

export async function remind(
  _ctx: ServiceContext,
  _customerId: string,
  _userIds: string[],
): Promise<InviteResult> {
  throw new AppError('internal', 'Inte byggt ännu');
}

export async function markBlikkWelcome(
  _ctx: ServiceContext,
  _input: { customerId: string; userIds: string[]; value: boolean },
): Promise<{ updated: number }> {
  throw new AppError('internal', 'Inte byggt ännu');
}

export async function markLoggedIn(
  _ctx: ServiceContext,
  _input: { customerId: string; userIds: string[]; value: boolean },
): Promise<{ updated: number }> {
  throw new AppError('internal', 'Inte byggt ännu');
}
