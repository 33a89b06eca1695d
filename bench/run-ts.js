#!/usr/bin/env node
// Runs a TypeScript benchmark without a build: `node bench/run-ts.js bench/core.ts [args]`.
const path = require("path");
require("../scripts/ts-register");

const script = process.argv[2];
if (!script) {
  console.error("Cách dùng / usage: node bench/run-ts.js bench/<name>.ts [args]");
  process.exit(2);
}
process.argv.splice(1, 1);
require(path.resolve(script));
