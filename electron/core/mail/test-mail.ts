import { randomUUID } from 'node:crypto';
import { isValidEmail } from '../../../shared/domain/contact';
import { errorsSv } from '../../../shared/errorMessages';
import { AppError } from '../../../shared/errors';
import type { MailTestResult } from '../../../shared/schemas/mail';
import type { ServiceContext } from '../context';
import { loadSmtpConfig } from './settings-service';
import { MailSendError, openMailSender, type SendOptions, type SmtpConfig } from './transport';
import { domainOf } from './outbox-store';

/**
 * Sends one test message straight to the server (not through the outbox: staff wait for the
 * answer), to the sender's own address unless told. Each failure is its own code with its
 * Swedish sentence, and the server's words in `details.server`.
 */
export async function sendTestMail(
  ctx: ServiceContext,
  to?: string,
  options: Pick<SendOptions, 'timeoutMs'> = {},
): Promise<MailTestResult> {
  const address = to || undefined;
  if (address !== undefined && !isValidEmail(address)) {
    throw new AppError('email.invalid', errorsSv['email.invalid'], { field: 'to' });
  }
  const config = await loadSmtpConfig(ctx);
  const recipient = address ?? config.senderAddress;
  const sender = openMailSender(config, options);
  try {
    const { response } = await sender.send({
      ...testMessage(config),
      to: { name: address ? '' : config.senderName, address: recipient },
      messageId: `<test-${randomUUID()}@${domainOf(config.senderAddress) || 'kundstart.invalid'}>`,
    });
    return { to: recipient, response };
  } catch (err) {
    if (!(err instanceof MailSendError)) throw err;
    throw new AppError(err.code, errorsSv[err.code], { server: err.serverText });
  } finally {
    sender.close();
  }
}

/** Short, in Swedish, with å ä ö in subject and body: a wrong character set shows at once. */
function testMessage(config: SmtpConfig) {
  const text = [
    'Hej!',
    '',
    'Det här är ett testmeddelande från Kundstart. Byråns e-postinställningar fungerar:',
    `servern ${config.host} tog emot meddelandet och det kom fram.`,
    '',
    'Så här ska de svenska bokstäverna se ut: å ä ö Å Ä Ö.',
    'Ser de fel ut, kontrollera teckenkodningen i e-postprogrammet.',
    '',
    'Du behöver inte svara på det här meddelandet.',
  ].join('\n');
  return { subject: 'Testmeddelande från Kundstart: å ä ö', text, html: '' };
}
