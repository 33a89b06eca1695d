#!/usr/bin/env node
// Every JavaScript chunk of a production build must PARSE as ES2017: Office on Windows before WebView2 (and some
// Office 2019 installs) runs the pane in EdgeHTML 18, where one ES2018+ construct (?., ??, object spread, regex
// lookbehind or \p{…}) blanks the pane (issue 11, defect 4). `npm run build` runs this after webpack.
// Usage: node scripts/check-es2017.js [dir=dist]
const fs = require("fs");
const path = require("path");
const acorn = require("acorn");

/** Parse errors of `source` as an ES2017 script (acorn also checks regular expression syntax per version). */
function es2017Problem(source) {
  try {
    acorn.parse(source, { ecmaVersion: 2017, sourceType: "script", allowHashBang: true });
    return null;
  } catch (e) {
    const at = typeof e.pos === "number" ? source.slice(Math.max(0, e.pos - 40), e.pos + 40).replace(/\s+/g, " ") : "";
    return `${e.message}${at ? ` near «${at}»` : ""}`;
  }
}

function checkDir(dir) {
  const files = fs
    .readdirSync(dir)
    .filter((f) => f.endsWith(".js"))
    .sort();
  return files.map((f) => ({ file: f, problem: es2017Problem(fs.readFileSync(path.join(dir, f), "utf8")) }));
}

module.exports = { es2017Problem, checkDir };

if (require.main === module) {
  const dir = path.resolve(process.argv[2] || path.join(__dirname, "..", "dist"));
  const results = checkDir(dir);
  const bad = results.filter((r) => r.problem);
  for (const r of bad) console.error(`✗ ${r.file}: ${r.problem}`);
  if (!results.length) {
    console.error(`Không có tệp .js trong ${dir}. / No chunks found.`);
    process.exit(2);
  }
  if (bad.length) {
    console.error(
      `${bad.length}/${results.length} tệp không chạy được trên EdgeHTML (ES2017). / Chunks that do not parse as ES2017.`,
    );
    process.exit(1);
  }
  console.log(
    `ES2017: ${results.length} tệp JavaScript đều đọc được trên EdgeHTML. / All ${results.length} chunks parse as ES2017.`,
  );
}
