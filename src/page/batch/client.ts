/** The page's side of the batch worker: one file at a time, answered by id. */
import type { ReportFile } from "../../core/report/model";
import type { BatchSource } from "../../hosts/file/batch";
import type { BatchReply, BatchRequest } from "./batch.worker";

export interface BatchWorker {
  check(bytes: Uint8Array, source: BatchSource): Promise<ReportFile>;
  dispose(): void;
}

export function spawnBatchWorker(): BatchWorker {
  const worker = new Worker(new URL("./batch.worker.ts", import.meta.url), { name: "khct-batch" });
  let next = 1;
  const pending = new Map<number, { resolve: (e: ReportFile) => void; reject: (e: Error) => void }>();
  worker.onmessage = (e: MessageEvent<BatchReply>) => {
    const p = pending.get(e.data.id);
    pending.delete(e.data.id);
    p?.resolve(e.data.entry);
  };
  worker.onerror = (e) => {
    e.preventDefault();
    const err = new Error(e.message || "Lỗi khi đọc tệp trong trình duyệt.");
    for (const p of pending.values()) p.reject(err);
    pending.clear();
  };
  return {
    check(bytes, source) {
      const id = next++;
      const name = source.path.split("/").pop() ?? source.path;
      return new Promise((resolve, reject) => {
        pending.set(id, { resolve, reject });
        worker.postMessage({ id, bytes, name, path: source.path } satisfies BatchRequest, [bytes.buffer]);
      });
    },
    dispose() {
      worker.terminate();
      for (const p of pending.values()) p.reject(new Error("closed"));
      pending.clear();
    },
  };
}
