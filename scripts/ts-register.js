// Lets plain Node require .ts/.tsx files (benchmarks, browser-test fixtures) by transpiling them on the fly
// with the project's TypeScript. No type-check here: `npm run typecheck` does that.
const fs = require("fs");
const ts = require("typescript");

function compile(module, filename) {
  const out = ts.transpileModule(fs.readFileSync(filename, "utf8"), {
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
