export declare const BUNDLE: string;
export declare const SOURCE: string;
export declare const BUILT_FROM: string[];

/** The newest modification time (ms) of the files under these paths; 0 when there are none. */
export declare function newestMtime(root: string, paths: string[]): number;

/** A bundle built after (or as) the newest source was written is that source's build. */
export declare function isBundleFresh(
  bundleMtime: number | undefined,
  newestSource: number,
): boolean;

/** The bundle when it is fresh, else the sources (which need tsx registered first). */
export declare function chooseEntry(root: string): { kind: 'bundle' | 'source'; url: URL };
