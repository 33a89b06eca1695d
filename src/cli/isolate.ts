/**
 * Each file of a `kehoach check` run is read in a worker thread with its own heap limit and a time budget, so one
 * file's failure — an exception, a limit, a parser that runs out of memory or never ends — is that file's result and
 * the batch goes on (the worker is replaced when it dies or is stopped). Where the compiled worker script is not
 * there (tests run from the TypeScript sources), files are checked in the main thread.
 */
import * as fs from "fs";
import * as path from "path";
import { Worker } from "worker_threads";
import type { CellPos, Finding, SchoolContext } from "../core/types";
import type { FilePlaces, Location } from "../hosts/file/places";
import type { FileResult } from "../hosts/file/report";
import { BUDGET, outOfMemoryMessage as memoryMessage, tooSlowMessage } from "../hosts/file/limits";

type Lang = "vi" | "en";

/** Places computed in the worker for the findings it found, as plain data that crosses the thread boundary. */
export interface FrozenPlaces {
  rows: Record<Lang, [number, string | null][]>;
  cells: Record<Lang, [string, string][]>;
  of: Record<Lang, string[]>;
  locate: Record<Lang, Location[]>;
}

export function freezePlaces(places: Record<Lang, FilePlaces>, findings: Finding[]): FrozenPlaces {
  const out: FrozenPlaces = {
    rows: { vi: [], en: [] },
    cells: { vi: [], en: [] },
    of: { vi: [], en: [] },
    locate: { vi: [], en: [] },
  };
  for (const lang of ["vi", "en"] as const) {
    const seen = new Set<number>();
    for (const f of findings) {
      out.of[lang].push(places[lang].of(f));
      out.locate[lang].push(places[lang].locate(f));
      if (!f.cell) continue;
      if (!seen.has(f.cell.row)) {
        seen.add(f.cell.row);
        out.rows[lang].push([f.cell.row, places[lang].row(f.cell.row)]);
      }
      out.cells[lang].push([`${f.cell.row}:${f.cell.col}`, places[lang].cell(f.cell)]);
    }
  }
  return out;
}

function thawPlaces(frozen: FrozenPlaces, findings: Finding[]): Record<Lang, FilePlaces> {
  const make = (lang: Lang): FilePlaces => {
    const rows = new Map(frozen.rows[lang]);
    const cells = new Map(frozen.cells[lang]);
    const of = new Map(findings.map((f, i) => [f, frozen.of[lang][i]]));
    const located = new Map(findings.map((f, i) => [f, frozen.locate[lang][i]]));
    const row = (r: number) => (rows.has(r) ? rows.get(r)! : `${lang === "vi" ? "Dòng" : "Row"} ${r + 1}`);
    const cell = (pos: CellPos) => cells.get(`${pos.row}:${pos.col}`) ?? `${pos.col + 1}`;
    const of_ = (f: Finding) => of.get(f) ?? f.ref ?? (lang === "vi" ? "Văn bản" : "Document");
    const locate = (f: Finding): Location =>
      located.get(f) ?? (f.ref ? { kind: "cell", ref: f.ref } : { kind: "document" });
    return { row, cell, of: of_, locate };
  };
  return { vi: make("vi"), en: make("en") };
}

/** How a file is read: `ocr` reads scans and photos by OCR, `onPage` hears of each page read ("trang n/N"). */
export interface CheckOptions {
  ocr: boolean;
  onPage?: (n: number, total: number) => void;
}

export type Checker = (
  file: string,
  display: string,
  user: Partial<SchoolContext>,
  opts: CheckOptions,
) => Promise<FileResult>;

const failed = (display: string, error: string): FileResult => ({
  path: display,
  status: "error",
  error,
  findings: [],
  totalVnd: 0,
});

/** The messages for a file the worker could not finish (limits.ts words them for the page's worker too). */
export function outOfMemoryMessage(name: string): string {
  return memoryMessage(name, Number(process.env.KHCT_WORKER_HEAP_MB) || BUDGET.workerHeapMb);
}
export { tooSlowMessage };

/** What the worker sends back for one job: lines to print, a scan's page read, then its end. */
export interface WorkerReply {
  id: number;
  out?: string;
  page?: [number, number];
  result?: FileResult;
  places?: FrozenPlaces | null;
  /** A command's exit code, or the value a job returns (the --levels grids). */
  done?: { code?: number; grids?: string[][][] };
  /** A command that ended with a message (usage, no table, a limit). */
  error?: string;
}

