/**
 * The page's batch worker: checks the files of a folder one at a time, off the main thread, with the same check as
 * `kehoach check` (src/hosts/file/check.ts). It answers each file with its report entry only (figures, findings and
 * their places), never the plan, so 300 files stay small in the page's memory.
 */
import { checkBytes, toReportFile } from "../../hosts/file/check";
import { reportOf, type ReportFile } from "../../core/report/model";
import { pageOcrEnv } from "../ocr/env";

export type BatchRequest =
  | { id: number; type: "check"; bytes: Uint8Array; name: string; path: string }
  /** The consolidated report of the entries (written here: ExcelJS over hundreds of sheets takes seconds). */
  | { id: number; type: "report"; files: ReportFile[]; kind: "xlsx" | "html"; now: number };
export interface BatchReply {
  id: number;
  /** A scan being read by OCR: page `page` of `pages` (the entry follows in a later reply of the same id). */
  ocrPage?: { page: number; pages: number };
  entry?: ReportFile;
  report?: Uint8Array | string;
}

interface WorkerScope {
  onmessage: ((e: MessageEvent<BatchRequest>) => void) | null;
  postMessage(message: BatchReply): void;
  location: { href: string };
}
const scope = self as unknown as WorkerScope;

async function handle(req: BatchRequest): Promise<BatchReply> {
  if (req.type === "check") {
    // checkBytes never throws: a file that cannot be read comes back as an entry with its reason. A scan is read by
    // OCR, as `kehoach check` reads it, with its pages reported as they are read.
    const ocr = {
      env: pageOcrEnv(scope.location.href),
      onProgress: (page: number, pages: number) => scope.postMessage({ id: req.id, ocrPage: { page, pages } }),
    };
    return { id: req.id, entry: toReportFile(await checkBytes(req.bytes, req.name, req.path, {}, { ocr })) };
  }
  const model = reportOf(req.files, new Date(req.now));
  if (req.kind === "html")
    return { id: req.id, report: (await import("../../hosts/file/report-html")).writeReportHtml(model) };
  return { id: req.id, report: await (await import("../../hosts/file/report-xlsx")).writeReportXlsx(model) };
}

scope.onmessage = (e) => void handle(e.data).then((reply) => scope.postMessage(reply));
