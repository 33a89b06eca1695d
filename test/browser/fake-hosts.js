// Turns the jest fakes of Excel and Word (TypeScript) into scripts a page can run before Office.js loads.
const fs = require("fs");
const path = require("path");
const ts = require("typescript");

function browserModule(file, globalName) {
  const src = fs.readFileSync(path.join(__dirname, "..", "hosts", file), "utf8");
  const js = ts.transpileModule(src, { compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2020 } }).outputText;
  return `(function(){var exports={};var module={exports:exports};${js};window.${globalName}=module.exports;})();`;
}

module.exports = {
  excelFake: () => browserModule("excel/fake-excel.ts", "__fakeExcel"),
  wordFake: () => browserModule("word/fake-word.ts", "__fakeWord"),
};
