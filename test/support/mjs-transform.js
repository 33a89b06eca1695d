// Jest transform for the ES-module builds of pdfjs-dist (the only .mjs code the tests load): TypeScript turns
// them into CommonJS; `import.meta.url` (used by pdf.js only on Node for createRequire) becomes the file URL.
const ts = require("typescript");

module.exports = {
  process(src, filename) {
    const url = JSON.stringify(require("url").pathToFileURL(filename).href);
    const code = src.replace(/\bimport\.meta\.url\b/g, url);
    const out = ts.transpileModule(code, {
      fileName: filename.replace(/\.mjs$/, ".js"),
      compilerOptions: {
        module: ts.ModuleKind.CommonJS,
        target: ts.ScriptTarget.ES2022,
        allowJs: true,
        sourceMap: false,
      },
    });
    return { code: out.outputText };
  },
  getCacheKey(src, filename) {
    return require("crypto").createHash("sha1").update("mjs-transform-1").update(filename).update(src).digest("hex");
  },
};
