// Turns the jest fakes of Excel and Word (TypeScript) into scripts a page can run before Office.js loads.
// A fake may import sibling modules ("./typed-input"): they are bundled in with a tiny require().
const fs = require("fs");
const path = require("path");
const ts = require("typescript");

function transpile(file) {
  const src = fs.readFileSync(path.join(__dirname, "..", "hosts", file), "utf8");
  return ts.transpileModule(src, {
    compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2020 },
  }).outputText;
}

function browserModule(file, globalName, deps = []) {
  const dir = path.dirname(file);
  const registry = deps
    .map(
      (dep) =>
        `mods[${JSON.stringify("./" + path.basename(dep, ".ts"))}]=(function(){var exports={};var module={exports:exports};${transpile(path.join(dir, dep))};return module.exports;})();`,
    )
    .join("");
  const main = transpile(file);
  return `(function(){var mods={};${registry}var require=function(n){if(!(n in mods))throw new Error("fake-hosts: "+n);return mods[n];};var exports={};var module={exports:exports};${main};window.${globalName}=module.exports;})();`;
}

module.exports = {
  excelFake: () =>
    browserModule("excel/fake-excel.ts", "__fakeExcel", ["typed-input.ts"]) +
    browserModule("excel/profiles.ts", "__excelProfiles"),
  wordFake: () => browserModule("word/fake-word.ts", "__fakeWord"),
};
