#!/usr/bin/env node
// `npm run mutation`: StrykerJS (jest runner, stryker.config.json) over folders of src/core and src/hosts, one run
// per folder, then the mutation score per folder: killed (or timed out) / (killed + timed out + survived + no
// coverage). Not part of npm test (minutes per folder on a 2-core machine). To keep one folder practical:
// - only the folder's own tests run: the test files that import a file of the folder directly (the dry run with
//   per-test coverage otherwise runs the whole suite, and every mutant its related tests);
// - static mutants (module-level constants, each rerunning every related test) are skipped unless --with-static;
// - incremental: a rerun after a small change tests only the mutants whose code or tests changed
//   (reports/mutation/<folder>.incremental.json); --full starts over.
// Usage: node scripts/mutation-score.js [folder…]        default: every folder of src/core and src/hosts
//        node scripts/mutation-score.js --report [folder…]  print the scores of the last runs (reports/mutation/)
//        nice -n 10 node scripts/mutation-score.js src/core/parse   one folder at a time on a shared machine
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

/** Test files (relative to the repository) that import a module of `folder` directly. */
function testsOf(folder) {
  const out = [];
  const target = new RegExp(`["'](\\.\\./)+${folder.replace(/[/]/g, "\\/")}(/|["'])`);
  const walk = (dir) => {
    for (const e of fs.readdirSync(path.join(root, dir), { withFileTypes: true })) {
      const rel = path.join(dir, e.name);
      if (e.isDirectory()) {
        if (!["fixtures", "browser"].includes(e.name)) walk(rel);
      } else if (/\.test\.tsx?$/.test(e.name) && target.test(fs.readFileSync(path.join(root, rel), "utf8")))
        out.push(rel);
    }
  };
  walk("test");
  return out.sort();
}

function run(folder, { ignoreStatic, full }) {
  fs.mkdirSync(reports, { recursive: true });
  const bin = path.join(root, "node_modules", "@stryker-mutator", "core", "bin", "stryker.js");
  const tests = testsOf(folder);
  if (!tests.length) {
    console.log(`\n== ${folder}: không có tệp kiểm thử nào nhập thư mục này / no test imports this folder`);
    return false;
  }
  // stryker.config.json with this folder's `mutate`, tests and report files (the command line cannot set nested
  // options). `jest.config` is laid over jest.config.js inside Stryker's sandbox, so <rootDir> is the sandbox.
  const base = JSON.parse(fs.readFileSync(path.join(root, "stryker.config.json"), "utf8"));
  const config = {
    ...base,
    mutate: [`${folder}/**/*.ts`],
    jest: { ...base.jest, config: { testMatch: tests.map((t) => `<rootDir>/${t}`) } },
    jsonReporter: { fileName: reportOf(folder) },
    ignoreStatic,
    incremental: true,
    incrementalFile: reportOf(folder).replace(/\.json$/, ".incremental.json"),
    force: full,
  };
  delete config.$schema;
  const configFile = reportOf(folder).replace(/\.json$/, ".config.json");
  fs.writeFileSync(configFile, JSON.stringify(config, null, 2));
  console.log(`\n== đột biến / mutating ${folder} — ${tests.length} test files: ${tests.join(" ")}`);
  const started = Date.now();
  const r = spawnSync(process.execPath, [bin, "run", configFile], { cwd: root, stdio: "inherit" });
  console.log(`== ${folder}: ${Math.round((Date.now() - started) / 1000)} s`);
  return r.status === 0;
}

function main() {
  const argv = process.argv.slice(2);
  const reportOnly = argv.includes("--report");
  const options = { ignoreStatic: !argv.includes("--with-static"), full: argv.includes("--full") };
  const folders = argv.filter((a) => !a.startsWith("--")).map((f) => f.replace(/\/+$/, ""));
  const chosen = folders.length ? folders : defaultFolders();
  const failed = [];
  if (!reportOnly) for (const f of chosen) if (!run(f, options)) failed.push(f);
  console.log("\nĐiểm đột biến theo thư mục / mutation score per folder");
  console.log(
    `${"folder".padEnd(20)}${"score".padStart(8)}${"killed".padStart(8)}${"timeout".padStart(9)}${"survived".padStart(10)}${"no cov.".padStart(9)}`,
  );
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

module.exports = { scoreOf, testsOf };
if (require.main === module) main();
