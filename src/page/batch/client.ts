/** The page's side of the batch worker: one file at a time, answered by id. */
import type { ReportFile } from "../../core/report/model";
import type { BatchSource } from "../../hosts/file/batch";
import type { BatchReply, BatchRequest } from "./batch.worker";

export interface BatchWorker {
  check(bytes: Uint8Array, source: BatchSource): Promise<ReportFile>;
  report(files: ReportFile[], kind: "xlsx" | "html"): Promise<Uint8Array | string>;
  dispose(): void;
}

export function spawnBatchWorker(): BatchWorker {
  const worker = new Worker(new URL("./batch.worker.ts", import.meta.url), { name: "khct-batch" });
  let next = 1;
  const pending = new Map<number, { resolve: (e: BatchReply) => void; reject: (e: Error) => void }>();
  worker.onmessage = (e: MessageEvent<BatchReply>) => {
    const p = pending.get(e.data.id);
    pending.delete(e.data.id);
    p?.resolve(e.data);
  };
  const send = (req: BatchRequest, transfer: Transferable[] = []) =>
    new Promise<BatchReply>((resolve, reject) => {
      pending.set(req.id, { resolve, reject });
      worker.postMessage(req, transfer);
    });
  worker.onerror = (e) => {
    e.preventDefault();
    const err = new Error(e.message || "Lỗi khi đọc tệp trong trình duyệt.");
    for (const p of pending.values()) p.reject(err);
    pending.clear();
  };
  return {
    async check(bytes, source) {
      const name = source.path.split("/").pop() ?? source.path;
      return (await send({ id: next++, type: "check", bytes, name, path: source.path }, [bytes.buffer])).entry!;
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
