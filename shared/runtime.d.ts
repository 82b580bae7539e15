// shared/ runs in the renderer (a browser) and in the core (Node), so its own typecheck
// (shared/tsconfig.json) sees ES2023 only, plus the web-standard globals both runtimes provide,
// declared here one by one as shared/ needs them.

/** WHATWG Encoding: a global in browsers and in Node since v11. */
declare class TextEncoder {
  encode(input?: string): Uint8Array;
}

/** WHATWG URL: a global in browsers and in Node since v10 (blikk-url.ts reads an address). */
declare class URL {
  constructor(url: string, base?: string);
  readonly protocol: string;
  readonly hostname: string;
  readonly username: string;
  readonly password: string;
  readonly search: string;
  readonly hash: string;
}
