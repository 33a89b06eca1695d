/**
 * Reports of many files' findings: the --json shape (version 1) and, through the core's report model
 * (src/core/report), the consolidated .xlsx and the printable .html.
 */
import type { Finding, Plan, SchoolContext } from "../../core/types";
import type { LangText } from "../../core/text/message";
import { circularFor } from "../../core/catalogs/index";
import { cellRef } from "../../core/rules/finding";
import { summarize } from "../../core/summary";
import { buildReport, type ReportInput } from "../../core/report/model";
import type { FilePlaces } from "./places";
import { writeReportHtml } from "./report-html";
import { writeReportXlsx, type ReportFields } from "./report-xlsx";

export interface FileResult {
  path: string;
  status: "ok" | "error";
  /** Why the file could not be checked, in Vietnamese; `errorEn` in English when the reason has one. */
  error?: string;
  errorEn?: string;
  plan?: Plan;
  findings: Finding[];
  totalVnd: number;
  /** File-level notices, in both languages: a PDF whose text came out garbled, a legacy encoding converted (check
   * the capitals), merged cells… */
  notes?: LangText[];
  /** Places in the file's own terms (Word table rows, PDF rows); without it, the core's A1 reference. */
  places?: Record<"vi" | "en", FilePlaces>;
  /** Read, but only in part: the text is garbled (PDF fonts) or the file is a scan; says why, in Vietnamese. */
  notice?: { status: "garbled" | "scanned"; message: string; messageEn?: string };
}

/** A finding's place in a report (reports are in Vietnamese). */
const placeOf = (r: FileResult, f: Finding) => (r.places ? r.places.vi.of(f) : (f.ref ?? "Văn bản"));

/**
 * File-level notices, only when there are some (the JSON schema's optional "notes", in Vietnamese; "notesEn", added
 * in 0.3, the same notices in English).
 */
const notesOf = (r: FileResult) =>
  r.notes?.length ? { notes: r.notes.map((n) => n.vi), notesEn: r.notes.map((n) => n.en) } : {};

export function jsonReport(results: FileResult[]) {
  return {
    version: 1,
    files: results.map((r) => {
      if (r.status === "error" || !r.plan) {
        const readStatus = r.notice?.status ?? ("unreadable" as const);
        const errorEn = r.errorEn === undefined ? {} : { errorEn: r.errorEn }; // added in 0.3
        return { path: r.path, status: "error" as const, error: r.error ?? "", ...errorEn, readStatus, ...notesOf(r) };
      }
      const ctx: SchoolContext = r.plan.context;
      const circular = ctx.circular ?? (ctx.level && ctx.regime ? circularFor(ctx.level, ctx.regime) : null);
      return {
        path: r.path,
        status: "ok" as const,
        readStatus: r.notice?.status ?? ("read" as const),
        ...(r.notice ? { notice: r.notice.message } : {}),
        ...(r.notice?.messageEn === undefined ? {} : { noticeEn: r.notice.messageEn }), // added in 0.3
        context: { level: ctx.level, regime: ctx.regime, circular, schoolYear: ctx.schoolYear, school: ctx.school },
        rows: r.plan.rows
          .filter((row) => row.kind === "criterion")
          .map((row) => ({
            ref: cellRef(row.cells.criterion?.pos ?? null),
            standard: row.standard,
            criterion: row.criterion,
            target: { level: row.target?.level ?? null, current: row.target?.current ?? null },
            timeline: {
              kind: row.period?.kind ?? "empty",
              start: row.period?.start ?? null,
              end: row.period?.end ?? null,
            },
            budget: { kind: row.budget?.kind ?? "empty", vnd: row.budget?.vnd ?? null, per: row.budget?.per ?? null },
          })),
        ...notesOf(r),
        // `ref` stays the grid's A1 address (schema v1); `place` and `location` name the place in the file's own
        // terms: a Word or PDF plan's table, row and column, a text file's line, a workbook's cell.
        findings: r.findings.map((f) => ({
          rule: f.rule,
          severity: f.severity,
          ref: f.ref,
          criterion: f.criterion,
          standard: f.standard,
          message: f.message,
          suggestion: f.suggestion,
          messageEn: f.messageEn, // added in 0.3
          suggestionEn: f.suggestionEn, // added in 0.3
          place: placeOf(r, f),
          location: r.places
            ? r.places.vi.locate(f)
            : f.ref
              ? { kind: "cell" as const, ref: f.ref }
              : { kind: "document" as const },
        })),
        summary: {
          rows: r.plan.rows.filter((row) => row.kind === "criterion").length,
          totalVnd: r.totalVnd,
          errors: r.findings.filter((f) => f.severity === "error").length,
          warnings: r.findings.filter((f) => f.severity === "warning").length,
          notes: r.findings.filter((f) => f.severity === "info").length,
          totalIsMax: summarize(r.plan, r.findings).rangeRows > 0,
        },
      };
    }),
  };
}

/** The reason above in English, or null when a part of it is only in Vietnamese. */
function reasonEn(r: FileResult): string | null {
  if (r.status !== "error") return r.notice?.messageEn ?? null;
  const garbled = r.notice?.status === "garbled" ? r.notice : null;
  if ((garbled && !garbled.messageEn) || (r.error && !r.errorEn)) return null;
  return [garbled?.messageEn ?? "", r.errorEn ?? ""].filter(Boolean).join(". ") || null;
}

/** The report model of these results (reports are in Vietnamese: places in Vietnamese). */
export function reportInputs(results: FileResult[]): ReportInput[] {
  return results.map((r) => ({
    file: r.path,
    status: r.notice?.status ?? (r.status === "error" || !r.plan ? "unreadable" : "read"),
    // A garbled PDF that gave no table says both: why its text is unreliable, and what could not be read.
    reason:
      r.status === "error"
        ? [r.notice?.status === "garbled" ? r.notice.message : "", r.error ?? ""].filter(Boolean).join(". ") || null
        : (r.notice?.message ?? null),
    // In English only when every part of it has its English.
    reasonEn: reasonEn(r),
    plan: r.status === "ok" ? (r.plan ?? null) : null,
    findings: r.findings,
    placeOf: (f) => placeOf(r, f),
  }));
}

export interface ReportOptions extends ReportFields {
  /** The date the report says it was made; default now. */
  now?: Date;
}

export function htmlReport(results: FileResult[], opts: ReportOptions = {}): string {
  return writeReportHtml(buildReport(reportInputs(results), opts.now ?? new Date()), opts);
}

export async function xlsxReport(results: FileResult[], opts: ReportOptions = {}): Promise<Uint8Array> {
  return writeReportXlsx(buildReport(reportInputs(results), opts.now ?? new Date()), opts);
}
