import { Command, CommanderError } from 'commander';
import { registerAddon } from './commands/addon';
import { registerAudit } from './commands/audit';
import { registerBackup } from './commands/backup';
import { registerBlikk } from './commands/blikk';
import { registerBureau } from './commands/bureau';
import { registerContact } from './commands/contact';
import { registerCustomer } from './commands/customer';
import { registerDb } from './commands/db';
import { registerDbTest } from './commands/db-test';
import { registerDbKey } from './commands/db-key';
import { registerDemo } from './commands/demo';
import { registerInvite } from './commands/invite';
import { registerInvoices } from './commands/invoices';
import { registerOutbox } from './commands/outbox';
import { registerPerson } from './commands/person';
import { registerLetters } from './commands/letters';
import { registerPrices } from './commands/prices';
import { registerServe } from './commands/serve';
import { registerSetupSheet } from './commands/setup-sheet';
import { registerUsers } from './commands/users';
import { EXIT, reportError } from './output';

export interface GlobalOptions {
  db?: string;
}

/** The CLI over the same services as the app; exit 0 done, 1 refused, 2 usage. */
export async function run(argv: string[]): Promise<number> {
  const program = new Command('kundstart')
    .description('Kundstart: förbered byråns kunder för Blikk Easy')
    .option('--db <file>', 'databasfil (annars KUNDSTART_DB eller programmets datamapp)')
    .exitOverride()
    .showHelpAfterError();
  const globals = () => program.opts<GlobalOptions>();
  registerBureau(program, globals);
  registerCustomer(program, globals);
  registerServe(program, globals);
  registerBackup(program, globals);
  registerDemo(program, globals);
  registerSetupSheet(program, globals);
  registerUsers(program, globals);
  registerPrices(program, globals);
  registerAddon(program, globals);
  registerInvoices(program, globals);
  registerContact(program, globals);
  registerInvite(program, globals);
  registerOutbox(program, globals);
  registerLetters(program, globals);
  registerBlikk(program, globals);
  registerAudit(program, globals);
  registerPerson(program, globals);
  registerDb(program, globals);
  registerDbTest(program);
  registerDbKey(program, globals);
  try {
    await program.parseAsync(argv);
    return EXIT.done;
  } catch (err) {
    if (err instanceof CommanderError) {
      return err.exitCode === 0 ? EXIT.done : EXIT.usage;
    }
    return reportError({ json: argv.includes('--json') }, err);
  }
}
