/**
 * The page's batch worker: checks the files of a folder one at a time, off the main thread, with the same check as
 * `kehoach check` (src/hosts/file/check.ts). It answers each file with its report entry only (figures, findings and
 * their places), never the plan, so 300 files stay small in the page's memory.
 */
import { checkBytes, toReportFile } from "../../hosts/file/check";
import type { ReportFile } from "../../core/report/model";

export interface BatchRequest {
  id: number;
  bytes: Uint8Array;
  name: string;
  path: string;
}
export interface BatchReply {
  id: number;
  entry: ReportFile;
}

interface WorkerScope {
  onmessage: ((e: MessageEvent<BatchRequest>) => void) | null;
  postMessage(message: BatchReply): void;
}
const scope = self as unknown as WorkerScope;

scope.onmessage = (e) => {
  const { id, bytes, name, path } = e.data;
  // checkBytes never throws: a file that cannot be read comes back as an entry with its reason.
  void checkBytes(bytes, name, path).then((r) => scope.postMessage({ id, entry: toReportFile(r) }));
};
