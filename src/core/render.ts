/**
 * Rendering a plan (or a blank template) to a grid for insertion, and to HTML/TSV for the clipboard.
 */
import type { Catalog, ColumnRole, GridRowKind, Plan, RenderedGrid, SchoolContext, TemplateId } from "./types";
import { getTemplate } from "./templates";
import { withColumnUnit } from "./parse/budget-unit";

/** The plan's rows in the template's columns, or a blank template from the catalog. */
export function renderGrid(
  templateId: TemplateId,
  context: SchoolContext,
  plan?: Plan | null,
  catalog?: Catalog | null,
): RenderedGrid {
  const template = getTemplate(templateId);
  const cols = template.columns;
  const width = cols.length;
  const idx = (role: ColumnRole) => cols.findIndex((c) => c.role === role);
  const blank = () => new Array<string>(width).fill("");
  const rows: string[][] = [cols.map((c) => c.header)];
  const kinds: GridRowKind[] = ["header"];
  rows.push(cols.map((_, i) => `(${i + 1})`));
  kinds.push("number-row");
  const put = (kind: GridRowKind, cells: Partial<Record<ColumnRole, string>>) => {
    const row = blank();
    for (const [role, text] of Object.entries(cells) as [ColumnRole, string][]) {
      const i = idx(role);
      if (i >= 0) row[i] = text;
    }
    rows.push(row);
    kinds.push(kind);
  };
  // TT as in the schools' plans: standard rows are numbered ("1 | Tiêu chuẩn 1: …") and criterion rows under them
  // keep an empty TT; a table without standard rows (Biểu 2) numbers its criterion rows.
  let tt = 0;
  if (plan && plan.rows.length) {
    const numbered = plan.rows.some((r) => r.kind === "standard") ? "standard" : "criterion";
    for (const r of plan.rows) {
      const cells: Partial<Record<ColumnRole, string>> = {};
      for (const [role, cell] of Object.entries(r.cells) as [ColumnRole, { text: string }][]) cells[role] = cell.text;
      // The template's budget label names no unit: a bare "2,5" read under "Kinh phí (triệu đồng)" takes it along.
      if (cells.budget) cells.budget = withColumnUnit(cells.budget, plan.budgetUnit);
      if (r.kind === numbered) {
        tt++;
        if (!cells.tt) cells.tt = String(tt);
      }
      put(
        r.kind === "section"
          ? "section"
          : r.kind === "standard"
            ? "standard"
            : r.kind === "criterion"
              ? "criterion"
              : "task",
        cells,
      );
    }
    return { template: templateId, columns: cols, rows, kinds };
  }
  const standards = catalog?.standards ?? [];
  if (template.sections.length) {
    put("section", { criterion: template.sections[0].label });
    // One empty criterion row (TT left empty) under each numbered standard row, for the school to fill in.
    for (const s of standards) {
      tt++;
      put("standard", { tt: String(tt), criterion: `Tiêu chuẩn ${s.number}: ${s.name}` });
      put("criterion", {});
    }
    if (!standards.length) put("criterion", {});
    for (const sec of template.sections.slice(1)) {
      put("section", { criterion: sec.label });
      put("criterion", {});
    }
  } else {
    const n = Math.max(3, Math.min(5, standards.length || 3));
    for (let i = 0; i < n; i++) {
      tt++;
      put("criterion", { tt: String(tt) });
    }
  }
  void context;
  return { template: templateId, columns: cols, rows, kinds };
}

/** Text made safe for HTML. */
export const escapeHtml = (s: string) =>
  s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
const esc = escapeHtml;

/** An HTML table formatted like an official document (Times New Roman, single borders, bold centred header). */
export function renderHtml(grid: RenderedGrid): string {
  const cell =
    "border:1px solid #000;padding:2pt 4pt;vertical-align:top;font-family:'Times New Roman',serif;font-size:12pt;";
  const total = grid.columns.reduce((s, c) => s + c.width, 0) || 1;
  const colgroup = grid.columns.map((c) => `<col style="width:${((c.width / total) * 100).toFixed(1)}%">`).join("");
  const body = grid.rows
    .map((row, i) => {
      const kind = grid.kinds[i];
      const tag = kind === "header" ? "th" : "td";
      const style =
        cell +
        (kind === "header" || kind === "number-row"
          ? "font-weight:bold;text-align:center;"
          : kind === "section" || kind === "standard" || kind === "total"
            ? "font-weight:bold;"
            : "");
      const td = (t: unknown) => `<${tag} style="${style}">${esc(String(t ?? "")).replace(/\n/g, "<br>")}</${tag}>`;
      return `<tr>${row.map(td).join("")}</tr>`;
    })
    .join("\n");
  const tableStyle = "border-collapse:collapse;width:100%;font-family:'Times New Roman',serif;font-size:12pt;";
  return `<table style="${tableStyle}">${colgroup}\n${body}\n</table>`;
}

/** Tab-separated text as Excel pastes it: cells with tabs, line breaks or quotes are quoted. */
export function renderTsv(grid: RenderedGrid): string {
  const q = (s: string) => (/[\t\n\r"]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
  return grid.rows.map((r) => r.map((c) => q(String(c ?? ""))).join("\t")).join("\r\n");
}
