#!/usr/bin/env node
// Runs a TypeScript benchmark without a build: `node bench/run-ts.js bench/core.ts [args]`.
// Transpiles .ts/.tsx on require with the project's TypeScript (no type-check; `npm run typecheck` does that).
const path = require("path");
const fs = require("fs");
const ts = require("typescript");

function compile(module, filename) {
  const source = fs.readFileSync(filename, "utf8");
  const out = ts.transpileModule(source, {
    fileName: filename,
    compilerOptions: {
      module: ts.ModuleKind.CommonJS,
      target: ts.ScriptTarget.ES2020,
      jsx: ts.JsxEmit.ReactJSX,
      esModuleInterop: true,
      resolveJsonModule: true,
    },
  });
  module._compile(out.outputText, filename);
}
require.extensions[".ts"] = compile;
require.extensions[".tsx"] = compile;

const script = process.argv[2];
if (!script) {
  console.error("Cách dùng / usage: node bench/run-ts.js bench/<name>.ts [args]");
  process.exit(2);
}
process.argv.splice(1, 1);
require(path.resolve(script));
