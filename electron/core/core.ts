import type { CallContext } from '../../shared/contract/handlers';
import type { EventName, EventPayload } from '../../shared/contract';
import type { Result } from '../../shared/errors';

/** Anything that keeps a secret key: a 0600 key file in plain Node, safeStorage in Electron. */
export interface KeyStore {
  /** The 32-byte data key, created on first use. */
  load(): Promise<Buffer>;
  /**
   * The key if this desktop has one, never making one: a team database's first key is made
   * only when the database has none (db/key-check.ts). A store without it is asked to load.
   */
  peek?(): Promise<Buffer | undefined>;
  /** Keeps a key made or received here: the team database's first, or a colleague's. */
  keep?(key: Buffer): Promise<void>;
}

/** Where preferences live: `conf` in plain Node, electron-store (built on conf) in Electron. */
export interface PreferenceStore {
  get(key: string): unknown;
  set(key: string, value: unknown): void;
}

export type EventListener = <E extends EventName>(event: E, payload: EventPayload<E>) => void;

export interface CoreOptions {
  /** Absolute path of the SQLite file; created with its folder when missing. */
  dbFile: string;
  mode: 'electron' | 'browser' | 'cli';
  /** Defaults to a key file beside the database (mode 0600). */
  keyStore?: KeyStore;
  /** Defaults to a `conf` store in the database's folder. */
  preferences?: PreferenceStore;
  /** Injectable for tests. */
  now?: () => Date;
  /** The restore's own open (to audit it) keeps the replaced database; later starts remove it. */
  keepReplaced?: boolean;
  version?: string;
  /** The folder holding demo data and other shipped files; defaults to the checkout's. */
  resourcesDir?: string;
}

/** The services behind every transport. */
export interface Core {
  /** Validates the channel and input, runs the handler, never throws. */
  dispatch(channel: string, input: unknown, ctx: CallContext): Promise<Result<unknown>>;
  /** Subscribe to pushed events; returns the unsubscribe function. */
  subscribe(listener: EventListener): () => void;
  close(): Promise<void>;
}
