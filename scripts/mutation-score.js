#!/usr/bin/env node
// `npm run mutation`: StrykerJS (jest runner, stryker.config.json) over folders of src/core and src/hosts, one run
// per folder, then the mutation score per folder: killed (or timed out) / (killed + timed out + survived + no
// coverage). Slow — minutes per folder on a quiet 2-core machine — so not part of npm test.
// Usage: node scripts/mutation-score.js [folder…]        default: every folder of src/core and src/hosts
//        node scripts/mutation-score.js --report [folder…]  print the scores of the last runs (reports/mutation/)
//        --ignore-static: skip static mutants (module-level constants; each reruns every related test, often most
//        of the time) — faster, and the score then counts the other mutants only.
// The survivors of each folder are listed by Stryker's clear-text report; the JSON is in reports/mutation/.
const fs = require("fs");
const path = require("path");
const { spawnSync } = require("child_process");

const root = path.resolve(__dirname, "..");
const reports = path.join(root, "reports", "mutation");

function defaultFolders() {
  const out = [];
  for (const base of ["src/core", "src/hosts"])
    for (const d of fs.readdirSync(path.join(root, base), { withFileTypes: true }))
      if (d.isDirectory()) out.push(`${base}/${d.name}`);
  return out.sort();
}

const reportOf = (folder) => path.join(reports, `${folder.replace(/[\\/]/g, "_")}.json`);

/** Counts per status and the score of one Stryker JSON report (mutation-testing-report-schema). */
function scoreOf(report) {
  const counts = { Killed: 0, Timeout: 0, Survived: 0, NoCoverage: 0, CompileError: 0, RuntimeError: 0, Ignored: 0 };
  for (const file of Object.values(report.files))
    for (const m of file.mutants) counts[m.status] = (counts[m.status] ?? 0) + 1;
  const detected = counts.Killed + counts.Timeout;
  const valid = detected + counts.Survived + counts.NoCoverage;
  return { counts, detected, valid, score: valid ? (100 * detected) / valid : null };
}

function run(folder, ignoreStatic) {
  fs.mkdirSync(reports, { recursive: true });
  const bin = path.join(root, "node_modules", "@stryker-mutator", "core", "bin", "stryker.js");
  // stryker.config.json with this folder's `mutate` and report file (the command line cannot set nested options).
  const base = JSON.parse(fs.readFileSync(path.join(root, "stryker.config.json"), "utf8"));
  const config = { ...base, mutate: [`${folder}/**/*.ts`], jsonReporter: { fileName: reportOf(folder) }, ignoreStatic };
  delete config.$schema;
  const configFile = reportOf(folder).replace(/\.json$/, ".config.json");
  fs.writeFileSync(configFile, JSON.stringify(config, null, 2));
  const args = [bin, "run", configFile];
  console.log(`\n== đột biến / mutating ${folder}`);
  const r = spawnSync(process.execPath, args, { cwd: root, stdio: "inherit" });
  return r.status === 0;
}

function main() {
  const argv = process.argv.slice(2);
  const reportOnly = argv.includes("--report");
  const ignoreStatic = argv.includes("--ignore-static");
  const folders = argv.filter((a) => !a.startsWith("--")).map((f) => f.replace(/\/+$/, ""));
  const chosen = folders.length ? folders : defaultFolders();
  const failed = [];
  if (!reportOnly) for (const f of chosen) if (!run(f, ignoreStatic)) failed.push(f);
  console.log("\nĐiểm đột biến theo thư mục / mutation score per folder");
  console.log(`${"folder".padEnd(20)}${"score".padStart(8)}${"killed".padStart(8)}${"timeout".padStart(9)}${"survived".padStart(10)}${"no cov.".padStart(9)}`);
  for (const f of chosen) {
    const file = reportOf(f);
    if (!fs.existsSync(file)) {
      console.log(`${f.padEnd(20)}${"—".padStart(8)}  (chưa chạy / not run)`);
      continue;
    }
    const { counts, score } = scoreOf(JSON.parse(fs.readFileSync(file, "utf8")));
    const pct = score === null ? "—" : `${score.toFixed(1)}%`;
    console.log(
      `${f.padEnd(20)}${pct.padStart(8)}${String(counts.Killed).padStart(8)}${String(counts.Timeout).padStart(9)}` +
        `${String(counts.Survived).padStart(10)}${String(counts.NoCoverage).padStart(9)}`,
    );
  }
  if (failed.length) {
    console.error(`\nStryker lỗi / failed for: ${failed.join(", ")}`);
    process.exit(1);
  }
}

module.exports = { scoreOf };
if (require.main === module) main();
