#!/usr/bin/env node
// Stryker's `buildCommand` for `npm run mutation` (scripts/mutation-score.js), run inside Stryker's sandbox (a copy
// of the repository): a test file that picks its environment in a docblock (`@jest-environment jsdom`) overrides the
// environment Stryker's jest runner sets, and then reports no coverage, which fails the dry run ("Missing coverage
// results"). Here the sandbox's copies name Stryker's own jsdom environment instead, as the jest runner's
// documentation asks (https://stryker-mutator.io/docs/stryker-js/jest-runner/#coverage-analysis). The repository's
// own files are never touched: the script refuses to run outside a Stryker sandbox.
const fs = require("fs");
const path = require("path");

const cwd = process.cwd();
if (!cwd.split(path.sep).some((p) => p.startsWith(".stryker-tmp"))) {
  console.error(`mutation-sandbox-env: not in a Stryker sandbox (${cwd}); nothing changed`);
  process.exit(1);
}
let changed = 0;
const walk = (dir) => {
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const file = path.join(dir, e.name);
    if (e.isDirectory()) {
      if (e.name !== "fixtures" && e.name !== "node_modules") walk(file);
    } else if (/\.test\.tsx?$/.test(e.name)) {
      const text = fs.readFileSync(file, "utf8");
      const next = text.replace(
        /@jest-environment jsdom\b/,
        "@jest-environment @stryker-mutator/jest-runner/jest-env/jsdom",
      );
      if (next !== text) {
        fs.unlinkSync(file); // a copy, but unlink first in case the sandbox linked it
        fs.writeFileSync(file, next);
        changed++;
      }
    }
  }
};
walk(path.join(cwd, "test"));
console.log(`mutation-sandbox-env: ${changed} test files use Stryker's jsdom environment`);
