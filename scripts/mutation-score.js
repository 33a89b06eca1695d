#!/usr/bin/env node
// `npm run mutation`: StrykerJS (jest runner, stryker.config.json) over folders of src/core and src/hosts, one run
// per folder, then the mutation score per folder: killed (or timed out) / (killed + timed out + survived + no
// coverage). Not part of npm test (minutes per folder on a 2-core machine). To keep one folder practical:
// - only the folder's own tests run: the test files that import a file of the folder directly (the dry run with
//   per-test coverage otherwise runs the whole suite, and every mutant its related tests);
// - static mutants (module-level constants, each rerunning every related test) are skipped unless --with-static;
// - incremental: a rerun after a small change tests only the mutants whose code or tests changed
//   (reports/mutation/<folder>.incremental.json); --full starts over.
// Usage: node scripts/mutation-score.js [folder…]        default: every folder of src/core and src/hosts, and the
//                                                         files directly in src/core and src/hosts (e.g. src/core);
//                                                         a single file (src/core/parse/budget.ts) is measured alone
//        --also=test/x.test.ts,…  add test files   --tests=…  only these   --mutate=file.ts:1-120,…  part of a folder
//        node scripts/mutation-score.js --report [folder…]  print the scores of the last runs (reports/mutation/)
//        nice -n 10 node scripts/mutation-score.js src/core/parse   one folder at a time on a shared machine
// The survivors of each folder are listed by Stryker's clear-text report; the JSON is in reports/mutation/.
const fs = require("fs");
const path = require("path");
const { spawnSync } = require("child_process");

const root = path.resolve(__dirname, "..");
const reports = path.join(root, "reports", "mutation");

// A folder of src/core or src/hosts, and the files directly in src/core and src/hosts (summary.ts, port.ts, …) under
// the name of the base folder itself.
const BASES = ["src/core", "src/hosts"];

function defaultFolders() {
  const out = [...BASES];
  for (const base of BASES)
    for (const d of fs.readdirSync(path.join(root, base), { withFileTypes: true }))
      if (d.isDirectory()) out.push(`${base}/${d.name}`);
  return out.sort();
}

// A single file may stand for its folder when the folder is too slow to measure whole (src/core/parse/budget.ts).
const mutateOf = (folder) =>
  /\.tsx?$/.test(folder) ? [folder] : BASES.includes(folder) ? [`${folder}/*.ts`] : [`${folder}/**/*.ts`];

/** Whether a repository-relative source file belongs to `folder` (for a base: only its own files). */
function inFolder(file, folder) {
  if (/\.tsx?$/.test(folder)) return file === folder;
  if (BASES.includes(folder)) return path.posix.dirname(file) === folder;
  return file.startsWith(`${folder}/`);
}

