/**
 * The page's side of OCR: one worker per scan, created when the scan is opened and terminated when it is read, when
 * it fails, or when the user presses "Dừng" — terminating it stops tesseract at once (its worker is a child of this
 * one), whatever page it was reading.
 */
import { TextError } from "../../core/text/message";
import type { OcrReply, OcrRequest, ScannedFile } from "./protocol";

export interface OcrProgress {
  page: number;
  pages: number;
  /** Share of the current page read (0–1). */
  fraction: number;
}

/** What the page needs of a Worker (a real one here, a stand-in in tests). */
export interface OcrWorkerLike {
  postMessage(message: OcrRequest, transfer?: Transferable[]): void;
  onmessage: ((e: MessageEvent<OcrReply>) => void) | null;
  onerror: ((e: ErrorEvent) => void) | null;
  terminate(): void;
}

export class OcrStopped extends TextError {
  constructor() {
    super({ vi: "Đã dừng đọc ảnh.", en: "OCR stopped." });
  }
}

export interface OcrRun {
  /** The file read by OCR; rejects with OcrStopped after stop(), or with the file's problem. */
  done: Promise<ScannedFile>;
  stop(): void;
}

export function startOcr(
  bytes: Uint8Array,
  name: string,
  onProgress: (p: OcrProgress) => void,
  /** Starts the worker: spawnOcrWorker (spawn.ts) in the page. */
  spawn: () => OcrWorkerLike,
): OcrRun {
  const worker = spawn();
  let settle: { resolve: (f: ScannedFile) => void; reject: (e: Error) => void } | null = null;
  const done = new Promise<ScannedFile>((resolve, reject) => (settle = { resolve, reject }));
  const end = (outcome: { file: ScannedFile } | { error: Error }) => {
    const s = settle;
    if (!s) return;
    settle = null;
    worker.terminate();
    if ("file" in outcome) s.resolve(outcome.file);
    else s.reject(outcome.error);
  };
  worker.onmessage = (e) => {
    const m = e.data;
    // Only this protocol's messages: pdf.js, loaded in the same worker, announces itself on it too ("ready").
    if (m?.type === "progress") {
      if (settle) onProgress({ page: m.page, pages: m.pages, fraction: m.fraction });
    } else if (m?.type === "done") end({ file: m.file });
    else if (m?.type === "error") {
      const error = m.errorEn === undefined ? new Error(m.error) : new TextError({ vi: m.error, en: m.errorEn });
      end({ error: Object.assign(error, { problem: m.problem }) });
    }
  };
  worker.onerror = (e) => {
    e.preventDefault?.();
    end({
      error: e.message
        ? new Error(e.message)
        : new TextError({ vi: "Lỗi khi đọc ảnh trong trình duyệt.", en: "OCR failed in the browser." }),
    });
  };
  const copy = bytes.slice(); // the page keeps its bytes (saving, a second try)
  worker.postMessage({ bytes: copy, name }, [copy.buffer]);
  return { done, stop: () => end({ error: new OcrStopped() }) };
}
