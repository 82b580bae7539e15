/** Where test/e2e/chromium.ts looks when CHROMIUM_PATH is not set. */
export declare const DEBIAN_CHROMIUM: string;

/** CHROMIUM_PATH, else Debian's Chromium where it is installed. */
export declare function chromiumPath(env?: NodeJS.ProcessEnv): string | undefined;

/** The Debian packages the tests need that this machine lacks, in a fixed order. */
export declare function missingPackages(env?: NodeJS.ProcessEnv): string[];

/** One line naming the apt-get command that installs them. */
export declare function installHint(missing: string[]): string;

/** The folder of the newest installed PostgreSQL server's initdb and pg_ctl (PG_BIN_DIR first). */
export declare function postgresBinDir(env?: NodeJS.ProcessEnv): string | undefined;
