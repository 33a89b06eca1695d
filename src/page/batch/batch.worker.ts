/**
 * The page's batch worker: checks the files of a folder one at a time, off the main thread, with the same check as
 * `kehoach check` (src/hosts/file/check.ts). It answers each file with its report entry only (figures, findings and
 * their places), never the plan, so 300 files stay small in the page's memory.
 */
import { checkBytes, toReportFile } from "../../hosts/file/check";
import { reportOf, type ReportFile } from "../../core/report/model";

export type BatchRequest =
  | { id: number; type: "check"; bytes: Uint8Array; name: string; path: string }
  /** The consolidated report of the entries (written here: ExcelJS over hundreds of sheets takes seconds). */
  | { id: number; type: "report"; files: ReportFile[]; kind: "xlsx" | "html"; now: number };
export interface BatchReply {
  id: number;
  entry?: ReportFile;
  report?: Uint8Array | string;
}

interface WorkerScope {
  onmessage: ((e: MessageEvent<BatchRequest>) => void) | null;
  postMessage(message: BatchReply): void;
}
const scope = self as unknown as WorkerScope;

async function handle(req: BatchRequest): Promise<BatchReply> {
  if (req.type === "check") {
    // checkBytes never throws: a file that cannot be read comes back as an entry with its reason.
    return { id: req.id, entry: toReportFile(await checkBytes(req.bytes, req.name, req.path)) };
  }
  const model = reportOf(req.files, new Date(req.now));
  if (req.kind === "html") return { id: req.id, report: (await import("../../hosts/file/report-html")).writeReportHtml(model) };
  return { id: req.id, report: await (await import("../../hosts/file/report-xlsx")).writeReportXlsx(model) };
}

scope.onmessage = (e) => void handle(e.data).then((reply) => scope.postMessage(reply));
