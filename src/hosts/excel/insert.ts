/**
 * Writing tables at the selection: the plan table (2018 or Biểu 2), the Biểu 2 section IV–VI tables and the total
 * row. Never over non-empty cells without confirmation; text is written as text (text-cells.ts); 3 syncs.
 */
import type { Catalog, Plan, SchoolContext } from "../../core/types";
import { renderGrid } from "../../core/render";
import { columnLetter } from "../../core/rules/finding";
import { catalogIdFor, getCatalog } from "../../core/catalogs/index";
import { viOnly, type DraftInsert, type InsertOptions, type InsertResult } from "../port";
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

/** "'Kế hoạch'!B3:D5" → 0-based inclusive box (a whole column or row reaches the sheet's edge). */
export function parseArea(address: string): { r0: number; c0: number; r1: number; c1: number } | null {
  const m = /^\$?([A-Z]+)?\$?(\d+)?(?::\$?([A-Z]+)?\$?(\d+)?)?$/.exec(address.replace(/^.*!/, "").trim());
  if (!m || (!m[1] && !m[2])) return null;
  const col = (l: string) => l.split("").reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  const c0 = m[1] ? col(m[1]) : 0;
  const r0 = m[2] ? Number(m[2]) - 1 : 0;
  const ranged = m[3] !== undefined || m[4] !== undefined;
  const c1 = ranged ? (m[3] ? col(m[3]) : 16383) : m[1] ? c0 : 16383;
  const r1 = ranged ? (m[4] ? Number(m[4]) - 1 : 1048575) : m[2] ? r0 : 1048575;
  return { r0, c0, r1, c1 };
}

type Box = NonNullable<ReturnType<typeof parseArea>>;
const overlaps = (a: Box, b: Box) => a.r0 <= b.r1 && b.r0 <= a.r1 && a.c0 <= b.c1 && b.c0 <= a.c1;
const boxText = (b: Box) =>
  b.r0 === b.r1 && b.c0 === b.c1 ? addr(b.r0, b.c0) : `${addr(b.r0, b.c0)}:${addr(b.r1, b.c1)}`;

/** Why a table cannot go at the selection: the message the pane shows (nothing was written). */
export const MERGED_REFUSAL = (areas: string) =>
  `Không chèn bảng ở đây: vùng sẽ ghi có ô gộp (${areas}), chữ ghi vào ô gộp bị che nên bảng không còn đọc được. ` +
  "Chưa ghi gì. Hãy chọn một ô trống không gộp (hoặc bỏ gộp ô: Trang đầu → Gộp và căn giữa) rồi bấm Chèn bảng lại.";
export const TABLE_REFUSAL = (name: string, area: string) =>
  `Không chèn bảng ở đây: vùng sẽ ghi nằm trong bảng Excel “${name}” (${area}). Chưa ghi gì. ` +
  "Hãy chọn một ô trống bên ngoài bảng đó rồi bấm Chèn bảng lại.";

/**
 * Writes `values` at the selection in 3 syncs: (1) where the selection is and the sheet's Excel tables, (2) what the
 * target area holds — text, merged areas (ExcelApi 1.13), the tables' places —, (3) the values plus the formatting
 * `style` queues (no sync of its own). A target over merged cells or inside an Excel table is refused with a
 * message and nothing written (the plan would be hidden under the merge or break the table). Below ExcelApi 1.13
 * merged areas cannot be listed: the text is read back in the writing sync and, when a merge hid it, the values
 * just written are taken out again (a 4th sync, only then) and the pane says why.
 */
