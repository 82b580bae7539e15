import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { OpenedCore } from '../../electron/core/open';
import { customerWithUsers } from './outbox-setup';
import { BUREAU, collaboration, value } from './support';

/* What the backup tests share: a database holding test personnummer (Skatteverket's, from
   test/fixtures/identity), and a scan of files for those numbers in clear. */

/** The contact of collaboration() and the users customerWithUsers saves. */
export const HELD_PERSONNUMMER = [
  '189001019802',
  '189001159806',
  '189001299800',
  '189002129808',
  '189002269802',
  '189003129807',
];

export async function bureauWithPeople(core: OpenedCore): Promise<void> {
  await value(core, 'bureau:save', BUREAU);
  await value(core, 'customers:create', collaboration());
  await customerWithUsers(core, 5, '556016-0680');
}

/** 12-digit, 10-digit and dashed (both lengths) forms of each number. */
function clearForms(pnr: string): string[] {
  const short = pnr.slice(2);
  return [
    pnr,
    short,
    `${short.slice(0, 6)}-${short.slice(6)}`,
    `${pnr.slice(0, 8)}-${pnr.slice(8)}`,
  ];
}

/** Every form of every held personnummer found in clear in `files` (UTF-8 or UTF-16). */
export function personnummerInClear(files: string[]): string[] {
  const found: string[] = [];
  for (const file of files) {
    const bytes = readFileSync(file);
    for (const form of HELD_PERSONNUMMER.flatMap(clearForms)) {
      if (bytes.includes(form, 0, 'utf8') || bytes.includes(form, 0, 'utf16le')) {
        found.push(`${form} in ${file}`);
      }
    }
  }
  return found;
}

export function filesIn(folder: string): string[] {
  return readdirSync(folder).map((name) => join(folder, name));
}
