// The committed summary of the mutation scores (docs/mutation-scores.json): one entry per run of
// `npm run mutation`, written by scripts/mutation-score.js, so `--report` prints the figures on any checkout (a fresh
// clone has no reports/mutation/). Newer local reports (reports/mutation/, not committed) win over older entries.
const fs = require("fs");
const path = require("path");

const root = path.resolve(__dirname, "..");
const summaryFile = path.join(root, "docs", "mutation-scores.json");

function readSummary() {
  return fs.existsSync(summaryFile) ? JSON.parse(fs.readFileSync(summaryFile, "utf8")) : [];
}

/** Appends one run's entry (in run order; the latest entry of a folder is its figure). */
function record(entry) {
  const all = readSummary();
  all.push(entry);
  fs.writeFileSync(summaryFile, `${JSON.stringify(all, null, 2)}\n`);
}

/**
 * The figure of every folder: its latest whole run, else its latest sampled run (a sampled run of a folder measured
 * whole checks the method; it does not replace the exact figure).
 */
function latest(entries) {
  const out = new Map();
  const rank = (e) => `${e.sample ? 0 : 1}${e.date}`;
  for (const e of entries) if (!out.has(e.folder) || rank(out.get(e.folder)) <= rank(e)) out.set(e.folder, e);
  return out;
}

const pad = (s, n) => String(s).padStart(n);

/** One row of the printed table. */
function row(label, e) {
  if (!e) return `${label.padEnd(26)}${pad("—", 8)}  chưa đo / not measured`;
  const pct = e.score === null ? "—" : `${e.score.toFixed(1)}%`;
  const how = e.sample
    ? `mẫu / sampled ${e.sample.valid}/${e.sample.population}, seed ${e.sample.seed}, ` +
      `95 % ${e.sample.interval[0].toFixed(1)}–${e.sample.interval[1].toFixed(1)}%`
    : "toàn bộ / whole";
  return (
    `${label.padEnd(26)}${pad(pct, 8)}${pad(e.killed, 8)}${pad(e.timeout, 9)}${pad(e.survived, 10)}` +
    `${pad(e.noCoverage, 9)}${pad(e.errors, 8)}  ${e.date.slice(0, 16).replace("T", " ")}  ${e.commit}  ${how}`
  );
}

function printTable(folders, entries, labelOf) {
  console.log("\nĐiểm đột biến theo thư mục / mutation score per folder");
  console.log(
    `${"folder".padEnd(26)}${pad("score", 8)}${pad("killed", 8)}${pad("timeout", 9)}${pad("survived", 10)}` +
      `${pad("no cov.", 9)}${pad("errors", 8)}  run (UTC)         commit   how`,
  );
  for (const f of folders) {
    const byFile = !entries.has(f) && [...entries.keys()].some((k) => k.startsWith(`${f}/`) && /\.tsx?$/.test(k));
    console.log(
      byFile ? `${labelOf(f).padEnd(26)}${pad("—", 8)}  theo từng tệp / per file` : row(labelOf(f), entries.get(f)),
    );
  }
}

/**
 * The check of the sampled method: every sampled run of a folder that was also measured whole, against the whole
 * run before it, and whether the whole score lies in the sample's 95 % interval.
 */
function printChecks(entries) {
  const checks = [];
  for (const e of entries) {
    if (!e.sample) continue;
    const whole = entries.filter((w) => w.folder === e.folder && !w.sample && w.date <= e.date).pop();
    if (whole) checks.push({ e, whole });
  }
  if (!checks.length) return;
  console.log("\nKiểm tra cách lấy mẫu / the sampled estimate against the whole run of the same folder");
  for (const { e, whole } of checks) {
    const [lo, hi] = e.sample.interval;
    const inside = whole.score >= lo && whole.score <= hi;
    console.log(
      `${e.folder.padEnd(26)} mẫu / sampled ${e.score.toFixed(1)}% (${e.sample.valid} mutants, seed ${e.sample.seed}, ` +
        `95 % ${lo.toFixed(1)}–${hi.toFixed(1)}%)  toàn bộ / whole ${whole.score.toFixed(1)}% (${whole.commit})  ` +
        (inside ? "trong khoảng / inside" : "NGOÀI / OUTSIDE"),
    );
  }
}

/** One entry as a row of the table in docs/mutation-scores.md (`--report --markdown`, entries after `since`). */
function markdownRow(e) {
  const names = (e.tests ?? []).map((t) => path.basename(t).replace(/\.test\.tsx?$/, ""));
  const tests = names.length > 6 ? `${names.length} files: ${names.slice(0, 4).join(", ")}, …` : names.join(", ");
  const pct = e.score === null ? "—" : `${e.score.toFixed(1)} %`;
  const score = e.sample
    ? `${pct} sampled (${e.sample.valid} of ${e.sample.population}, seed ${e.sample.seed}; 95 % ` +
      `${e.sample.interval[0].toFixed(1)}–${e.sample.interval[1].toFixed(1)} %)`
    : `**${pct}**`;
  const m = Math.floor(e.seconds / 60);
  const time = m ? `${m} min ${e.seconds % 60} s` : `${e.seconds} s`;
  const load = e.load[0] === e.load[1] ? `≈ ${e.load[0]}` : `${Math.min(...e.load)}–${Math.max(...e.load)}`;
  return (
    `| ${e.date.slice(0, 10)} | ${e.commit} | ${e.folder} | ${tests} | ${score} | ${e.killed} | ${e.timeout} | ` +
    `${e.survived} | ${e.noCoverage} | ${e.errors} | ${time} | ${load} |`
  );
}

module.exports = { summaryFile, readSummary, record, latest, printTable, printChecks, markdownRow };
