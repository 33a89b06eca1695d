/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  testPathIgnorePatterns: ["/node_modules/", "/test/browser/"],
  transform: {
    "^.+\\.tsx?$": ["ts-jest", { tsconfig: { module: "commonjs", jsx: "react-jsx", esModuleInterop: true, resolveJsonModule: true, isolatedModules: true } }],
    // pdfjs-dist ships ES modules only (see test/support/mjs-transform.js).
    "^.+\\.mjs$": "<rootDir>/test/support/mjs-transform.js",
  },
  transformIgnorePatterns: ["/node_modules/(?!pdfjs-dist/)"],
  // A ceiling for a test that hangs, not a speed requirement (5 s by default; see test/support/wait-ceilings.ts).
  testTimeout: 300_000,
  // Both cores of a 2-core machine (CI): jest's default there is one worker (cores − 1), i.e. every file in band,
  // one after the other, while the second core idles. "100%" is one worker per core everywhere.
  maxWorkers: "100%",
  // The longest files first (on a fresh machine from the figures in the sequencer), so no worker ends alone.
  testSequencer: "<rootDir>/test/support/sequencer.js",
  setupFilesAfterEnv: ["<rootDir>/test/support/wait-ceilings.ts"],
  moduleNameMapper: { "\\.(css|svg|png)$": "<rootDir>/test/support/file-stub.js" },
};