/** The repository-relative .ts/.tsx file a relative import names, or null. */
function resolveImport(fromFile, spec) {
  const base = path.resolve(path.dirname(path.join(root, fromFile)), spec);
  for (const c of [base, `${base}.ts`, `${base}.tsx`, path.join(base, "index.ts")])
    if (fs.existsSync(c) && fs.statSync(c).isFile()) return path.relative(root, c).split(path.sep).join("/");
  return null;
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

// Test files that start other processes (the CLI, a build): code run in a child is not seen by the per-test coverage,
// so such a file only adds minutes per mutant; they are left out (name one with --also to add it anyway).
const CHILD_PROCESS = /\brunCli\b|child_process|\bspawn(Sync)?\(|\bexecFile(Sync)?\(|built-cli/;

/**
 * Test files (relative to the repository) that import a module of `folder` directly (not `import type` only),
 * without those under test/foundation (builds) or those that start other processes.
 */
function testsOf(folder) {
  const out = [];
  const imports = /^\s*import\s+(?!type\s)[^;]*?from\s+["'](\.[^"']*)["']/gm;
  const walk = (dir) => {
    for (const e of fs.readdirSync(path.join(root, dir), { withFileTypes: true })) {
      const rel = path.posix.join(dir, e.name);
      if (e.isDirectory()) {
        if (!["fixtures", "browser", "foundation"].includes(e.name)) walk(rel);
      } else if (/\.test\.tsx?$/.test(e.name)) {
        const text = fs.readFileSync(path.join(root, rel), "utf8");
        const hit = [...text.matchAll(imports)].some((m) => {
          const file = resolveImport(rel, m[1]);
          return file !== null && inFolder(file, folder);
        });
        if (hit && !CHILD_PROCESS.test(text)) out.push(rel);
      }
    }
  };
  walk("test");
  return out.sort();
}

function run(folder, { ignoreStatic, full, also, only, mutate }) {
  fs.mkdirSync(reports, { recursive: true });
  const bin = path.join(root, "node_modules", "@stryker-mutator", "core", "bin", "stryker.js");
  const tests = only.length ? only : [...new Set([...testsOf(folder), ...also])].sort();
  if (!tests.length) {
    console.log(`\n== ${folder}: không có tệp kiểm thử nào nhập thư mục này / no test imports this folder`);
    return false;
  }
  // stryker.config.json with this folder's `mutate`, tests and report files (the command line cannot set nested
  // options). `jest.config` is laid over jest.config.js inside Stryker's sandbox, so <rootDir> is the sandbox.
  const base = JSON.parse(fs.readFileSync(path.join(root, "stryker.config.json"), "utf8"));
  const config = {
    ...base,
    mutate: mutate.length ? mutate : mutateOf(folder),
    // src/ is a root too: jest's --findRelatedTests (which Stryker uses) follows imports only through files of its
    // roots, so with test/ alone a test reaching the folder through another src module was never run.
    jest: {
      ...base.jest,
      config: { roots: ["<rootDir>/test", "<rootDir>/src"], testMatch: tests.map((t) => `<rootDir>/${t}`) },
    },
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
  // --also=test/a.test.ts,test/b.test.ts adds test files to the folder's own; --tests=… replaces them.
  const listOption = (name) =>
    argv
      .filter((a) => a.startsWith(`--${name}=`))
      .flatMap((a) => a.slice(name.length + 3).split(","))
      .filter(Boolean);
  const options = {
    ignoreStatic: !argv.includes("--with-static"),
    full: argv.includes("--full"),
    also: listOption("also"),
    only: listOption("tests"),
    mutate: listOption("mutate"), // e.g. --mutate=src/core/rules/checks.ts:1-120 (Stryker's line ranges)
  };
  const folders = argv.filter((a) => !a.startsWith("--")).map((f) => f.replace(/\/+$/, ""));
  const chosen = folders.length ? folders : defaultFolders();
  const failed = [];
  if (!reportOnly) for (const f of chosen) if (!run(f, options)) failed.push(f);
  // Every folder asked for; with none named, every folder of src/core and src/hosts and any other measured one.
  const measured = fs.existsSync(reports)
    ? fs
        .readdirSync(reports)
        .filter((n) => /\.json$/.test(n) && !/\.(config|incremental)\.json$/.test(n))
        .map((n) => JSON.parse(fs.readFileSync(path.join(reports, n), "utf8")).config?.mutate)
        .filter((m) => Array.isArray(m) && m.length === 1)
        .map((m) => m[0].replace(/\/(\*\*\/)?\*\.ts$/, ""))
    : [];
  const table = folders.length ? chosen : [...new Set([...chosen, ...measured])].sort();
  console.log("\nĐiểm đột biến theo thư mục / mutation score per folder");
  console.log(
    `${"folder".padEnd(26)}${"score".padStart(8)}${"killed".padStart(8)}${"timeout".padStart(9)}` +
      `${"survived".padStart(10)}${"no cov.".padStart(9)}${"errors".padStart(8)}  run (UTC)`,
  );
  for (const f of table) {
    const label = BASES.includes(f) ? `${f}/*.ts` : f;
    const file = reportOf(f);
    if (!fs.existsSync(file)) {
      console.log(`${label.padEnd(26)}${"—".padStart(8)}  chưa đo / not measured`);
      continue;
    }
    const { counts, score } = scoreOf(JSON.parse(fs.readFileSync(file, "utf8")));
    const pct = score === null ? "—" : `${score.toFixed(1)}%`;
    const errors = counts.CompileError + counts.RuntimeError;
    const when = fs.statSync(file).mtime.toISOString().slice(0, 16).replace("T", " ");
    console.log(
      `${label.padEnd(26)}${pct.padStart(8)}${String(counts.Killed).padStart(8)}${String(counts.Timeout).padStart(9)}` +
        `${String(counts.Survived).padStart(10)}${String(counts.NoCoverage).padStart(9)}${String(errors).padStart(8)}` +
        `  ${when}`,
    );
  }
  if (failed.length) {
    console.error(`\nStryker lỗi / failed for: ${failed.join(", ")}`);
    process.exit(1);
  }
}

module.exports = { scoreOf, testsOf };
if (require.main === module) main();
