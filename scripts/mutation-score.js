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
//        --skip=property,large-,…  leave out the folder's test files whose path contains one of these (slow files)
//        --sample=N [--seed=S]  N mutants drawn at random (seed 28 unless given) instead of all: for folders too
//                               slow to measure whole; the score comes with its 95 % interval (scripts/mutation-sample.js)
//        --markdown=2026-12-05  also print the entries since that date as rows of docs/mutation-scores.md's table
//        node scripts/mutation-score.js --report [folder…]  print the scores: docs/mutation-scores.json (committed,
//                               one entry per run) merged with newer local reports (reports/mutation/)
//        nice -n 10 node scripts/mutation-score.js src/core/parse   one folder at a time on a shared machine
// The survivors of each folder are listed by Stryker's clear-text report; the JSON is in reports/mutation/.
const fs = require("fs");
const path = require("path");
const os = require("os");
const { spawnSync, execFileSync } = require("child_process");
const sampling = require("./mutation-sample");
const summary = require("./mutation-summary");

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
/** The summary's figures of a score (scoreOf): counts by status and the score. */
const figuresOf = (s) => ({
  killed: s.counts.Killed,
  timeout: s.counts.Timeout,
  survived: s.counts.Survived,
  noCoverage: s.counts.NoCoverage,
  errors: s.counts.CompileError + s.counts.RuntimeError,
  score: s.score,
});

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
function testsOf(folder, within = null) {
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
          return file !== null && inFolder(file, folder) && (within === null || within.has(file));
        });
        if (hit && !CHILD_PROCESS.test(text)) out.push(rel);
      }
    }
  };
  walk("test");
  return out.sort();
}

/** The .ts source files of a folder (for a base: its own files only), repository-relative. */
function filesOf(folder) {
  if (/\.tsx?$/.test(folder)) return [folder];
  const out = [];
  const walk = (dir) => {
    for (const e of fs.readdirSync(path.join(root, dir), { withFileTypes: true })) {
      const rel = path.posix.join(dir, e.name);
      if (e.isDirectory()) {
        if (!BASES.includes(folder)) walk(rel);
      } else if (/\.ts$/.test(e.name) && !/\.d\.ts$/.test(e.name)) out.push(rel);
    }
  };
  walk(folder);
  return out.sort();
}

/** The files of `folder` that import one of `files` directly or through other files of the folder, and `files`. */
function reaching(folder, files) {
  const imports = /^\s*(?:import|export)\s+(?!type\s)[^;]*?from\s+["'](\.[^"']*)["']/gm;
  const deps = new Map(
    filesOf(folder).map((f) => [
      f,
      [...fs.readFileSync(path.join(root, f), "utf8").matchAll(imports)].map((m) => resolveImport(f, m[1])),
    ]),
  );
  const out = new Set(files);
  for (let grew = true; grew;) {
    grew = false;
    for (const [f, ds] of deps)
      if (!out.has(f) && ds.some((d) => out.has(d))) {
        out.add(f);
        grew = true;
      }
  }
  return out;
}

const git = (...args) => execFileSync("git", args, { cwd: root, encoding: "utf8" }).trim();

