/**
 * bench/file: open + read + check a 1,000-row plan as .xlsx, .docx and .pdf (printed by test/support/pdf-writer:
 * cell borders, the header repeated on each page, rows split by page breaks) through the file host; then the
 * standalone page's open+render time for 5,000 and 50,000 rows (bench/page-open.ts; `--no-page` skips it,
 * `--rows=N,M` sets the sizes). Each kind: the first open printed apart, then the median of `--runs=N` (7) opens.
 * Run: node bench/run-ts.js bench/file.ts
 */
import "../src/core/catalogs/all";
import { FileHost, openPlanFile } from "../src/hosts/file";
import { checkPlan } from "../src/core/rules";
import { docxFromGrid, xlsxFromGrid } from "../test/support/files";
import { catalog, pdfFromGrid, planGrid } from "./pdf-plan";
import { pageBench } from "./page-open";
import { loadPdfJs } from "../src/hosts/file/pdf-lib";
import { pageGraphics } from "../src/hosts/file/pdf-ops";
import { assembleText, type PdfGlyph } from "../src/core/read/pdf-text";
import { garbledNotice } from "../src/core/text/garble";
import { readPdfGrid } from "../src/hosts/file/pdf";

/** What text assembly (glyphs → words) and the garbled-text guard add to a PDF's open+read+check. */
async function assemblyBench(bytes: Uint8Array): Promise<void> {
  const pdfjs = await loadPdfJs();
  const task = pdfjs.getDocument({ data: bytes.slice(), isEvalSupported: false, disableFontFace: true, verbosity: 0 });
  const doc = await task.promise;
  const pages: PdfGlyph[][] = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const page = await doc.getPage(n);
    const vp = page.getViewport({ scale: 1 });
    pages.push((await pageGraphics(pdfjs, page, vp.transform)).glyphs);
  }
  await task.destroy();
  const grid = await readPdfGrid(bytes, "plan.pdf");
  const median = (f: () => void) => {
    const t: number[] = [];
    for (let k = 0; k < 5; k++) {
      const t0 = process.hrtime.bigint();
      f();
      t.push(Number(process.hrtime.bigint() - t0) / 1e6);
    }
    return t.sort((a, b) => a - b)[2];
  };
  const glyphs = pages.reduce((n, p) => n + p.length, 0);
  const assembly = median(() => pages.forEach((p) => assembleText(p)));
  const guard = median(() => garbledNotice(grid));
  console.log(
    `  of which text assembly (${glyphs} glyphs) ${assembly.toFixed(0)} ms, garbled-text guard ${guard.toFixed(0)} ms`,
  );
}

/** Opens counted after the first (`--runs=N`). */
const RUNS = Number(process.argv.find((a) => a.startsWith("--runs="))?.slice(7) ?? 7);

const grid = planGrid();

(async () => {
  console.log(`bench/file — node ${process.version}; 1,000 plan rows`);
  for (const [kind, make] of [
    ["xlsx", xlsxFromGrid],
    ["docx", docxFromGrid],
    ["pdf", pdfFromGrid],
  ] as const) {
    const bytes = await make(grid);
    const times: number[] = [];
    const cpu: number[] = [];
    let findings = 0;
    let read = 0;
    let first = 0;
    // The first open of each kind (code not yet compiled by the engine, as a command line's single file) is printed
    // apart; the median is of the RUNS opens after it (a page or a folder's review opens file after file).
    for (let k = 0; k <= RUNS; k++) {
      const t0 = process.hrtime.bigint();
      const c0 = process.cpuUsage();
      const host = new FileHost(await openPlanFile(bytes, `plan.${kind}`));
      const plan = (await host.read()).plans.find((p) => p.rows.length)!;
      findings = checkPlan(plan, catalog).length;
      read = plan.rows.filter((r) => r.kind === "criterion").length;
      const c = process.cpuUsage(c0);
      if (k === 0) {
        first = Number(process.hrtime.bigint() - t0) / 1e6;
        continue;
      }
      times.push(Number(process.hrtime.bigint() - t0) / 1e6);
      cpu.push((c.user + c.system) / 1000);
    }
    times.sort((a, b) => a - b);
    cpu.sort((a, b) => a - b);
    const pageCount = (new TextDecoder("latin1").decode(bytes).match(/\/Type \/Page\b/g) ?? []).length;
    const pages = kind === "pdf" ? `, ${pageCount} pages` : "";
    const size = `${(bytes.length / 1024).toFixed(0)} KB${pages}`;
    // CPU time as well: on a shared, loaded machine the wall time measures the other processes too.
    const mid = RUNS >> 1;
    const time =
      `median ${times[mid].toFixed(0)} ms of ${RUNS} (min ${times[0].toFixed(0)}, max ${times[RUNS - 1].toFixed(0)}; ` +
      `CPU median ${cpu[mid].toFixed(0)} ms; first open ${first.toFixed(0)} ms)`;
    console.log(`.${kind}: ${size}, open+read+check ${time}, ${read} criterion rows read, ${findings} findings`);
  }
  await assemblyBench(await pdfFromGrid(grid));
  if (process.argv.includes("--no-page")) return;
  const sizes = (process.argv.find((a) => a.startsWith("--rows="))?.slice(7) ?? "5000,50000").split(",").map(Number);
  await pageBench(sizes);
})();
