/** .xlsx through exceljs: every worksheet as a grid of cell texts (as Excel shows them), edits in place. */
import ExcelJS from "exceljs";
import type { LangText } from "../../core/text/message";
import { LIMITS, LimitExceeded } from "./limits";

/** Page setup of every sheet KHCT writes: A4 (paperSize 9), landscape, one page wide, as many pages tall as needed. */
export const PAGE_A4_LANDSCAPE: Partial<ExcelJS.PageSetup> = {
  paperSize: 9,
  orientation: "landscape",
  fitToPage: true,
  fitToWidth: 1,
  fitToHeight: 0,
  margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
};

export interface SheetGrid {
  name: string;
  grid: string[][];
  /** 1-based row/column of grid[0][0] in the sheet. */
  origin: { row: number; col: number };
  problems: LangText[];
}

function cellText(cell: ExcelJS.Cell): string {
  const v = cell.value as unknown;
  if (v === null || v === undefined) return "";
  if (typeof v === "object") {
    const o = v as {
      richText?: { text: string }[];
      text?: string;
      result?: unknown;
      formula?: string;
      hyperlink?: string;
    };
    if (Array.isArray(o.richText)) return o.richText.map((r) => r.text).join("");
    if (o.text !== undefined) return String(o.text);
    if (o.formula !== undefined || o.result !== undefined)
      return o.result === undefined || o.result === null ? "" : String(cell.text ?? o.result);
    if (v instanceof Date) return cell.text ?? v.toISOString().slice(0, 10);
  }
  // Numbers as Excel displays them ("10.000.000" with a number format) — fall back to the raw value.
  return String(cell.text ?? v);
}

/**
 * The worksheet as a grid, walking only the rows and cells that exist (a sheet with values at A1, XFD1 and A2000
 * has three cells, not 2000 × 16384). Throws LimitExceeded before building past LIMITS.rows or LIMITS.gridSlots.
 */
export function sheetToGrid(ws: ExcelJS.Worksheet, slotBudget = { left: LIMITS.gridSlots }): SheetGrid {
  const problems: LangText[] = [];
  const rows = ws.actualRowCount ? ws.rowCount : 0;
  if (rows > LIMITS.rows)
    throw new LimitExceeded(
      `trang "${ws.name}" có dữ liệu tới dòng ${rows.toLocaleString("vi-VN")}`,
      `${LIMITS.rows.toLocaleString("vi-VN")} dòng`,
      `sheet "${ws.name}" rows`,
    );
  const grid: string[][] = [];
  for (let r = 0; r < rows; r++) grid.push([]);
  ws.eachRow({ includeEmpty: false }, (row, r) => {
    const out = grid[r - 1];
    row.eachCell({ includeEmpty: false }, (cell, c) => {
      const text = cell.isMerged && cell.master.address !== cell.address ? "" : cellText(cell);
      if (!text) return;
      if (c > out.length) {
        slotBudget.left -= c - out.length;
        if (slotBudget.left < 0)
          throw new LimitExceeded(
            `số ô của bảng (dòng × cột, tính cả ô trống xen giữa)`,
            LIMITS.gridSlots.toLocaleString("vi-VN"),
            "grid cells",
          );
        while (out.length < c - 1) out.push("");
        out.push(text);
      } else out[c - 1] = text;
    });
  });
  const merges = Object.keys((ws as unknown as { _merges?: Record<string, unknown> })._merges ?? {});
  if (merges.length)
    problems.push({
      vi: `Trang "${ws.name}": ${merges.length} vùng ô gộp — nội dung được đọc ở ô đầu tiên của mỗi vùng`,
      en: `Sheet "${ws.name}": ${merges.length} merged areas, read from their first cells`,
    });
  return { name: ws.name, grid, origin: { row: 1, col: 1 }, problems };
}

export async function loadXlsx(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  return wb;
}

type ValidationModel = Record<string, ExcelJS.DataValidation | undefined>;

/**
 * Rewrites a sheet's data validations as disjoint ranges: each column's cells with the same validation become
 * runs of consecutive rows ("D7:D207"). exceljs merges per-cell validations itself but walks the addresses in
 * string order ("D10" before "D7"), so it writes overlapping sqref ranges, which Excel may repair or refuse.
 */
export function compactValidations(ws: ExcelJS.Worksheet): void {
  const holder = ws as unknown as { dataValidations: { model: ValidationModel } };
  const model = holder.dataValidations.model;
  const groups = new Map<string, { col: string; rows: number[]; validation: ExcelJS.DataValidation }>();
  const kept: ValidationModel = {};
  for (const [address, validation] of Object.entries(model)) {
    if (!validation) continue;
    const cell = /^([A-Z]+)(\d+)$/.exec(address);
    if (!cell) {
      kept[address] = validation; // already a range
      continue;
    }
    const key = `${cell[1]}|${JSON.stringify(validation)}`;
    const group = groups.get(key) ?? { col: cell[1], rows: [], validation };
    group.rows.push(Number(cell[2]));
    groups.set(key, group);
  }
  for (const { col, rows, validation } of groups.values()) {
    rows.sort((a, b) => a - b);
    let start = rows[0];
    for (let i = 1; i <= rows.length; i++) {
      if (i < rows.length && rows[i] === rows[i - 1] + 1) continue;
      const end = rows[i - 1];
      kept[start === end ? `${col}${start}` : `${col}${start}:${col}${end}`] = validation;
      start = rows[i];
    }
  }
  holder.dataValidations.model = kept;
}

/** The workbook's bytes, with every sheet's validations written as disjoint ranges. */
export async function writeWorkbook(wb: ExcelJS.Workbook): Promise<Uint8Array> {
  wb.eachSheet((ws) => compactValidations(ws));
  return new Uint8Array(await wb.xlsx.writeBuffer());
}
