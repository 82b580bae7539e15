import type { DataSource } from 'typeorm';
import type { KeyStore } from './core';
import {
  keyFits,
  keyless,
  newDataKey,
  readKeyState,
  teamKeyMissing,
  writeKeyCheck,
  wrongKey,
} from './db/key-check';
import { engineOf } from './db/engine';
import { logInfo } from './log';

/**
 * The data key of the database being opened, checked against the database's key check value
 * (issue 16 item 4) in two steps around the migrations:
 * - `check`, before anything is written: a key that does not fit is refused (key.wrongTeamKey,
 *   key.wrongKey); a team database that has a key when this desktop has none is refused with
 *   key.teamKeyMissing; a team database with no key at all gets this desktop's new one;
 * - `settle`, after the migrations: a database without a check value gets this key's, and a new
 *   key is kept by this desktop in the same transaction, so that a crash leaves either both or a
 *   kept key the next open writes the check value for.
 * A SQLite file from before the check value whose key does not decrypt it opens as it did
 * before (it is refused only once it has a check value).
 */
export interface KeyGate {
  check(ds: DataSource): Promise<void>;
  settle(ds: DataSource): Promise<void>;
  key(): Buffer;
}

export function keyGate(keyStore: KeyStore, team: boolean, loaded?: Buffer): KeyGate {
  let key = loaded;
  let made = false;
  let write = false;
  return {
    key: () => {
      if (!key) throw new Error('The data key is read when the database opens');
      return key;
    },
    async check(ds) {
      const state = await readKeyState(ds);
      key ??= team && keyStore.peek ? await keyStore.peek() : await keyStore.load();
      made = false;
      if (!key) {
        if (!keyless(state)) throw teamKeyMissing();
        key = newDataKey();
        made = true;
      } else if (!keyFits(state, key)) {
        if (team || state.check) throw wrongKey(engineOf(ds));
        logInfo('The key beside this database does not decrypt it; no key check value is written.');
        write = false;
        return;
      }
      write = !state.check;
    },
    async settle(ds) {
      if (!write || !key) return;
      const ours = key;
      await ds.transaction(async (m) => {
        if (!(await writeKeyCheck(m, ours))) {
          throw made ? teamKeyMissing() : wrongKey(engineOf(ds));
        }
        if (made) await keyStore.keep?.(ours);
      });
      write = false;
      made = false;
    },
  };
}
