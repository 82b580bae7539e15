import { randomUUID } from 'node:crypto';
import { existsSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openDatabase } from './db/data-source';
import { dialectOf } from './db/dialect';
import { engineFor } from './db/engine';
import { listenForColleagues, notifyColleagues } from './db/live-changes';
import { localFileFor } from './paths';
import { logInfo } from './log';
import { createFieldCipher } from './crypto/cipher';
import { keyGate } from './key-gate';
import { teamKeyMissing } from './db/key-check';
import { fileKeyStore, keyFileFor, resealMarkerFor, sealedKeyFileFor } from './crypto/key-file';
import { startDailyBackups, takeAutomaticBackup } from './backup/automatic';
import { finishRestore, removeReplaced } from './backup/restore-journal';
import { createDispatcher } from './dispatch';
import { createEventBus } from './events';
import { createHandlers } from './handlers';
import { ensurePriceList } from './invoices/price-list-service';
import { confStore } from './preferences/preference-service';
import { appVersion } from './version';
import { createOutboxWorker, type OutboxWorker } from './mail/worker';
import { closePlanner } from './import/planner-choice';
import { closeRenderThread } from './render/render-thread';
import type { ServiceContext } from './context';
import { guardHandlers, readOnlyCopy, serverGone } from './offline/guard';
import { openLastReadCopy, type LastReadCopy } from './offline/last-read-copy';
import { teamReachable } from './offline/reachability';
import { snapshotFileFor } from './offline/snapshot';
import { draftCreation, draftsFileFor } from './offline/drafts';
import { watchTeam, type TeamWatch } from './offline/team-watch';

/** resources/ of a checkout; the packaged app passes its own (process.resourcesPath). */
const DEFAULT_RESOURCES_DIR = fileURLToPath(new URL('../../resources/', import.meta.url));
import type { Core, CoreOptions, KeyStore } from './core';

export interface OpenedCore extends Core {
  /** For the CLI's commands that are not channels (backup, demo) and for tests. */
  context: ServiceContext;
  /** Sends the queued messages: started by the desktop app and the host, drained by the CLI. */
  outbox: OutboxWorker;
}

