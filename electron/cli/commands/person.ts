import type { Command } from 'commander';
import { extname } from 'node:path';
import type { PersonOverview, PersonQuery } from '../../../shared/schemas/privacy';
import { outPath, writeOut } from '../out-file';
import { print, UsageError } from '../output';
import { call, withCore, withCoreProcess } from '../session';
import type { GlobalOptions } from '../main';

interface PersonOptions {
  personnummer?: string;
  email?: string;
  json?: boolean;
}

/** `kundstart person find|export|erase`: a person's data across every customer (GDPR). */
export function registerPerson(program: Command, globals: () => GlobalOptions): void {
  const person = program
    .command('person')
    .description('personuppgifter: var en person finns, registerutdrag och radering');
  withKey(person.command('find').description('visa var personen finns (hos vilka kunder)')).action(
    async (opts: PersonOptions) => {
      const query = queryOf(opts);
      await withCore(globals().db, 'cli', async (core) => {
        const found = await call(core, 'privacy:find', query);
        print({ json: Boolean(opts.json) }, found, () => placesText(found));
      });
    },
  );
  withKey(person.command('export').description('skriv ett registerutdrag (JSON eller PDF)'))
    .requiredOption('--out <file>', 'filen: .json eller .pdf')
    .action(async (opts: PersonOptions & { out: string }) => {
      const query = queryOf(opts);
      const format = formatOf(opts.out);
      outPath(opts.out);
      await withCoreProcess(globals().db, async (core) => {
        const file = await call(core, 'privacy:export', { query, format });
        const path = writeOut(opts.out, Buffer.from(file.base64, 'base64'));
        print(
          { json: Boolean(opts.json) },
          { file: path },
          () => `Registerutdraget är skrivet: ${path}`,
        );
      });
    });
  withKey(person.command('erase').description('radera personen ur Kundstart (kan inte ångras)'))
    .option('--yes', 'radera utan att fråga (krävs)')
    .action(async (opts: PersonOptions & { yes?: boolean }) => {
      const query = queryOf(opts);
      await withCore(globals().db, 'cli', async (core) => {
        if (!opts.yes) {
          const found = await call(core, 'privacy:find', query);
          throw new UsageError(
            `${placesText(found)}\nRaderingen kan inte ångras. Lägg till --yes för att radera.`,
          );
        }
        const erased = await call(core, 'privacy:erase', query);
        const c = erased.counts;
        print({ json: Boolean(opts.json) }, erased, () =>
          [
            'Personen är raderad.',
            `Användare: ${c.users}, kontaktpersoner: ${c.contacts}, meddelanden: ${c.messages},`,
            `utkast: ${c.drafts}, Blikk-avstämningar: ${c.blikk}, händelser rensade: ${c.audit}.`,
          ].join('\n'),
        );
      });
    });
}

function withKey(command: Command): Command {
  return command
    .option('--personnummer <nr>', 'personens personnummer (valfri skrivform)')
    .option('--email <address>', 'personens e-postadress')
    .option('--json', 'skriv resultatet som JSON');
}

function queryOf(opts: PersonOptions): PersonQuery {
  if (Boolean(opts.personnummer) === Boolean(opts.email)) {
    throw new UsageError('Ange antingen --personnummer eller --email.');
  }
  return opts.personnummer ? { personnummer: opts.personnummer } : { email: opts.email ?? '' };
}

function formatOf(out: string): 'json' | 'pdf' {
  const ext = extname(out).toLowerCase();
  if (ext === '.json' || ext === '.pdf') return ext === '.json' ? 'json' : 'pdf';
  throw new UsageError('--out ska sluta på .json eller .pdf.');
}

function placesText(found: PersonOverview): string {
  const roles = (p: PersonOverview['places'][number]) =>
    [p.asUser ? 'användare' : '', p.asContact ? 'kontaktperson' : ''].filter(Boolean).join(' och ');
  return [
    found.name,
    ...found.places.map((p) => `  ${p.customerName}: ${roles(p)}`),
    `Meddelanden: ${found.counts.messages}, händelser i loggen: ${found.counts.audit}.`,
  ].join('\n');
}
