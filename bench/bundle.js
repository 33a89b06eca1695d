#!/usr/bin/env node
// bench/bundle: gzip size of every emitted JS chunk in dist/ and the task pane's first-load total
// (the scripts taskpane.html loads) against the 167 KB budget. Run after `npm run build`.
const fs = require("fs");
const path = require("path");
const zlib = require("zlib");

const dist = path.resolve(__dirname, "..", "dist");
const BUDGET = 167 * 1024;
if (!fs.existsSync(path.join(dist, "taskpane.html"))) {
  console.error("Chưa có dist/: chạy npm run build trước / run `npm run build` first");
  process.exit(2);
}
const gz = (f) => zlib.gzipSync(fs.readFileSync(path.join(dist, f)), { level: 9 }).length;
const kb = (n) => (n / 1024).toFixed(1).padStart(8) + " KB";
const chunks = fs.readdirSync(dist).filter((f) => f.endsWith(".js"));
console.log("bench/bundle — gzip sizes (level 9)");
console.log("chunk".padEnd(40) + "raw".padStart(11) + "gzip".padStart(11));
for (const f of chunks.sort()) console.log(f.padEnd(40) + kb(fs.statSync(path.join(dist, f)).size) + kb(gz(f)));
function firstLoad(page) {
  const html = fs.readFileSync(path.join(dist, page), "utf8");
  return [...html.matchAll(/<script\b[^>]*\bsrc="?([^" >]+)"?[^>]*>/g)]
    .filter((m) => !/nomodule/.test(m[0]) && !/^https?:/.test(m[1]))
    .map((m) => m[1]);
}
for (const page of ["taskpane.html", "page.html"]) {
  const files = firstLoad(page);
  const total = files.reduce((s, f) => s + gz(f), 0);
  console.log(`\n${page} first load: ${files.join(" + ")}`);
  console.log(
    `  total ${kb(total).trim()} gzip; budget ${kb(BUDGET).trim()} → ${total <= BUDGET ? "within budget" : "OVER BUDGET"} (${((total / BUDGET) * 100).toFixed(0)}%)`,
  );
}
// In Office the pane also loads its host adapter at start-up (a chunk of its own) and one catalog on first check.
const base = firstLoad("taskpane.html").reduce((s, f) => s + gz(f), 0);
const avgCatalog = chunks.filter((f) => f.startsWith("catalog-")).reduce((s, f, _, a) => s + gz(f) / a.length, 0);
for (const host of ["host-excel", "host-word"]) {
  const f = chunks.find((c) => c.startsWith(host));
  if (!f) continue;
  const total = base + gz(f) + avgCatalog;
  console.log(
    `taskpane in ${host.slice(5)} (first load + ${f} + one catalog): ${kb(total).trim()} gzip → ${total <= BUDGET ? "within budget" : "OVER BUDGET"} (${((total / BUDGET) * 100).toFixed(0)}%)`,
  );
}
const catalogs = chunks.filter((f) => f.startsWith("catalog-"));
console.log(
  `\nCatalogs load lazily, one per circular: ${catalogs.length} chunks, ${kb(catalogs.reduce((s, f) => s + gz(f), 0) / catalogs.length).trim()} gzip on average.`,
);
