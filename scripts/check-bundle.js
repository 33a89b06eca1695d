#!/usr/bin/env node
// The budget of a production build (issue 11, defect 4), checked by `npm test` on the one production build it
// makes: the IE11 fallback page is kept (a nomodule script), and the task pane's first load — with its host adapter
// and one catalog, as it loads in Office — stays within 167 KB gzip. bench/bundle.js prints the sizes in detail.
// Usage: node scripts/check-bundle.js [dir=dist]
const fs = require("fs");
const path = require("path");
const zlib = require("zlib");

const BUDGET = 167 * 1024;

/** Problems of the build in `dir` (empty when within budget) and the figures checked. */
function checkBundle(dir) {
  const problems = [];
  const html = fs.readFileSync(path.join(dir, "taskpane.html"), "utf8");
  if (!/<script nomodule src="?ie\.js"?>/.test(html))
    problems.push("taskpane.html: thiếu trang dự phòng IE11 / no nomodule ie.js");
  const scripts = [...html.matchAll(/<script\b[^>]*\bsrc="?([^" >]+)"?[^>]*>/g)]
    .filter((m) => !/nomodule/.test(m[0]) && !/^https?:/.test(m[1]))
    .map((m) => m[1]);
  const gz = (f) => zlib.gzipSync(fs.readFileSync(path.join(dir, f)), { level: 9 }).length;
  const files = fs.readdirSync(dir);
  const catalogs = files.filter((f) => f.startsWith("catalog-") && f.endsWith(".js"));
  if (!catalogs.length) problems.push("không có tệp danh mục catalog-*.js / no catalog chunk");
  const avgCatalog = catalogs.reduce((s, f) => s + gz(f), 0) / Math.max(1, catalogs.length);
  const firstLoad = scripts.reduce((s, f) => s + gz(f), 0);
  const figures = [["taskpane.html first load", firstLoad]];
  for (const host of ["host-excel", "host-word"]) {
    const f = files.find((x) => x.startsWith(host) && x.endsWith(".js"));
    if (!f) {
      problems.push(`không có tệp ${host}*.js / no ${host} chunk`);
      continue;
    }
    figures.push([`taskpane in ${host.slice(5)} (+ ${f} + one catalog)`, firstLoad + gz(f) + avgCatalog]);
  }
  for (const [what, bytes] of figures)
    if (bytes >= BUDGET) problems.push(`${what}: ${(bytes / 1024).toFixed(1)} KB gzip ≥ 167 KB`);
  return { problems, figures };
}

module.exports = { checkBundle, BUDGET };

if (require.main === module) {
  const dir = path.resolve(process.argv[2] || path.join(__dirname, "..", "dist"));
  if (!fs.existsSync(path.join(dir, "taskpane.html"))) {
    console.error(`Chưa có bản build trong ${dir}: chạy npm run build trước / run \`npm run build\` first`);
    process.exit(2);
  }
  const { problems, figures } = checkBundle(dir);
  for (const [what, bytes] of figures) console.log(`${what}: ${(bytes / 1024).toFixed(1)} KB gzip (budget 167 KB)`);
  for (const p of problems) console.error(`✗ ${p}`);
  if (problems.length) process.exit(1);
  console.log("Dung lượng tải đầu trong ngân sách. / The first load is within budget.");
}
