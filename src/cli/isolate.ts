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
import { BUDGET } from "../hosts/file/limits";

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

export type Checker = (file: string, display: string, user: Partial<SchoolContext>, opts: CheckOptions) => Promise<FileResult>;

const failed = (display: string, error: string): FileResult => ({ path: display, status: "error", error, findings: [], totalVnd: 0 });

/** The messages for a file the worker could not finish. */
export function outOfMemoryMessage(name: string): string {
  const mb = Number(process.env.KHCT_WORKER_HEAP_MB) || BUDGET.workerHeapMb;
  return (
    `Tệp quá lớn hoặc bất thường: "${name}" — bộ nhớ cần để đọc tệp vượt giới hạn ${mb} MB. ` +
    "Tệp không bị thay đổi."
  );
}
export function tooSlowMessage(name: string, ms: number): string {
  return (
    `Tệp quá phức tạp: "${name}" — chưa đọc xong sau ${Math.round(ms / 1000)} giây (giới hạn thời gian cho một tệp). ` +
    "Tệp không bị thay đổi."
  );
}

/**
 * A checker that runs every file in a worker thread (one at a time, replaced when it dies), or null when the
 * compiled worker is not available. `close()` ends the worker so that the process can exit.
 */
export function isolatedChecker(): { check: Checker; close(): void } | null {
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
  const check: Checker = (file, display, user, opts) =>
    new Promise<FileResult>((resolve) => {
      const w = (worker ??= start());
      w.stderr.resume();
      w.stdout.resume();
      const id = nextId++;
      const name = path.basename(file);
      let settled = false;
      const finish = (r: FileResult, kill: boolean) => {
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
        resolve(r);
      };
      const onMessage = (m: { id: number; result?: FileResult; places?: FrozenPlaces | null; page?: [number, number] }) => {
        if (m.id !== id) return;
        if (m.page) {
          // A scan read by OCR: each page read says so and gives the file another time budget for the next page.
          opts.onPage?.(m.page[0], m.page[1]);
          clearTimeout(timer);
          timer = setTimeout(onTimeout, timeMs);
          return;
        }
        if (!m.result) return;
        const r = m.result;
        if (m.places) r.places = thawPlaces(m.places, r.findings);
        finish(r, false);
      };
      const onError = (e: Error & { code?: string }) => {
        const oom = e.code === "ERR_WORKER_OUT_OF_MEMORY" || /memory|allocation failed/i.test(e.message);
        finish(failed(display, oom ? outOfMemoryMessage(name) : `Không đọc được tệp "${name}" (lỗi khi đọc).`), true);
      };
      const onExit = () => finish(failed(display, outOfMemoryMessage(name)), true);
      const onTimeout = () => finish(failed(display, tooSlowMessage(name, timeMs)), true);
      let timer = setTimeout(onTimeout, timeMs);
      w.on("message", onMessage);
      w.on("error", onError);
      w.on("exit", onExit);
      w.postMessage({ id, file, display, user, ocr: opts.ocr });
    });
  return {
    check,
    close() {
      if (worker) void worker.terminate();
      worker = null;
    },
  };
}
