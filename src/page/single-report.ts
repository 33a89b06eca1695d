/**
 * The single-file report of the page (.xlsx or printable .html): the same for a plan opened on the page and a large
 * plan kept in the plan worker (the worker calls this too), so both views give the same report for the same findings.
 */
import type { Finding, Plan } from "../core/types";
import { summarize } from "../core/summary";
import type { OpenedFile } from "../hosts/file/index";
import { filePlaces } from "../hosts/file/places";

export type ReportKind = "xlsx" | "html";

export interface SingleReportInput {
  name: string;
  file: OpenedFile;
  plan: Plan;
  findings: Finding[];
}

export const REPORT_NAME: Record<ReportKind, string> = {
  xlsx: "bao-cao-kiem-tra.xlsx",
  html: "bao-cao-kiem-tra.html",
};

/** The report's bytes (.xlsx) or text (.html); `now` is the date the report says it was made. */
export async function singleReport(kind: ReportKind, doc: SingleReportInput, now?: Date): Promise<Uint8Array | string> {
  const r = await import(/* webpackChunkName: "file-host" */ "../hosts/file/report");
  const result = [
    {
      path: doc.name,
      status: "ok" as const,
      plan: doc.plan,
      findings: doc.findings,
      totalVnd: summarize(doc.plan).totalVnd,
      // The report names places as the page does: Word and PDF tables by table and row, not by A1.
      places: { vi: filePlaces(doc.file, doc.plan, "vi"), en: filePlaces(doc.file, doc.plan, "en") },
    },
  ];
  return kind === "html" ? r.htmlReport(result, { now }) : r.xlsxReport(result, { now });
}