async function run(folder, { ignoreStatic, full, also, only, skip, mutate, sample, seed }) {
  fs.mkdirSync(reports, { recursive: true });
  const bin = path.join(root, "node_modules", "@stryker-mutator", "core", "bin", "stryker.js");
  const reportFile = sample ? reportOf(folder).replace(/\.json$/, ".sample.json") : reportOf(folder);
  let drawn = null;
  if (sample) {
    const sampleFile = reportFile.replace(/\.json$/, ".ranges.json");
    drawn = await sampling.sampleOf(root, filesOf(folder), sample, seed, sampleFile);
    fs.writeFileSync(reportFile.replace(/\.json$/, ".keys.json"), JSON.stringify(drawn.keys, null, 1));
    process.env.KHCT_MUTATION_SAMPLE = sampleFile;
    console.log(
      `\n== mẫu / sample: ${drawn.keys.length} of ${drawn.population} mutants in functions (${drawn.every} in all) ` +
        `of ${folder}, seed ${seed} ` +
        `(${new Set(drawn.mutate.map((m) => m.replace(/:[\d:-]+$/, ""))).size} files)`,
    );
  }
  const within = drawn ? reaching(folder, [...new Set(drawn.mutate.map((m) => m.replace(/:[\d:-]+$/, "")))]) : null;
  const own = testsOf(folder, within).filter((t) => !skip.some((s) => t.includes(s)));
  const tests = only.length ? only : [...new Set([...own, ...also])].sort();
  if (!tests.length) {
    console.log(`\n== ${folder}: không có tệp kiểm thử nào nhập thư mục này / no test imports this folder`);
    return null;
  }
  // stryker.config.json with this folder's `mutate`, tests and report files (the command line cannot set nested
  // options). `jest.config` is laid over jest.config.js inside Stryker's sandbox, so <rootDir> is the sandbox.
  const base = JSON.parse(fs.readFileSync(path.join(root, "stryker.config.json"), "utf8"));
  const config = {
    ...base,
    mutate: drawn ? drawn.mutate : mutate.length ? mutate : mutateOf(folder),
    // src/ is a root too: jest's --findRelatedTests (which Stryker uses) follows imports only through files of its
    // roots, so with test/ alone a test reaching the folder through another src module was never run.
    jest: {
      ...base.jest,
      config: { roots: ["<rootDir>/test", "<rootDir>/src"], testMatch: tests.map((t) => `<rootDir>/${t}`) },
    },
    jsonReporter: { fileName: reportFile },
    // In the sandbox only: test files with `@jest-environment jsdom` get Stryker's jsdom environment (coverage).
    buildCommand: `node ${path.join(__dirname, "mutation-sandbox-env.js")}`,
    ignoreStatic,
    incremental: true,
    incrementalFile: reportFile.replace(/\.json$/, ".incremental.json"),
    force: full,
  };
  if (drawn) {
    config.plugins = ["@stryker-mutator/jest-runner", path.join(__dirname, "mutation-sample-ignorer.mjs")];
    config.ignorers = ["khct-sample"];
  }
  delete config.$schema;
  const configFile = reportFile.replace(/\.json$/, ".config.json");
  fs.writeFileSync(configFile, JSON.stringify(config, null, 2));
  console.log(`\n== đột biến / mutating ${folder} — ${tests.length} test files: ${tests.join(" ")}`);
  const started = Date.now();
  const loadBefore = os.loadavg()[0];
  const commit = git("rev-parse", "--short", "HEAD") + (git("status", "--porcelain", "--", "src", "test") ? "+" : "");
  const r = spawnSync(process.execPath, [bin, "run", configFile], { cwd: root, stdio: "inherit" });
  const seconds = Math.round((Date.now() - started) / 1000);
  console.log(`== ${folder}: ${seconds} s`);
  if (r.status !== 0) return null;
  const report = JSON.parse(fs.readFileSync(reportFile, "utf8"));
  const mutants = drawn
    ? sampling.drawnMutants(report, drawn.keys)
    : Object.values(report.files).flatMap((f) => f.mutants);
  const s = scoreOf({ files: { all: { mutants } } });
  const entry = {
    folder,
    commit,
    date: new Date().toISOString(),
    tests,
    ...figuresOf(s),
    sample: drawn && {
      drawn: drawn.keys.length,
      valid: s.valid,
      population: drawn.population,
      mutants: drawn.every,
      seed,
      interval: sampling.wilson(s.detected, s.valid),
    },
    seconds,
    load: [loadBefore, os.loadavg()[0]].map((l) => Math.round(l * 10) / 10),
    mutate: drawn || mutate.length ? undefined : mutateOf(folder),
  };
  if (drawn) compareWithWhole(folder, entry, drawn.keys);
  return entry;
}

/** For a sampled run of a folder also measured whole: the whole score, and whether it lies in the interval. */
function compareWithWhole(folder, entry, keys) {
  const whole = [...summary.readSummary()].reverse().find((e) => e.folder === folder && !e.sample);
  if (!whole) return;
  const [lo, hi] = entry.sample.interval;
  const inside = whole.score >= lo && whole.score <= hi;
  console.log(
    `\n== ${folder}: mẫu / sampled ${entry.score.toFixed(1)}% (95 % ${lo.toFixed(1)}–${hi.toFixed(1)}%) ` +
      `vs toàn bộ / whole ${whole.score.toFixed(1)}% (${whole.commit}): ` +
      (inside ? "trong khoảng / inside the interval" : "NGOÀI khoảng / OUTSIDE the interval"),
  );
  // The same drawn mutants in the local whole report, if any: a status that differs is a flaky or changed mutant.
  const file = reportOf(folder);
  if (!fs.existsSync(file)) return;
  const old = sampling.drawnMutants(JSON.parse(fs.readFileSync(file, "utf8")), keys);
  const o = scoreOf({ files: { all: { mutants: old } } });
  console.log(`   the same ${o.valid} mutants in the whole run's report: ${o.score?.toFixed(1)}% detected`);
}

