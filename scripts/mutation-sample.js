// The sampled mode of `npm run mutation` (scripts/mutation-score.js): `--sample=N` measures N mutants of a folder
// drawn at random with a fixed seed (`--seed=S`, default 28, printed) instead of all of them, for folders too slow to
// measure whole on a shared 2-core machine. Method:
// - every mutant of the folder's files is listed by Stryker's own instrumenter (same mutators, same locations);
// - the mutants Stryker would find static (module-level code, run when the module loads; skipped by every run here)
//   are left out before drawing: a mutant counts only when a function strictly contains it (its body, parameters, or
//   a nested function), so N drawn give about N measured (a mutant in a function called at load still drops out);
// - N of them are drawn without replacement (mulberry32(seed), Fisher–Yates), so a rerun with the same seed and the
//   same source draws the same mutants;
// - the run's `mutate` names the drawn mutants' ranges (file:L:C-L:C) and the ignorer in
//   scripts/mutation-sample-ignorer.mjs leaves the other mutants inside those ranges ignored;
// - the score counts only the drawn mutants; static ones (ignored by the whole-folder runs too) drop out, so the
//   sample estimates the same score as a whole run; the 95 % interval is Wilson's for a binomial proportion.
const fs = require("fs");
const path = require("path");

/** mulberry32: a small seeded generator of floats in [0, 1). */
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** `n` items of `items` drawn without replacement with `seed`, in the order of `items`. */
function draw(items, n, seed) {
  const next = random(seed);
  const idx = items.map((_, i) => i);
  for (let i = idx.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [idx[i], idx[j]] = [idx[j], idx[i]];
  }
  return idx
    .slice(0, Math.min(n, idx.length))
    .sort((a, b) => a - b)
    .map((i) => items[i]);
}

/** Wilson's 95 % interval (in %) for `k` successes out of `n`. */
function wilson(k, n, z = 1.96) {
  if (!n) return null;
  const p = k / n;
  const d = 1 + (z * z) / n;
  const centre = (p + (z * z) / (2 * n)) / d;
  const half = (z * Math.sqrt((p * (1 - p)) / n + (z * z) / (4 * n * n))) / d;
  return [100 * Math.max(0, centre - half), 100 * Math.min(1, centre + half)];
}

/** Every mutant of `files` (repository-relative), as Stryker's instrumenter makes them (0-based lines/columns). */
async function mutantsOf(root, files) {
  const { Instrumenter } = await import("@stryker-mutator/instrumenter");
  const quiet = () => false;
  const log = { debug() {}, info() {}, warn() {}, error() {}, trace() {}, fatal() {} };
  for (const k of ["Debug", "Trace", "Info", "Warn", "Error", "Fatal"]) log[`is${k}Enabled`] = quiet;
  const input = files.map((name) => ({ name, content: fs.readFileSync(path.join(root, name), "utf8"), mutate: true }));
  const { mutants } = await new Instrumenter(log).instrument(input, {
    plugins: null,
    excludedMutations: [],
    ignorers: [],
    noHeader: true,
  });
  return mutants.map((m) => ({ ...m, fileName: path.relative(root, path.resolve(root, m.fileName)) }));
}

const FUNCTIONS = new Set([
  "FunctionDeclaration",
  "FunctionExpression",
  "ArrowFunctionExpression",
  "ObjectMethod",
  "ClassMethod",
  "ClassPrivateMethod",
]);

/** The locations (0-based lines and columns, as the instrumenter's) of every function of a TypeScript source. */
function functionsOf(content, fileName) {
  const { parse } = require("@babel/parser");
  const plugins = ["typescript", "decorators-legacy", ...(/\.tsx$/.test(fileName) ? ["jsx"] : [])];
  const ast = parse(content, { sourceType: "module", plugins });
  const out = [];
  const walk = (node) => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (!node || typeof node.type !== "string") return;
    if (FUNCTIONS.has(node.type) && node.loc) {
      const { start, end } = node.loc;
      out.push({
        start: { line: start.line - 1, column: start.column },
        end: { line: end.line - 1, column: end.column },
      });
    }
    for (const [k, v] of Object.entries(node)) if (k !== "loc" && v && typeof v === "object") walk(v);
  };
  walk(ast.program);
  return out;
}

const at = (a, b) => a.line === b.line && a.column === b.column;
const notAfter = (a, b) => a.line < b.line || (a.line === b.line && a.column <= b.column);
/** Whether `outer` contains `inner` and is not the same range. */
const strictlyContains = (outer, inner) =>
  notAfter(outer.start, inner.start) &&
  notAfter(inner.end, outer.end) &&
  !(at(outer.start, inner.start) && at(outer.end, inner.end));

/** The mutants of `mutants` that a function of their file strictly contains (not static). */
function inFunctions(root, mutants) {
  const byFile = new Map();
  return mutants.filter((m) => {
    if (!byFile.has(m.fileName))
      byFile.set(m.fileName, functionsOf(fs.readFileSync(path.join(root, m.fileName), "utf8"), m.fileName));
    return byFile.get(m.fileName).some((f) => strictlyContains(f, m.location));
  });
}

/** Babel position (line from 1, column from 0) of an instrumenter position (both from 0). */
const babel = (p) => ({ line: p.line + 1, column: p.column });
/** Key of a mutant, from an instrumenter mutant or a report mutant (mutation-testing-report-schema: both from 1). */
const keyOf = (file, m, fromReport) => {
  const d = fromReport ? 1 : 0;
  const { start, end } = m.location;
  return `${file}:${start.line + 1 - d}:${start.column + 1 - d}-${end.line + 1 - d}:${end.column + 1 - d}:${m.mutatorName}:${m.replacement}`;
};

/**
 * Draws the sample of `files` (writing the ranges for the ignorer to `sampleFile`); returns the mutate ranges for
 * Stryker, the drawn keys, the population (mutants in functions) and the number of all mutants.
 */
async function sampleOf(root, files, n, seed, sampleFile) {
  const every = await mutantsOf(root, files);
  const all = inFunctions(root, every);
  const drawn = draw(all, n, seed);
  const ranges = drawn.map((m) => ({ file: m.fileName, start: babel(m.location.start), end: babel(m.location.end) }));
  fs.writeFileSync(sampleFile, JSON.stringify(ranges, null, 1));
  const mutate = [
    ...new Set(ranges.map((r) => `${r.file}:${r.start.line}:${r.start.column}-${r.end.line}:${r.end.column}`)),
  ];
  return { mutate, keys: drawn.map((m) => keyOf(m.fileName, m, false)), population: all.length, every: every.length };
}

/** The report's mutants that were drawn (by file, location, mutator and replacement). */
function drawnMutants(report, keys) {
  const wanted = new Set(keys);
  const out = [];
  for (const [file, f] of Object.entries(report.files))
    for (const m of f.mutants) if (wanted.has(keyOf(file.split(path.sep).join("/"), m, true))) out.push(m);
  return out;
}

module.exports = { random, draw, wilson, mutantsOf, inFunctions, sampleOf, drawnMutants, keyOf };
