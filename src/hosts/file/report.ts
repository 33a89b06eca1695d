/** Reports of many files' findings: the --json shape (version 1), printable HTML and .xlsx. */
import ExcelJS from "exceljs";
import type { Finding, Plan, SchoolContext } from "../../core/types";
import { circularFor } from "../../core/catalogs/index";
import { formatVnd } from "../../core/summary";
import { escapeHtml } from "../../core/render";
import { cellRef } from "../../core/rules/finding";
import { fitRowHeights } from "./layout";
import type { FilePlaces } from "./places";
import { PAGE_A4_LANDSCAPE, writeWorkbook } from "./xlsx";
import { xmlSafeText } from "./xml";

export interface FileResult {
  path: string;
  status: "ok" | "error";
  error?: string;
  plan?: Plan;
  findings: Finding[];
  totalVnd: number;
  /** File-level notices, in Vietnamese: a PDF whose text came out garbled, a legacy encoding converted (check the
   * capitals)… */
  notes?: string[];
  /** Places in the file's own terms (Word table rows, PDF rows); without it, the core's A1 reference. */
  places?: Record<"vi" | "en", FilePlaces>;
}

/** A finding's place in a report (reports are in Vietnamese). */
const placeOf = (r: FileResult, f: Finding) => (r.places ? r.places.vi.of(f) : (f.ref ?? ""));

/** File-level notices, only when there are some (the JSON schema's optional "notes"). */
const notesOf = (r: FileResult) => (r.notes?.length ? { notes: r.notes } : {});

export function jsonReport(results: FileResult[]) {
  return {
    version: 1,
    files: results.map((r) => {
      if (r.status === "error" || !r.plan)
        return { path: r.path, status: "error" as const, error: r.error ?? "", ...notesOf(r) };
      const ctx: SchoolContext = r.plan.context;
      const circular = ctx.circular ?? (ctx.level && ctx.regime ? circularFor(ctx.level, ctx.regime) : null);
      return {
        path: r.path,
        status: "ok" as const,
        context: { level: ctx.level, regime: ctx.regime, circular, schoolYear: ctx.schoolYear, school: ctx.school },
        rows: r.plan.rows
          .filter((row) => row.kind === "criterion")
          .map((row) => ({
            ref: cellRef(row.cells.criterion?.pos ?? null),
            standard: row.standard,
            criterion: row.criterion,
            target: { level: row.target?.level ?? null, current: row.target?.current ?? null },
            timeline: { kind: row.period?.kind ?? "empty", start: row.period?.start ?? null, end: row.period?.end ?? null },
            budget: { kind: row.budget?.kind ?? "empty", vnd: row.budget?.vnd ?? null, per: row.budget?.per ?? null },
          })),
        ...notesOf(r),
        findings: r.findings.map((f) => ({ rule: f.rule, severity: f.severity, ref: f.ref, criterion: f.criterion, standard: f.standard, message: f.message, suggestion: f.suggestion })),
        summary: {
          rows: r.plan.rows.filter((row) => row.kind === "criterion").length,
          totalVnd: r.totalVnd,
          errors: r.findings.filter((f) => f.severity === "error").length,
          warnings: r.findings.filter((f) => f.severity === "warning").length,
        },
      };
    }),
  };
}


const esc = escapeHtml;
const SEV_VI = { error: "Lỗi", warning: "Cảnh báo", info: "Lưu ý" } as const;
const unreadable = (r: FileResult) => `Không đọc được${r.error ? `: ${r.error}` : ""}`;