/** An entry from a local whole-folder report (reports/mutation/<folder>.json), dated by the file. */
function localEntry(folder) {
  const file = reportOf(folder);
  if (!fs.existsSync(file)) return null;
  const s = scoreOf(JSON.parse(fs.readFileSync(file, "utf8")));
  return {
    folder,
    commit: "local",
    date: fs.statSync(file).mtime.toISOString(),
    ...figuresOf(s),
    sample: null,
  };
}

async function main() {
  const argv = process.argv.slice(2);
  const reportOnly = argv.includes("--report");
  // --also=test/a.test.ts,test/b.test.ts adds test files to the folder's own; --tests=… replaces them.
  const listOption = (name) =>
    argv
      .filter((a) => a.startsWith(`--${name}=`))
      .flatMap((a) => a.slice(name.length + 3).split(","))
      .filter(Boolean);
  const number = (name, fallback) => Number(listOption(name)[0] ?? fallback);
  const options = {
    ignoreStatic: !argv.includes("--with-static"),
    full: argv.includes("--full"),
    also: listOption("also"),
    only: listOption("tests"),
    skip: listOption("skip"), // --skip=property,large- leaves out the folder's test files whose path holds one
    mutate: listOption("mutate"), // e.g. --mutate=src/core/rules/checks.ts:1-120 (Stryker's line ranges)
    sample: number("sample", 0),
    seed: number("seed", 28),
  };
  const folders = argv.filter((a) => !a.startsWith("--")).map((f) => f.replace(/\/+$/, ""));
  const chosen = folders.length ? folders : defaultFolders();
  const failed = [];
  if (!reportOnly)
    for (const f of chosen) {
      const entry = await run(f, options);
      if (!entry) failed.push(f);
      // A run over part of a folder (--mutate, --tests) is not the folder's figure.
      else if (!options.mutate.length) summary.record(entry);
    }
  // The committed entries, and a local whole report when it is newer than the folder's latest entry.
  const entries = summary.latest(summary.readSummary());
  for (const n of fs.existsSync(reports) ? fs.readdirSync(reports) : []) {
    if (!/\.json$/.test(n) || /\.(config|incremental|sample|keys|ranges)\.json$/.test(n) || n.includes(".sample."))
      continue;
    const m = JSON.parse(fs.readFileSync(path.join(reports, n), "utf8")).config?.mutate;
    if (!Array.isArray(m) || m.length !== 1) continue;
    const folder = m[0].replace(/\/(\*\*\/)?\*\.ts$/, "");
    const local = localEntry(folder);
    if (local && (!entries.has(folder) || entries.get(folder).date < local.date)) entries.set(folder, local);
  }
  // Every folder asked for; with none named, every folder of src/core and src/hosts and any other measured one.
  const table = folders.length ? chosen : [...new Set([...chosen, ...entries.keys()])].sort();
  summary.printTable(table, entries, (f) => (BASES.includes(f) ? `${f}/*.ts` : f));
  summary.printChecks(summary.readSummary().filter((e) => table.includes(e.folder)));
  // --markdown=2026-12-05: the entries since that date as rows of the table in docs/mutation-scores.md.
  const since = listOption("markdown")[0];
  if (since)
    for (const e of summary.readSummary())
      if (e.date >= since)
        console.log(summary.markdownRow({ ...e, folder: BASES.includes(e.folder) ? `${e.folder}/*.ts` : e.folder }));
  if (failed.length) {
    console.error(`\nStryker lỗi / failed for: ${failed.join(", ")}`);
    process.exit(1);
  }
}

module.exports = { scoreOf, testsOf, filesOf, reaching };
if (require.main === module) main();
