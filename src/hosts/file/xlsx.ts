/** .xlsx through exceljs: every worksheet as a grid of cell texts (as Excel shows them), edits in place. */
import ExcelJS from "exceljs";

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
  problems: string[];
}

function cellText(cell: ExcelJS.Cell): string {
  const v = cell.value as unknown;
  if (v === null || v === undefined) return "";
  if (typeof v === "object") {
    const o = v as { richText?: { text: string }[]; text?: string; result?: unknown; formula?: string; hyperlink?: string };
    if (Array.isArray(o.richText)) return o.richText.map((r) => r.text).join("");
    if (o.text !== undefined) return String(o.text);
    if (o.formula !== undefined || o.result !== undefined) return o.result === undefined || o.result === null ? "" : String(cell.text ?? o.result);
    if (v instanceof Date) return cell.text ?? v.toISOString().slice(0, 10);
  }
  // Numbers as Excel displays them ("10.000.000" with a number format) — fall back to the raw value.
  return String(cell.text ?? v);
}

export function sheetToGrid(ws: ExcelJS.Worksheet): SheetGrid {
  const problems: string[] = [];
  const rows = ws.actualRowCount ? ws.rowCount : 0;
  const cols = ws.columnCount;
  const grid: string[][] = [];
  for (let r = 1; r <= rows; r++) {
    const row = ws.getRow(r);
    const out: string[] = [];
    for (let c = 1; c <= cols; c++) {
      const cell = row.getCell(c);
      out.push(cell.isMerged && cell.master.address !== cell.address ? "" : cellText(cell));
    }
    while (out.length && out[out.length - 1] === "") out.pop();
    grid.push(out);
  }
  const merges = Object.keys((ws as unknown as { _merges?: Record<string, unknown> })._merges ?? {});
  if (merges.length) problems.push(`Trang "${ws.name}": ${merges.length} vùng ô gộp — nội dung được đọc ở ô đầu tiên của mỗi vùng / merged cells read from their first cell`);
  return { name: ws.name, grid, origin: { row: 1, col: 1 }, problems };
}

export async function loadXlsx(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  return wb;
}