/** Opens the database (refusing a newer one), the key and the preferences: the services. */
export async function openCore(options: CoreOptions): Promise<OpenedCore> {
  const database = options.dbFile;
  // Where this database's key, backups and preferences live on this desktop (paths.ts).
  const dbFile = localFileFor(database);
  const onFile = engineFor(database) === 'sqlite';
  // A restore a crash interrupted is finished before the key or the database is read.
  if (onFile) finishRestore(dbFile, keyFileFor(dbFile));
  // The key is read, or on a new team database made, as the database opens: checked against
  // its key check value before anything is written (key-gate.ts).
  const keyStore = keyStoreFor({ ...options, dbFile }, !onFile);
  let gate = keyGate(keyStore, !onFile);
  const preferences = options.preferences ?? (await confStore(dirname(dbFile)));
  const now = options.now ?? (() => new Date());
  const openDb = async () => {
    const db = await openDatabase(database, {
      beforeWrites: (opened) => gate.check(opened),
      beforeMigrations: (opened) =>
        onFile
          ? takeAutomaticBackup(dbFile, 'migration', now(), (copy) =>
              dialectOf(opened).copyInto(opened, copy),
            )
          : skippedBackup('before the upgrade'),
    });
    try {
      await gate.settle(db);
    } catch (err) {
      await db.destroy();
      throw err;
    }
    return db;
  };
  // A team database out of reach at start: its last-read copy, read-only (issue 16 item 6).
  const offline: { copy: LastReadCopy | null } = { copy: null };
  const ds = await openDb().catch(async (err: unknown) => {
    offline.copy = options.mode === 'cli' ? null : await openLastReadCopy(err, dbFile);
    if (!offline.copy) throw err;
    return offline.copy.ds;
  });
  const lastRead = offline.copy;
  // Offline the team database's check value is out of reach: the key this desktop already has
  // (never a new one, which would not be the team's).
  let dataKey = lastRead ? await offlineKey(keyStore) : gate.key();
  const cipher = createFieldCipher(dataKey);
  // This core's id in the notifications it sends its colleagues on a team database.
  const coreId = randomUUID();
  const bus = createEventBus(onFile ? undefined : notifyColleagues(() => context.ds, coreId));
  const context: ServiceContext = {
    ds,
    cipher,
    preferences,
    now,
    emit: bus.emit,
    mode: options.mode,
    dbFile,
    version: options.version ?? appVersion(),
    resourcesDir: options.resourcesDir ?? DEFAULT_RESOURCES_DIR,
    dataKey: () => dataKey,
    kickOutbox: () => outbox.kick(),
    teamStatus: () =>
      lastRead
        ? { state: 'snapshot', readAt: lastRead.readAt }
        : (team?.status() ?? { state: 'file', readAt: null }),
    swapDatabase: async (replaceFiles) => {
      await worker.stop();
      await daily?.stop();
      await context.ds.destroy();
      let replaced = false;
      try {
        replaceFiles();
        replaced = true;
      } finally {
        // A restore writes the key file beside the database; a failed one left the old key.
        if (replaced) dataKey = await fileKeyStore(keyFileFor(dbFile)).load();
        gate = keyGate(fileKeyStore(keyFileFor(dbFile)), !onFile, dataKey);
        context.cipher = createFieldCipher(dataKey);
        context.ds = await openDb();
        await worker.prepare();
        if (sending) worker.start();
        daily = startDaily();
      }
    },
  };
  const worker = createOutboxWorker(context);
  let sending = false;
  const outbox: OutboxWorker = {
    ...worker,
    start: () => {
      // Nothing is sent from the last-read copy: the team database's outbox is the real one.
      if (lastRead) return;
      sending = true;
      worker.start();
    },
    stop: () => {
      sending = false;
      return worker.stop();
    },
  };
  if (!lastRead) {
    await ensurePriceList(context);
    // A message a crash left "sending" is interrupted before anything can list or send it.
    await outbox.prepare();
  }
  const team: TeamWatch | null =
    onFile || lastRead
      ? null
      : watchTeam({
          ds: () => context.ds,
          snapshotFile: snapshotFileFor(dbFile),
          emit: bus.emit,
          keepCopy: options.mode !== 'cli',
        });
  if (team) bus.subscribe((event) => team.changed(event));
  const handlers = createHandlers(context);
  // On the last-read copy, new customers become drafts in a file of their own (drafts.ts).
  const drafts = lastRead
    ? draftCreation(context, () =>
        openCore({
          dbFile: draftsFileFor(dbFile),
          mode: 'cli',
          keyStore: { load: async () => dataKey },
          preferences,
          now,
          version: context.version,
          resourcesDir: context.resourcesDir,
        }),
      )
    : null;
  if (drafts) handlers['customers:create'] = drafts.create;
  const dispatch = createDispatcher(
    lastRead
      ? guardHandlers(handlers, readOnlyCopy(lastRead.readAt))
      : team
        ? guardHandlers(
            handlers,
            serverGone(() => teamReachable(database), team.lost),
          )
        : handlers,
  );
  if (onFile && !options.keepReplaced) removeReplaced(dbFile);
  // The app keeps a daily copy while it runs; the CLI's short runs leave that to it, and a team
  // database's server keeps its own.
  const startDaily = () => (options.mode === 'cli' || !onFile ? null : startDailyBackups(context));
  if (!onFile && options.mode !== 'cli') void skippedBackup('daily');
  let daily = startDaily();
  // Started last: nothing above can fail and leave its connection open.
  const live = !team
    ? null
    : listenForColleagues({
        url: database,
        core: coreId,
        deliver: bus.deliver,
        onConnection: (up) => (up ? team.regained() : team.lost()),
      });
  return {
    context,
    outbox,
    dispatch,
    subscribe: bus.subscribe,
    close: async () => {
      await live?.stop();
      await team?.stop();
      await drafts?.close();
      await closePlanner(context);
      await closeRenderThread(context);
      await outbox.stop();
      await daily?.stop();
      if (context.ds.isInitialized) await context.ds.destroy();
    },
  };
}

/** A team database on PostgreSQL is backed up by its server: Kundstart's copies are SQLite's. */
async function skippedBackup(which: string): Promise<void> {
  logInfo(`No automatic backup (${which}) of a team database on PostgreSQL.`);
}

/**
 * The key store handed in (the desktop's, unsealed from the keychain), else the key file. A
 * restore writes the key file and moves the sealed key aside (restore-journal.ts): a key handed
 * in then is the replaced database's, as when the parent restarts a core that died.
 */
function keyStoreFor(options: CoreOptions, team: boolean): KeyStore {
  const file = keyFileFor(options.dbFile);
  const sealed = sealedKeyFileFor(options.dbFile);
  const restoredOverSealed = !existsSync(sealed) && existsSync(file);
  if (options.keyStore && !restoredOverSealed) return options.keyStore;
  const store = fileKeyStore(file, sealed);
  if (options.mode !== 'electron' || !team) return store;
  // The desktop app's core has no keychain: a team key it makes is a file until the app's next
  // start seals it (key-store.ts), as a restored key is.
  return {
    ...store,
    keep: async (key) => {
      await store.keep?.(key);
      writeFileSync(resealMarkerFor(options.dbFile), '', { mode: 0o600 });
    },
  };
}

async function offlineKey(store: KeyStore): Promise<Buffer> {
  const key = store.peek ? await store.peek() : await store.load();
  if (!key) throw teamKeyMissing();
  return key;
}
