import { AppError } from '../../../shared/errors';
import type { MailTestResult } from '../../../shared/schemas/mail';
import type { ServiceContext } from '../context';

/** Sends one test message (to the sender's own address unless told); each failure its own code. */
export async function sendTestMail(_ctx: ServiceContext, _to?: string): Promise<MailTestResult> {
  throw new AppError('internal', 'Inte byggt ännu');
}
