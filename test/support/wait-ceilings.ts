/**
 * Every test waits for a condition, never for a speed: the ceilings below only bound a test that would otherwise
 * hang, and are generous enough for a shared 2-core machine with eight CPU-bound processes beside the suite
 * (`npm run test:under-load`). Jest's own per-test ceiling is `testTimeout` in jest.config.js; it is longer than
 * this one, so a condition that never comes true fails with testing-library's message, not a bare timeout.
 * Loaded for every test file (jest.config.js setupFilesAfterEnv); testing-library is configured only in jsdom.
 */
export const CONDITION_CEILING_MS = 120_000;

if (typeof document !== "undefined") {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { configure } = require("@testing-library/dom") as typeof import("@testing-library/dom");
  // waitFor, findBy* and waitForElementToBeRemoved: 1 s by default.
  configure({ asyncUtilTimeout: CONDITION_CEILING_MS });
}
