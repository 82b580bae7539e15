// Tests that failed and then passed when Playwright retried them. They count as passed (the
// retry is there for CI's slow, shared machines), but `npm test` names them above its sum, so
// a flaky test is seen and fixed instead of hiding inside the passed count.

/**
 * Each flaky test of a Playwright JSON report, as `file › describe › title`.
 * @param {import('@playwright/test/reporter').JSONReport} report
 * @returns {string[]}
 */
export function flakyTests(report) {
  return report.suites.flatMap((suite) => inSuite(suite, []));
}

/**
 * @param {import('@playwright/test/reporter').JSONReportSuite} suite
 * @param {string[]} path the titles of the suites around it
 * @returns {string[]}
 */
function inSuite(suite, path) {
  const here = [...path, suite.title];
  const specs = suite.specs
    .filter((spec) => spec.tests.some((t) => t.status === 'flaky'))
    .map((spec) => [...here, spec.title].join(' › '));
  return [...specs, ...(suite.suites ?? []).flatMap((inner) => inSuite(inner, here))];
}

/**
 * The summary's line naming them, or null when there are none.
 * @param {string[]} names
 */
export function flakyLine(names) {
  return names.length > 0 ? `flaky (passed on retry): ${names.join('; ')}` : null;
}