export function htmlReport(results: FileResult[]): string {
  const rows = results
    .map((r) => {
      // A file that could not be read has no counts ("—"), never "0 lỗi / 0 cảnh báo".
      const ok = r.status === "ok";
      const e = ok ? String(r.findings.filter((f) => f.severity === "error").length) : "—";
      const w = ok ? String(r.findings.filter((f) => f.severity === "warning").length) : "—";
      return `<tr><td>${esc(r.path)}</td><td>${ok ? "Đọc được" : esc(unreadable(r))}</td><td>${e}</td><td>${w}</td><td>${ok ? formatVnd(r.totalVnd) : ""}</td></tr>`;
    })
    .join("\n");
  const details = results
    .filter((r) => r.findings.length || r.notes?.length)
    .map((r) => `<h2>${esc(r.path)}</h2>${(r.notes ?? []).map((n) => `<p><b>Lưu ý:</b> ${esc(n)}</p>`).join("")}<table><thead><tr><th style="width:16%">Vị trí</th><th style="width:10%">Mức</th><th>Nội dung</th><th style="width:35%">Gợi ý</th></tr></thead>${r.findings.map((f) => `<tr><td>${esc(placeOf(r, f))}</td><td>${SEV_VI[f.severity]}</td><td>${esc(f.message)}</td><td>${esc(f.suggestion ?? "")}</td></tr>`).join("")}</table>`)
    .join("\n");
  return `<!doctype html><html lang="vi"><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'"><title>Báo cáo kiểm tra kế hoạch cải tiến</title><style>@page{size:A4 landscape;margin:1.5cm}body{font-family:'Times New Roman',serif;font-size:13pt;margin:2cm}@media print{body{margin:0}h2{page-break-after:avoid}tr{page-break-inside:avoid}}table{border-collapse:collapse;width:100%;margin-bottom:1em}thead{display:table-header-group}td,th{border:1px solid #000;padding:3pt 5pt;vertical-align:top;overflow-wrap:anywhere}th{font-weight:bold;text-align:center}h1{font-size:16pt;text-align:center}h2{font-size:14pt}</style></head><body><h1>Báo cáo kiểm tra kế hoạch cải tiến chất lượng giáo dục</h1><table><thead><tr><th style="width:34%">Tệp</th><th>Trạng thái</th><th style="width:8%">Lỗi</th><th style="width:10%">Cảnh báo</th><th style="width:16%">Tổng kinh phí</th></tr></thead>${rows}</table>${details}</body></html>`;
}

/** One report sheet: bold header row repeated on every printed page, wrapped cells, heights that fit. */
function reportSheet(wb: ExcelJS.Workbook, name: string, columns: { header: string; width: number }[], rows: (string | number | null)[][]): ExcelJS.Worksheet {
  const ws = wb.addWorksheet(name, { pageSetup: { ...PAGE_A4_LANDSCAPE }, views: [{ state: "frozen", ySplit: 1 }] });
  const border: Partial<ExcelJS.Borders> = { top: { style: "thin" }, left: { style: "thin" }, bottom: { style: "thin" }, right: { style: "thin" } };
  [columns.map((c) => c.header), ...rows].forEach((values, r) => {
    // Characters XML forbids (U+FFFE, U+FFFF, C0 controls) quoted from a plan would make Excel refuse the report.
    const row = ws.addRow(values.map((v) => (typeof v === "string" ? xmlSafeText(v) : v)));
    values.forEach((v, c) => {
      const cell = row.getCell(c + 1);
      cell.font = { name: "Times New Roman", size: 12, bold: r === 0 };
      cell.alignment = { wrapText: true, vertical: "top", horizontal: r === 0 ? "center" : typeof v === "number" ? "right" : "left" };
      cell.border = border;
      if (r > 0 && typeof v === "number") cell.numFmt = "#,##0";
    });
  });
  columns.forEach((c, i) => (ws.getColumn(i + 1).width = c.width));
  ws.pageSetup.printTitlesRow = "1:1";
  fitRowHeights(ws, Array.from({ length: rows.length + 1 }, (_, i) => i + 1));
  return ws;
}

export async function xlsxReport(results: FileResult[]): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.creator = "KHCT";
  const count = (r: FileResult, s: Finding["severity"]) => r.findings.filter((f) => f.severity === s).length;
  reportSheet(
    wb,
    "Tổng hợp",
    [{ header: "Tệp", width: 44 }, { header: "Trạng thái", width: 44 }, { header: "Lỗi", width: 8 }, { header: "Cảnh báo", width: 11 }, { header: "Tổng kinh phí (đồng)", width: 18 }],
    results.map((r) =>
      r.status === "ok"
        ? [r.path, "Đọc được", count(r, "error"), count(r, "warning"), r.totalVnd]
        : [r.path, unreadable(r), "—", "—", null],
    ),
  );
  reportSheet(
    wb,
    "Chi tiết",
    [
      { header: "Tệp", width: 24 },
      { header: "Vị trí", width: 20 }, // "Bảng 1 · dòng 12 · cột Thời gian" wraps on two lines
      { header: "Mức", width: 10 },
      { header: "Nội dung", width: 48 },
      { header: "Gợi ý", width: 38 },
    ],
    // People read this sheet: no internal rule ids (they stay in `kehoach check --json`).
    results.flatMap((r) => r.findings.map((f) => [r.path, placeOf(r, f), SEV_VI[f.severity], f.message, f.suggestion ?? ""])),
  );
  return writeWorkbook(wb);
}
