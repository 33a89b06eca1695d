/**
 * OCR speed and memory: `node bench/run-ts.js bench/ocr.ts [pages]` builds an image-only PDF of about N
 * A4 pages at 200 dpi from a scanned fixture's pages (test/fixtures/scans/), reads it with
 * the file host's OCR and prints seconds per page (wall clock, and CPU: the wall clock depends on the machine's
 * load, printed too) and the peak memory (resident set, sampled every 100 ms, plus
 * the OCR worker thread, which lives in the same process). Figures only, no assertion.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { execFileSync } from "child_process";
import "../src/core/catalogs/all";
import { openPlanFile } from "../src/hosts/file";
import { nodeOcrEnv } from "../src/hosts/file/ocr/node-env";

async function main(): Promise<void> {
  const pages = Number(process.argv[2] ?? 3);
  // The fixture scanned at 200 dpi (A4 landscape, one JPEG per page), its pages repeated up to N pages.
  // (pdfunite from poppler-utils joins copies of the fixture's three pages, pdfseparate keeps the first N.)
  const src = path.join(__dirname, "..", "test", "fixtures", "scans", "mam-non-scan-2018.pdf");
  const tmp = fs.mkdtempSync("/tmp/khct-bench-ocr-");
  const out = path.join(tmp, "bench.pdf");
  const copies = path.join(tmp, "copies.pdf");
  execFileSync("pdfunite", [...Array(Math.ceil(pages / 3)).fill(src), copies]);
  execFileSync("pdfseparate", ["-l", String(pages), copies, path.join(tmp, "p-%d.pdf")]);
  execFileSync("pdfunite", [...Array.from({ length: pages }, (_, i) => path.join(tmp, `p-${i + 1}.pdf`)), out]);
  const bytes = new Uint8Array(fs.readFileSync(out));
  fs.rmSync(tmp, { recursive: true });
  let peak = 0;
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 100);
  const load0 = os.loadavg()[0];
  const cpu0 = process.cpuUsage();
  const t0 = Date.now();
  let n = 0;
  const opened = await openPlanFile(bytes, "bench.pdf", { ocr: { env: nodeOcrEnv(), onProgress: (i) => (n = i) } });
  const s = (Date.now() - t0) / 1000;
  // CPU time of the whole process (the OCR worker is a thread of it): what a page costs whatever the machine's load.
  const cpu = process.cpuUsage(cpu0);
  const cpuS = (cpu.user + cpu.system) / 1e6;
  clearInterval(timer);
  peak = Math.max(peak, process.memoryUsage().rss);
  console.log(
    `OCR ${n} trang A4 200 dpi: ${s.toFixed(1)} s, ${(s / n).toFixed(1)} s/trang; bộ nhớ đỉnh ${(peak / 2 ** 20).toFixed(0)} MB`,
  );
  const load = `${load0.toFixed(1)} → ${os.loadavg()[0].toFixed(1)} trên ${os.cpus().length} lõi`;
  console.log(`CPU ${cpuS.toFixed(1)} s, ${(cpuS / n).toFixed(1)} s/trang; tải máy (load average) ${load}`);
  console.log(`chữ đọc được ${opened.scan?.seen.words}, độ tin cậy trung bình ${opened.scan?.seen.meanConfidence} %`);
}

void main();
