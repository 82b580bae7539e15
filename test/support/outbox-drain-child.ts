// A process that opens a database and drains its outbox once, as `kundstart invite` will: the
// crash test kills it with SIGKILL while the server holds the message's DATA.
import { openCore } from '../../electron/core/open';

const dbFile = process.argv[2];
if (!dbFile) throw new Error('usage: outbox-drain-child.ts DBFILE');
const core = await openCore({ dbFile, mode: 'cli', version: '0.0.0-test' });
process.stdout.write('draining\n');
const result = await core.outbox.drainOnce();
process.stdout.write(`${JSON.stringify(result)}\n`);
await core.close();
