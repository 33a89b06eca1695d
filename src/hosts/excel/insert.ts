/**
 * Writing tables at the selection: the plan table (2018 or Biểu 2), the Biểu 2 section IV–VI tables and the total
 * row. Never over non-empty cells without confirmation; text is written as text (text-cells.ts); 3 syncs.
 */
import type { Catalog, Plan, SchoolContext } from "../../core/types";
import { renderGrid } from "../../core/render";
import { columnLetter } from "../../core/rules/finding";
import { catalogIdFor, getCatalog } from "../../core/catalogs/index";
import type { DraftInsert, InsertOptions, InsertResult } from "../port";
import { stackTables } from "../../core/assess/stack";
import { addr, areaAddr, FILL, type ExcelSession } from "./env";
import { writeValues } from "./text-cells";

/**
 * A4 landscape is 842 pt wide; Excel's default margins are 0.7 in (50.4 pt) left and right: 741 pt of text width.
 * The columns share 740 pt and printing fits all columns on one page wide (PageLayout.zoom, ExcelApi 1.9).
 */
export const A4_LANDSCAPE_WIDTH_PT = 740;

type Style = (ws: Excel.Worksheet, target: Excel.Range, r0: number, c0: number) => void;

const padRows = (values: string[][]) => {
  const cols = Math.max(...values.map((r) => r.length));
  return values.map((r) => [...r, ...new Array(cols - r.length).fill("")]);
};

/**
 * Writes `values` at the selection in 3 syncs: (1) where the selection is, (2) what the target area holds — any
 * non-empty cell and no `overwrite` → needs-confirmation and nothing written — (3) the values plus the formatting
 * `style` queues (no sync of its own).
 */
export function writeAtSelection(session: ExcelSession, raw: string[][], overwrite: boolean, style: Style): Promise<InsertResult> {
  const values = padRows(raw);
  const rows = values.length;
  const cols = values[0]?.length ?? 0;
  return session.env.run(async (context) => {
    const sel = context.workbook.getSelectedRange();
    sel.load("rowIndex, columnIndex");
    const ws = context.workbook.worksheets.getActiveWorksheet();
    await context.sync(); // 1
    const r0 = sel.rowIndex;
    const c0 = sel.columnIndex;
    const target = ws.getRange(areaAddr(r0, c0, rows, cols));
    target.load("text");
    await context.sync(); // 2
    const occupied: { address: string; text: string }[] = [];
    target.text.forEach((row, r) => row.forEach((t, c) => {
      if (String(t ?? "").trim()) occupied.push({ address: addr(r0 + r, c0 + c), text: String(t) });
    }));
    if (occupied.length && !overwrite) return { status: "needs-confirmation", occupied };
    const token = session.writes.begin([areaAddr(r0, c0, rows, cols)]);
    try {
      writeValues(target, values);
      target.format.wrapText = true;
      target.format.verticalAlignment = "Top";
      target.format.font.name = "Times New Roman";
      target.format.font.size = 12;
      style(ws, target, r0, c0);
      await context.sync(); // 3
    } finally {
      session.writes.end(token);
    }
    return { status: "inserted", rows };
  });
}

