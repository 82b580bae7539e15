// A process that opens a database and erases one person, as `kundstart person erase --yes`
// does: the crash test kills it with SIGKILL at a random moment of the erasure.
import { openCore } from '../../electron/core/open';
import { erasePerson } from '../../electron/core/privacy/person-erase';

const [dbFile, personnummer] = process.argv.slice(2);
if (!dbFile || !personnummer) throw new Error('usage: person-erase-child.ts DBFILE PERSONNUMMER');
const core = await openCore({ dbFile, mode: 'cli', version: '0.0.0-test' });
process.stdout.write('erasing\n');
const result = await erasePerson(core.context, { personnummer });
process.stdout.write(`${JSON.stringify(result)}\n`);
await core.close();