/** The end of one job in the worker: a reply, or the message for a worker that died or ran out of time. */
export type JobEnd = { reply: WorkerReply } | { failed: string };

export interface IsolatedRunner {
  /** Runs one job; `onReply` hears the lines and pages before the end. */
  run(job: Record<string, unknown>, name: string, onReply?: (m: WorkerReply) => void): Promise<JobEnd>;
  close(): void;
}

/**
 * One worker thread (heap capped at the budget, replaced when it dies or overruns the file's time budget) that runs
 * jobs one at a time, or null when the compiled worker is not available. `close()` ends the worker so that the
 * process can exit.
 */
export function isolatedRunner(): IsolatedRunner | null {
  const script = path.join(__dirname, "check-worker.js");
  if (process.env.KHCT_ISOLATE === "0" || !fs.existsSync(script)) return null;
  const timeMs = Number(process.env.KHCT_FILE_TIME_MS) || BUDGET.fileTimeMs;
  let worker: Worker | null = null;
  let nextId = 0;
  const heapMb = Number(process.env.KHCT_WORKER_HEAP_MB) || BUDGET.workerHeapMb;
  const start = () => {
    const w = new Worker(script, {
      resourceLimits: { maxOldGenerationSizeMb: heapMb, maxYoungGenerationSizeMb: Math.min(64, heapMb / 4) },
      stderr: true, // a dying parser's dump (pages of library source) never reaches the terminal
      stdout: true,
    });
    w.unref(); // the pending file's timer keeps the process alive, an idle worker never does
    return w;
  };
  const run = (job: Record<string, unknown>, name: string, onReply?: (m: WorkerReply) => void) =>
    new Promise<JobEnd>((resolve) => {
      const w = (worker ??= start());
      w.stderr.resume();
      w.stdout.resume();
      const id = nextId++;
      let settled = false;
      const finish = (end: JobEnd, kill: boolean) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        w.off("message", onMessage);
        w.off("error", onError);
        w.off("exit", onExit);
        if (kill) {
          if (worker === w) worker = null;
          void w.terminate();
        }
        resolve(end);
      };
      const onMessage = (m: WorkerReply) => {
        if (m.id !== id) return;
        if (m.result || m.done || m.error !== undefined) return finish({ reply: m }, false);
        if (m.page && m.page[0] > 1) {
          // A scan read by OCR: "page n" starts when page n - 1 is read, which gives the file another time budget
          // for the next page. The first page shares the file's own budget: a PDF that took most of it to open (a
          // 199 MB content stream with no text) is not given a second one to render it for OCR.
          clearTimeout(timer);
          timer = setTimeout(onTimeout, timeMs);
        }
        onReply?.(m);
      };
      const onError = (e: Error & { code?: string }) => {
        const oom = e.code === "ERR_WORKER_OUT_OF_MEMORY" || /memory|allocation failed/i.test(e.message);
        finish({ failed: oom ? outOfMemoryMessage(name) : `Không đọc được tệp "${name}" (lỗi khi đọc).` }, true);
      };
      const onExit = () => finish({ failed: outOfMemoryMessage(name) }, true);
      const onTimeout = () => finish({ failed: tooSlowMessage(name, timeMs) }, true);
      let timer = setTimeout(onTimeout, timeMs);
      w.on("message", onMessage);
      w.on("error", onError);
      w.on("exit", onExit);
      w.postMessage({ ...job, id });
    });
  return {
    run,
    close() {
      if (worker) void worker.terminate();
      worker = null;
    },
  };
}

/** A checker that runs every file of a batch in the isolated worker, or null when it is not available. */
export function isolatedChecker(): { check: Checker; close(): void } | null {
  const runner = isolatedRunner();
  if (!runner) return null;
  const check: Checker = async (file, display, user, opts) => {
    const name = path.basename(file);
    const onReply = (m: WorkerReply) => m.page && opts.onPage?.(m.page[0], m.page[1]);
    const end = await runner.run({ kind: "check", file, display, user, ocr: opts.ocr }, name, onReply);
    if ("failed" in end) return failed(display, end.failed);
    const r = end.reply.result;
    if (!r) return failed(display, end.reply.error ?? `Không đọc được tệp "${name}" (lỗi khi đọc).`);
    if (end.reply.places) r.places = thawPlaces(end.reply.places, r.findings);
    return r;
  };
  return { check, close: () => runner.close() };
}