export function insertTable(session: ExcelSession, options: InsertOptions, catalog?: Catalog | null): Promise<InsertResult> {
  const ctx = options.context;
  const cat = catalog ?? (ctx.level && ctx.regime ? getCatalog(catalogIdFor(ctx.level, ctx.regime)) ?? null : null);
  const grid = renderGrid(options.template, ctx, null, cat);
  const cols = grid.columns.length;
  return writeAtSelection(session, grid.rows, Boolean(options.overwrite), (ws, target, r0, c0) => {
    for (const edge of ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight", "InsideVertical", "InsideHorizontal"] as const) target.format.borders.getItem(edge).style = "Continuous";
    const head = ws.getRange(areaAddr(r0, c0, 2, cols));
    head.format.font.bold = true;
    head.format.horizontalAlignment = "Center";
    head.format.fill.color = FILL.header;
    grid.kinds.forEach((kind, r) => {
      if (kind === "section" || kind === "standard") {
        const line = ws.getRange(areaAddr(r0 + r, c0, 1, cols));
        line.format.font.bold = true;
        if (kind === "section") line.format.fill.color = FILL.section;
      }
    });
    const total = grid.columns.reduce((sum, c) => sum + c.width, 0);
    if (session.api("1.2")) {
      grid.columns.forEach((c, i) => {
        ws.getRange(`${columnLetter(c0 + i)}:${columnLetter(c0 + i)}`).format.columnWidth = Math.floor((c.width / total) * A4_LANDSCAPE_WIDTH_PT);
      });
    }
    // Freeze through the header row when the table starts near the top (a deep freeze would hide the sheet).
    if (session.api("1.7") && r0 < 10) ws.freezePanes.freezeRows(r0 + 1);
    if (session.api("1.9")) {
      ws.pageLayout.orientation = "Landscape";
      ws.pageLayout.paperSize = "A4";
      ws.pageLayout.zoom = { horizontalFitToPages: 1 };
      ws.pageLayout.setPrintTitleRows(`$${r0 + 1}:$${r0 + 1}`);
    }
  });
}

/**
 * Biểu 2 (TT 57/2026) in Excel: the section IV (priority issues), V (plan) and VI (monitoring, two dated review
 * points) tables stacked at the selection. Asks before overwriting; 3 syncs whatever the size.
 */
export async function insertBieu2Tables(session: ExcelSession, context: SchoolContext, overwrite = false): Promise<InsertResult> {
  const { bieu2Sections } = await import(/* webpackChunkName: "bieu2" */ "../../core/tt57/bieu2");
  const sections = bieu2Sections(context);
  const plan = renderGrid("tt57-bieu2", context, null, null);
  const width = plan.columns.length;
  const pad = (r: string[]) => [...r, ...new Array(Math.max(0, width - r.length)).fill("")].slice(0, width);
  const rows: string[][] = [];
  const bold: number[] = [];
  for (const sec of sections.filter((x) => x.number === "IV" || x.number === "V" || x.number === "VI")) {
    if (rows.length) rows.push(pad([]));
    bold.push(rows.length);
    rows.push(pad([`${sec.number}. ${sec.title}`]));
    if (sec.table) {
      bold.push(rows.length);
      rows.push(pad(sec.table.headers), ...sec.table.rows.map(pad));
    }
    if (sec.planTable) {
      bold.push(rows.length, rows.length + 1);
      rows.push(...plan.rows.map(pad));
    }
  }
  return writeAtSelection(session, rows, overwrite, (ws, _target, r0, c0) => {
    for (const r of bold) ws.getRange(areaAddr(r0 + r, c0, 1, width)).format.font.bold = true;
  });
}

/** A drafted plan (gap board): its tables stacked at the selection, headings and header rows bold; 3 syncs. */
export function insertDraft(session: ExcelSession, draft: DraftInsert): Promise<InsertResult> {
  const { rows, bold, spans } = stackTables(draft.tables);
  const width = rows[0]?.length ?? 1;
  const edges = ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight", "InsideVertical", "InsideHorizontal"] as const;
  return writeAtSelection(session, rows, Boolean(draft.overwrite), (ws, _target, r0, c0) => {
    for (const r of bold) ws.getRange(areaAddr(r0 + r, c0, 1, width)).format.font.bold = true;
    for (const sp of spans) {
      const table = ws.getRange(areaAddr(r0 + sp.row, c0, sp.rows, sp.cols));
      for (const edge of edges) table.format.borders.getItem(edge).style = "Continuous";
    }
  });
}

/** "Chèn dòng tổng": the total of the parsed amounts, as a value, below the plan (asks before overwriting). */
export async function insertTotalRow(session: ExcelSession, plan: Plan, totalVnd: number, totalInWords: string, overwrite = false): Promise<InsertResult> {
  const budgetCol = plan.columns.budget;
  if (budgetCol === undefined) return { status: "unsupported", message: "Bảng không có cột kinh phí. / The table has no budget column." };
  const o = session.origin;
  const lastGridRow = Math.max(plan.headerRow, ...plan.rows.flatMap((r) => r.gridRows));
  const row = o.row + lastGridRow + 1;
  const cols = Math.max(...Object.values(plan.columns).map((c) => c ?? 0)) + 1;
  const area = areaAddr(row, o.col, 1, cols);
  return session.env.run(async (context) => {
    const ws = session.sheetRead(context);
    const line = ws.getRange(area);
    line.load("text");
    await context.sync(); // 1
    const occupied = line.text[0].map((t, c) => ({ address: addr(row, o.col + c), text: String(t ?? "") })).filter((x) => x.text.trim());
    if (occupied.length && !overwrite) return { status: "needs-confirmation", occupied };
    const values: (string | number)[] = new Array(cols).fill("");
    values[plan.columns.criterion ?? 1] = "Tổng cộng";
    values[budgetCol] = totalVnd;
    const noteCol = plan.columns.note ?? plan.columns.support;
    if (noteCol !== undefined) values[noteCol] = `Tổng các số tiền đọc được trong cột kinh phí (${totalInWords}); không phải công thức SUM vì ô ghi dạng chữ như "10 triệu".`;
    const token = session.writes.begin([area]);
    try {
      writeValues(line, [values]);
      line.format.font.bold = true;
      ws.getRange(addr(row, o.col + budgetCol)).numberFormat = [["#,##0"]];
      await context.sync(); // 2
    } finally {
      session.writes.end(token);
    }
    return { status: "inserted", rows: 1 };
  });
}