export function writeAtSelection(
  session: ExcelSession,
  raw: string[][],
  overwrite: boolean,
  style: Style,
): Promise<InsertResult> {
  const values = padRows(raw);
  const rows = values.length;
  const cols = values[0]?.length ?? 0;
  return session.env.run(async (context) => {
    const sel = context.workbook.getSelectedRange();
    sel.load("rowIndex, columnIndex");
    const ws = context.workbook.worksheets.getActiveWorksheet();
    const tables = context.workbook.worksheets.getActiveWorksheet().tables; // TableCollection (ExcelApi 1.1)
    tables.load("items/name");
    await context.sync(); // 1
    const r0 = sel.rowIndex;
    const c0 = sel.columnIndex;
    const box: Box = { r0, c0, r1: r0 + rows - 1, c1: c0 + cols - 1 };
    const target = ws.getRange(areaAddr(r0, c0, rows, cols));
    target.load("text");
    const tableRanges = tables.items.map((t) => t.getRange().load("address")); // Table.getRange (ExcelApi 1.1)
    const merged = session.api("1.13") ? target.getMergedAreasOrNullObject().load("address") : null;
    await context.sync(); // 2
    const inTable = tableRanges
      .map((r, i) => ({ name: tables.items[i].name, box: parseArea(r.address) }))
      .find((t) => t.box && overlaps(t.box, box));
    if (inTable) return { status: "unsupported", message: viOnly(TABLE_REFUSAL(inTable.name, boxText(inTable.box!))) };
    if (merged && !merged.isNullObject && merged.address) {
      const list = merged.address
        .split(",")
        .map((a) => a.trim().replace(/^.*!/, "").replace(/\$/g, ""))
        .filter(Boolean);
      return {
        status: "unsupported",
        message: viOnly(MERGED_REFUSAL(list.slice(0, 5).join(", ") + (list.length > 5 ? ", …" : ""))),
      };
    }
    const occupied: { address: string; text: string }[] = [];
    target.text.forEach((row, r) =>
      row.forEach((t, c) => {
        if (String(t ?? "").trim()) occupied.push({ address: addr(r0 + r, c0 + c), text: String(t) });
      }),
    );
    if (occupied.length && !overwrite) return { status: "needs-confirmation", occupied };
    const token = session.writes.begin([areaAddr(r0, c0, rows, cols)]);
    try {
      writeValues(target, values);
      target.format.wrapText = true;
      target.format.verticalAlignment = "Top";
      target.format.font.name = "Times New Roman";
      target.format.font.size = 12;
      style(ws, target, r0, c0);
      const check = merged ? null : ws.getRange(areaAddr(r0, c0, rows, cols)).load("text");
      await context.sync(); // 3
      const hidden: string[] = [];
      check?.text.forEach((row, r) =>
        row.forEach((t, c) => {
          if (String(values[r][c] ?? "").trim() && !String(t ?? "").trim()) hidden.push(addr(r0 + r, c0 + c));
        }),
      );
      if (hidden.length) {
        // Excel without getMergedAreas (ExcelApi 1.13): a merge swallowed part of the table; take the values out.
        writeValues(
          target,
          values.map((row) => row.map(() => "")),
        );
        await context.sync(); // 4, only when a merge hid what was written
        return {
          status: "unsupported",
          message: viOnly(
            `${MERGED_REFUSAL(hidden.slice(0, 5).join(", ") + (hidden.length > 5 ? ", …" : ""))} ` +
              "(Chữ vừa ghi đã được xóa lại; định dạng ô có thể còn.)",
          ),
        };
      }
    } finally {
      session.writes.end(token);
    }
    return { status: "inserted", rows };
  });
}

export function insertTable(
  session: ExcelSession,
  options: InsertOptions,
  catalog?: Catalog | null,
): Promise<InsertResult> {
  const ctx = options.context;
  const cat = catalog ?? (ctx.level && ctx.regime ? (getCatalog(catalogIdFor(ctx.level, ctx.regime)) ?? null) : null);
  const grid = renderGrid(options.template, ctx, null, cat);
  const cols = grid.columns.length;
  return writeAtSelection(session, grid.rows, Boolean(options.overwrite), (ws, target, r0, c0) => {
    for (const edge of [
      "EdgeTop",
      "EdgeBottom",
      "EdgeLeft",
      "EdgeRight",
      "InsideVertical",
      "InsideHorizontal",
    ] as const)
      target.format.borders.getItem(edge).style = "Continuous";
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
        ws.getRange(`${columnLetter(c0 + i)}:${columnLetter(c0 + i)}`).format.columnWidth = Math.floor(
          (c.width / total) * A4_LANDSCAPE_WIDTH_PT,
        );
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
export async function insertBieu2Tables(
  session: ExcelSession,
  context: SchoolContext,
  overwrite = false,
): Promise<InsertResult> {
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
export async function insertTotalRow(
  session: ExcelSession,
  plan: Plan,
  totalVnd: number,
  totalInWords: string,
  overwrite = false,
): Promise<InsertResult> {
  const budgetCol = plan.columns.budget;
  if (budgetCol === undefined)
    return {
      status: "unsupported",
      message: { vi: "Bảng không có cột kinh phí.", en: "The table has no budget column." },
    };
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
    const occupied = line.text[0]
      .map((t, c) => ({ address: addr(row, o.col + c), text: String(t ?? "") }))
      .filter((x) => x.text.trim());
    if (occupied.length && !overwrite) return { status: "needs-confirmation", occupied };
    const values: (string | number)[] = new Array(cols).fill("");
    values[plan.columns.criterion ?? 1] = "Tổng cộng";
    values[budgetCol] = totalVnd;
    const noteCol = plan.columns.note ?? plan.columns.support;
    // The printed "Ghi chú" gets the amount in words only (what a reader of the plan needs), no technical note.
    if (noteCol !== undefined) values[noteCol] = `Bằng chữ: ${totalInWords}`;
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
