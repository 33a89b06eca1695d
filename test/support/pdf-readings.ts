/**
 * Check aid: what every committed fixture PDF reads to — each page's size, positioned items and ruling lines, and
 * the grid (readPdf without OCR) — as one SHA-256 per file, written to a JSON file; with `--compare old.json`, the
 * files whose reading differs are listed. A change meant to alter no reading (speed work) must list none.
 * Run: node bench/run-ts.js test/support/pdf-readings.ts out.json [--compare old.json] [--dump dir]
 * (`--dump dir` also writes each reading in full, to diff one file by hand). The 1,000-row plan of bench/file is
 * read too.
 */
import * as crypto from "crypto";
import * as fs from "fs";
import * as path from "path";
import { readPdf, readPdfPages } from "../../src/hosts/file/pdf";
import { pdfFromGrid, planGrid } from "../../bench/pdf-plan";

const root = path.join(__dirname, "../fixtures");
const arg = (name: string) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : undefined;
};

function pdfsUnder(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return pdfsUnder(p);
    return e.name.toLowerCase().endsWith(".pdf") ? [p] : [];
  });
}

async function reading(bytes: Uint8Array): Promise<string> {
  try {
    const pages = await readPdfPages(bytes, "x.pdf");
    const { grid, poorOcrLayer } = await readPdf(bytes, "x.pdf");
    return JSON.stringify({ pages, grid, poorOcrLayer });
  } catch (e) {
    return JSON.stringify({ error: (e as Error).message });
  }
}

void (async () => {
  const out = process.argv[2];
  const dump = arg("--dump");
  const files = pdfsUnder(root).sort();
  const hashes: Record<string, string> = {};
  const inputs: [string, () => Promise<Uint8Array>][] = files.map((f) => [
    path.relative(root, f),
    async () => new Uint8Array(fs.readFileSync(f)),
  ]);
  inputs.push(["bench/file 1,000 rows", () => pdfFromGrid(planGrid())]);
  for (const [name, bytes] of inputs) {
    const text = await reading(await bytes());
    hashes[name] = crypto.createHash("sha256").update(text).digest("hex");
    if (dump) {
      fs.mkdirSync(dump, { recursive: true });
      fs.writeFileSync(path.join(dump, name.replace(/[/ ,]/g, "_") + ".json"), text);
    }
  }
  fs.writeFileSync(out, JSON.stringify(hashes, null, 1));
  console.log(`${Object.keys(hashes).length} PDFs read → ${out}`);
  const old = arg("--compare");
  if (!old) return;
  const before = JSON.parse(fs.readFileSync(old, "utf8")) as Record<string, string>;
  const names = new Set([...Object.keys(before), ...Object.keys(hashes)]);
  const differ = [...names].filter((n) => before[n] !== hashes[n]);
  console.log(differ.length ? `differ (${differ.length}):\n  ${differ.join("\n  ")}` : "every reading identical");
  process.exitCode = differ.length ? 1 : 0;
})();
