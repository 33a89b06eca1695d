// webpack loader (production): a dependency's run-time `import(/*webpackIgnore: true*/ url)` is ES2020 syntax that
// webpack leaves as it is, so the chunk would not even parse in EdgeHTML 18 (ES2017; issue 11, defect 4).
// The same call is made through a Function built at run time: the chunk parses everywhere, and engines that know
// import() behave as before. In KHCT the one such call is pdf.js's fake-worker loader, which is never reached:
// src/hosts/file/pdf-lib.ts preloads the worker module and sets globalThis.pdfjsWorker.
const IGNORED_IMPORT = /\bimport\(\s*\/\*\s*webpackIgnore:\s*true\s*\*\/\s*([^()]+?)\s*\)/g;

module.exports = function es2017ImportLoader(source) {
  return source.replace(IGNORED_IMPORT, '(new Function("s", "return import(s)"))($1)');
};
module.exports.IGNORED_IMPORT = IGNORED_IMPORT;
