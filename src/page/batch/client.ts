/** The page's side of the batch worker: one file at a time, answered by id. */
import type { ReportFile } from "../../core/report/model";
import type { BatchSource } from "../../hosts/file/batch";
import type { BatchReply, BatchRequest } from "./batch.worker";

export interface BatchWorker {
  /** `onOcrPage` hears of each page of a scan read by OCR. */
  check(bytes: Uint8Array, source: BatchSource, onOcrPage?: (page: number, pages: number) => void): Promise<ReportFile>;
  report(files: ReportFile[], kind: "xlsx" | "html"): Promise<Uint8Array | string>;
  dispose(): void;
}

export function spawnBatchWorker(): BatchWorker {
  const worker = new Worker(new URL("./batch.worker.ts", import.meta.url), { name: "khct-batch" });
  let next = 1;
  type Pending = {
    resolve: (e: BatchReply) => void;
    reject: (e: Error) => void;
    onOcrPage?: (page: number, pages: number) => void;
  };
  const pending = new Map<number, Pending>();
  worker.onmessage = (e: MessageEvent<BatchReply>) => {
    const p = pending.get(e.data?.id);
    if (!p) return; // pdf.js, loaded in the worker for PDFs, announces itself on the same channel
    if (e.data.ocrPage) return p.onOcrPage?.(e.data.ocrPage.page, e.data.ocrPage.pages);
    pending.delete(e.data.id);
    p.resolve(e.data);
  };
  const send = (req: BatchRequest, transfer: Transferable[] = [], onOcrPage?: Pending["onOcrPage"]) =>
    new Promise<BatchReply>((resolve, reject) => {
      pending.set(req.id, { resolve, reject, onOcrPage });
      worker.postMessage(req, transfer);
    });
  worker.onerror = (e) => {
    e.preventDefault();
    const err = new Error(e.message || "Lỗi khi đọc tệp trong trình duyệt.");
    for (const p of pending.values()) p.reject(err);
    pending.clear();
  };
  return {
    async check(bytes, source, onOcrPage) {
      const name = source.path.split("/").pop() ?? source.path;
      const req = { id: next++, type: "check" as const, bytes, name, path: source.path };
      return (await send(req, [bytes.buffer], onOcrPage)).entry!;
    },
    async report(files, kind) {
      return (await send({ id: next++, type: "report", files, kind, now: Date.now() })).report!;
    },
    dispose() {
      worker.terminate();
      for (const p of pending.values()) p.reject(new Error("closed"));
      pending.clear();
    },
  };
}
