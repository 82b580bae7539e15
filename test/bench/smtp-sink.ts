// The bench's SMTP server, in a process of its own so that its work does not count in the
// event-loop delay measured in the sending process. Answers 'count' and 'stop' over IPC.
import { startTestSmtp } from '../support/smtp';

const smtp = await startTestSmtp(0, {}, { parse: false });
const send = (message: unknown) => process.send?.(message);
send({ port: smtp.port });
process.on('message', (message) => {
  if (message === 'count') send({ count: smtp.accepted });
  if (message === 'stop') void smtp.stop().then(() => process.exit(0));
});
