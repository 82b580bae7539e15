/** Each flaky test of a Playwright JSON report, as `file › describe › title`. */
export declare function flakyTests(report: unknown): string[];

/** The summary's line naming them, or null when there are none. */
export declare function flakyLine(names: string[]): string | null;
