import {
  existsSync,
  linkSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { keyFileFor, resealMarkerFor, sealedKeyFileFor } from '../crypto/key-file';

/**
 * A restore replaces two files, the database and its key, which no single rename can do. So the
 * new ones are staged beside them (`.restoring`), then a journal naming the kept copy is written
 * (aside, then renamed: its appearance is the moment the restore happens), then the steps run;
 * each is safe to repeat. A process killed at any point leaves either no journal (the staged
 * files are dropped: nothing was restored) or a journal that the next start finishes.
 */
export function stagedFor(dbFile: string, keyFile: string) {
  return { db: `${dbFile}.restoring`, key: `${keyFile}.restoring` };
}

const journalOf = (dbFile: string) => `${dbFile}.restore-journal`;
const REPLACED = '.before-restore-';

/** Writes the journal; answers where the replaced database will be kept. */
export function startRestore(dbFile: string, keyFile: string): string | null {
  const kept = existsSync(dbFile) ? `${dbFile}${REPLACED}${Date.now()}` : null;
  const journal = journalOf(dbFile);
  writeFileSync(`${journal}.tmp`, JSON.stringify({ kept, keyFile }));
  renameSync(`${journal}.tmp`, journal);
  return kept;
}

/** Finishes a restore the journal records, or drops what an unfinished one staged. */
export function finishRestore(dbFile: string, keyFile: string): void {
  const journal = journalOf(dbFile);
  const staged = stagedFor(dbFile, keyFile);
  rmSync(`${journal}.tmp`, { force: true });
  if (!existsSync(journal)) {
    for (const file of [staged.db, staged.key]) rmSync(file, { force: true });
    return;
  }
  const { kept } = JSON.parse(readFileSync(journal, 'utf8')) as { kept: string | null };
  if (existsSync(staged.key)) {
    if (kept) keepBeside(keyFile, keyFileFor(kept));
    // A key the desktop sealed would win over the restored one: it goes with the kept copy, and
    // the desktop seals the restored key at its next start (the marker first: safe to repeat).
    const sealed = sealedKeyFileFor(dbFile);
    if (kept && existsSync(sealed)) {
      writeFileSync(resealMarkerFor(dbFile), '');
      renameSync(sealed, sealedKeyFileFor(kept));
    }
    renameSync(staged.key, keyFile);
  }
  if (existsSync(staged.db)) {
    if (kept) keepBeside(dbFile, kept);
    // The closed database's WAL belongs to it, never to the restored file.
    for (const suffix of ['-wal', '-shm']) rmSync(dbFile + suffix, { force: true });
    renameSync(staged.db, dbFile);
  }
  rmSync(journal, { force: true });
}

/** A second name for the file (a hard link: atomic, no copy); nothing if already there. */
function keepBeside(file: string, keptName: string): void {
  if (existsSync(file) && !existsSync(keptName)) linkSync(file, keptName);
}

/** After a successful start the database replaced by a restore (and its key) are removed. */
export function removeReplaced(dbFile: string): void {
  if (existsSync(journalOf(dbFile))) return;
  const prefix = basename(dbFile) + REPLACED;
  const folder = dirname(dbFile);
  for (const name of readdirSync(folder)) {
    if (name.startsWith(prefix)) rmSync(join(folder, name), { force: true });
  }
}
