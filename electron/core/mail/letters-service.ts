import { AppError } from '../../../shared/errors';
import type { ServiceContext } from '../context';

/**
 * The BankID letters of a customer's users (those without e-mail unless users are named): one
 * page per user in one PDF; each user's letter_at is set.
 */
export async function makeLetters(
  _ctx: ServiceContext,
  _customerId: string,
  _userIds?: string[],
): Promise<{ fileName: string; bytes: Buffer; userIds: string[] }> {
  throw new AppError('internal', 'Inte byggt ännu');
}
