/** Reports of many files' findings: the --json shape (version 1), printable HTML and .xlsx. */
import ExcelJS from "exceljs";
import type { Finding, Plan, SchoolContext } from "../../core/types";
import { circularFor } from "../../core/catalogs/index";
import { formatVnd } from "../../core/summary";
import { escapeHtml } from "../../core/render";
import { cellRef } from "../../core/rules/finding";

export interface FileResult {
  path: string;
  status: "ok" | "error";
  error?: string;
  plan?: Plan;
  findings: Finding[];
  totalVnd: number;
}

export function jsonReport(results: FileResult[]) {
  return {
    version: 1,
    files: results.map((r) => {
      if (r.status === "error" || !r.plan) return { path: r.path, status: "error" as const, error: r.error ?? "" };
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

export function htmlReport(results: FileResult[]): string {
  const rows = results
    .map((r) => {
      const e = r.findings.filter((f) => f.severity === "error").length;
      const w = r.findings.filter((f) => f.severity === "warning").length;
      return `<tr><td>${esc(r.path)}</td><td>${r.status === "ok" ? "Đọc được" : esc(r.error ?? "Lỗi")}</td><td>${e}</td><td>${w}</td><td>${r.status === "ok" ? formatVnd(r.totalVnd) : ""}</td></tr>`;
    })
    .join("\n");
  const details = results
    .filter((r) => r.findings.length)
    .map((r) => `<h2>${esc(r.path)}</h2><table><tr><th>Ô</th><th>Mức</th><th>Nội dung</th><th>Gợi ý</th></tr>${r.findings.map((f) => `<tr><td>${esc(f.ref ?? "")}</td><td>${SEV_VI[f.severity]}</td><td>${esc(f.message)}</td><td>${esc(f.suggestion ?? "")}</td></tr>`).join("")}</table>`)
    .join("\n");
  return `<!doctype html><html lang="vi"><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'"><title>Báo cáo kiểm tra kế hoạch cải tiến</title><style>body{font-family:'Times New Roman',serif;font-size:13pt;margin:2cm}table{border-collapse:collapse;width:100%;margin-bottom:1em}td,th{border:1px solid #000;padding:3pt 5pt;vertical-align:top}th{font-weight:bold;text-align:center}@media print{h2{page-break-before:auto}}</style></head><body><h1>Báo cáo kiểm tra kế hoạch cải tiến chất lượng giáo dục</h1><table><tr><th>Tệp</th><th>Trạng thái</th><th>Lỗi</th><th>Cảnh báo</th><th>Tổng kinh phí</th></tr>${rows}</table>${details}</body></html>`;
}

export async function xlsxReport(results: FileResult[]): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const sum = wb.addWorksheet("Tổng hợp");
  sum.addRow(["Tệp", "Trạng thái", "Lỗi", "Cảnh báo", "Tổng kinh phí (đồng)"]).font = { bold: true };
  for (const r of results) sum.addRow([r.path, r.status === "ok" ? "Đọc được" : r.error ?? "Lỗi", r.findings.filter((f) => f.severity === "error").length, r.findings.filter((f) => f.severity === "warning").length, r.status === "ok" ? r.totalVnd : null]);
  const det = wb.addWorksheet("Chi tiết");
  det.addRow(["Tệp", "Ô", "Mức", "Quy tắc", "Nội dung", "Gợi ý"]).font = { bold: true };
  for (const r of results) for (const f of r.findings) det.addRow([r.path, f.ref ?? "", SEV_VI[f.severity], f.rule, f.message, f.suggestion ?? ""]);
  for (const ws of [sum, det]) ws.columns.forEach((c, i) => (c.width = i === 0 ? 40 : i >= 4 ? 60 : 14));
  return new Uint8Array(await wb.xlsx.writeBuffer());
}
