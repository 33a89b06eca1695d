/**
 * OCR accuracy per scan, like test/hosts/file/ocr/scans.test.ts but as figures:
 * `node bench/run-ts.js bench/ocr-accuracy.ts [fixture-substring] [--cache DIR] [--dir DIR]`.
 * --cache keeps each page's OCR words in DIR (keyed by the prepared image), so that changes after recognition
 * (grid, rows) can be measured again without OCR. --dir reads other scans: DIR/<name>.pdf beside DIR/<name>.docx.
 * Prints the per-cell comparison, the share per measure and where the time went (prepare vs recognise).
 */
import * as fs from "fs";
import * as path from "path";
import { createHash } from "crypto";
import "../src/core/catalogs/all";
import type { Plan, PlanRow } from "../src/core/types";
import { OcrEngine } from "../src/hosts/file/ocr/engine";
import * as prepare from "../src/hosts/file/ocr/prepare";
import type { GreyImage } from "../src/hosts/file/ocr/pixels";
import { SCAN_FIXTURES } from "../test/support/scan-fixtures";
import { MEASURES, readMain, value, type Measure } from "../test/support/scan-compare";

const args = process.argv.slice(2);
const opt = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args.splice(i, 2)[1] : undefined;
};
const cache = opt("--cache");
const dir = opt("--dir");
const only = args[0] ?? "";
const times = { prepare: 0, recognise: 0, pages: 0 };

const read = OcrEngine.prototype.read;
OcrEngine.prototype.read = async function (this: OcrEngine, img: GreyImage) {
  const key = cache && path.join(cache, createHash("sha1").update(img.data).digest("hex") + ".json");
  if (key && fs.existsSync(key)) return JSON.parse(fs.readFileSync(key, "utf8"));
  const t = Date.now();
  const words = await read.call(this, img);
  times.recognise += Date.now() - t;
  times.pages++;
  if (key) fs.writeFileSync(key, JSON.stringify(words));
  return words;
};
const prep = prepare.preparePage;
(prepare as { preparePage: typeof prep }).preparePage = (...a: Parameters<typeof prep>) => {
  const t = Date.now();
  const r = prep(...a);
  times.prepare += Date.now() - t;
  return r;
};

async function one(file: string, scanBytes: Uint8Array, docx: Uint8Array): Promise<void> {
  const scan = await readMain(scanBytes, file, true);
  const ref = await readMain(docx, file.replace(/\.\w+$/, ".docx"), false);
  const rows = ref.rows.filter((r) => r.kind === "criterion" || r.kind === "task");
  const scanned = scan.rows.filter((r) => r.kind === "criterion" || r.kind === "task");
  const used = new Set<PlanRow>();
  const score: Record<Measure, number> = { criterion: 0, target: 0, period: 0, budget: 0 };
  const lines = [`${file}: ${rows.length} rows of the .docx, ${scanned.length} read from the scan`];
  rows.forEach((r, i) => {
    const s = scanned.find((x) => !used.has(x) && x.criterion === r.criterion) ?? scanned[i];
    if (s) used.add(s);
    for (const m of MEASURES) {
      const a = value(r, m);
      const b = value(s, m);
      if (a === b) score[m]++;
      else lines.push(`  ≠ ${m.padEnd(9)} docx ${a.padEnd(34)} scan ${b}`);
    }
  });
  const pct = (m: Measure) => (rows.length ? Math.round((score[m] / rows.length) * 100) : 0);
  lines.push(`  ${MEASURES.map((m) => `${m} ${pct(m)} %`).join(" · ")}`);
  const ok = scan.context.level === ref.context.level && scan.context.schoolYear === ref.context.schoolYear;
  const ctx = (p: Plan) => `${p.context.level} ${p.context.schoolYear}`;
  lines.push(`  context ${ok ? "right" : "WRONG"}: ${ctx(scan)} (docx ${ctx(ref)})`);
  console.log(lines.join("\n"));
}

async function main(): Promise<void> {
  if (cache) fs.mkdirSync(cache, { recursive: true });
  if (dir) {
    for (const f of fs
      .readdirSync(dir)
      .filter((n) => /\.(pdf|jpg)$/.test(n) && n.includes(only))
      .sort()) {
      const docx = path.join(dir, f.replace(/\.\w+$/, ".docx"));
      const bytes = (file: string) => new Uint8Array(fs.readFileSync(file));
      if (fs.existsSync(docx)) await one(f, bytes(path.join(dir, f)), bytes(docx));
    }
  } else {
    const fixtures = path.join(__dirname, "..", "test", "fixtures", "scans");
    for (const f of SCAN_FIXTURES.filter((x) => x.file.includes(only)))
      await one(f.file, new Uint8Array(fs.readFileSync(path.join(fixtures, f.file))), await f.docx());
  }
  if (times.pages)
    console.log(
      `time per page: prepare ${(times.prepare / times.pages / 1000).toFixed(1)} s, ` +
        `recognise ${(times.recognise / times.pages / 1000).toFixed(1)} s (${times.pages} pages recognised)`,
    );
}

void main();
