/**
 * Reading many plan files one after another (a district's folder opened on the page): which files of a folder are
 * plans (as `kehoach check` walks it), their order, and the queue itself with progress ("file n of N, name") and
 * cancel. Each file is checked by the `check` given (the page: its batch worker; tests: checkBytes directly); a file
 * that fails is listed with its reason and never stops the batch. No DOM here: files come as `BatchSource`s.
 */
import type { ReportFile } from "../../core/report/model";
import { reportFile } from "../../core/report/model";
import { checkFileSize } from "./limits";
import { TextError } from "../../core/text/message";

/** A file handed to the batch: its path as the user sees it ("phong/cum-2/a.xlsx"), its size, a way to read it. */
export interface BatchSource {
  path: string;
  size: number;
  bytes(): Promise<Uint8Array>;
}

export interface BatchProgress {
  /** Files finished so far. */
  done: number;
  total: number;
  /** The file being read now (its path); null once the batch ends. */
  current: string | null;
}

const PLAN = /\.(xlsx|docx|pdf|txt)$/i;
const LEGACY = /\.(doc|xls)$/i;

/**
 * The plan files among those chosen or dropped, in the order `kehoach check` lists a folder: by path, folder by
 * folder (names compared as written); hidden files and node_modules skipped as the command line skips them.
 */
export function planSources<T extends BatchSource>(sources: T[]): T[] {
  const seg = (p: string) => p.split(/[\\/]/);
  const wanted = sources.filter((s) => {
    const parts = seg(s.path);
    if (parts.some((x) => x.startsWith(".") || x === "node_modules")) return false;
    return PLAN.test(s.path) || LEGACY.test(s.path);
  });
  return wanted.sort((a, b) => {
    const x = seg(a.path);
    const y = seg(b.path);
    for (let i = 0; i < Math.min(x.length, y.length); i++) if (x[i] !== y[i]) return x[i] < y[i] ? -1 : 1;
    return x.length - y.length;
  });
}

/** A file the batch could not read, with its reason. */
export function unreadable(path: string, reason: string, reasonEn?: string): ReportFile {
  return reportFile({ file: path, status: "unreadable", reason, reasonEn, findings: [] });
}

export interface BatchOptions {
  /** Stops before the next file; the files already read are kept. */
  signal?: { aborted: boolean };
  onProgress?(p: BatchProgress): void;
  /** Each file's entry as soon as it is known (the summary grows while the batch runs). */
  onFile?(entry: ReportFile, index: number): void;
}

/** Reads the sources one after another. Resolves with the entries read and whether it was cancelled. */
export async function runBatch(
  sources: BatchSource[],
  check: (bytes: Uint8Array, source: BatchSource) => Promise<ReportFile>,
  opts: BatchOptions = {},
): Promise<{ files: ReportFile[]; cancelled: boolean }> {
  const files: ReportFile[] = [];
  const total = sources.length;
  for (let i = 0; i < total; i++) {
    if (opts.signal?.aborted) {
      opts.onProgress?.({ done: i, total, current: null });
      return { files, cancelled: true };
    }
    const s = sources[i];
    opts.onProgress?.({ done: i, total, current: s.path });
    let entry: ReportFile;
    try {
      checkFileSize(s.path.split(/[\\/]/).pop() ?? s.path, s.size); // before reading it into memory
      entry = await check(await s.bytes(), s);
    } catch (e) {
      // Stopped while this file was read (a long scan's reading is ended at once): it is not listed.
      if (opts.signal?.aborted) {
        opts.onProgress?.({ done: i, total, current: null });
        return { files, cancelled: true };
      }
      entry = unreadable(s.path, (e as Error)?.message || String(e), e instanceof TextError ? e.text.en : undefined);
    }
    files.push(entry);
    opts.onFile?.(entry, i);
  }
  opts.onProgress?.({ done: total, total, current: null });
  return { files, cancelled: false };
}
