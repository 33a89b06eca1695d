/**
 * Row heights that fit wrapped text, for the .xlsx files KHCT writes. Excel, LibreOffice and WPS do not agree on
 * auto-fitting rows written without a height (LibreOffice shows one line), so every written row gets an explicit
 * height estimated from the column width (in Excel's character units), the font and the text: greedy word wrap
 * with per-glyph widths (Times New Roman / Calibri), explicit line breaks, a small safety margin. The estimate errs
 * on the generous side: a little white space is better than a cut-off line.
 */
import type ExcelJS from "exceljs";

export interface CellFont {
  name?: string;
  size?: number;
  bold?: boolean;
}

/** Pixels of one Excel column-width unit (the maximum digit width of Calibri 11 at 96 dpi). */
const UNIT_PX = 7;
/** Cell padding (left + right) and the grid line, in pixels. */
const PADDING_PX = 7;
/** Excel's default column width in characters. */
export const DEFAULT_COLUMN_WIDTH = 8.43;
/** Excel's largest row height (points). */
export const MAX_ROW_HEIGHT = 409;
/** Extra width on every measured line, so that renderers with slightly wider fonts still fit. */
const SAFETY = 1.08;

const UPPER = /[A-ZÀ-ỸĐ]/;
const WIDE = /[MWmwQOGDCHNUÔƠƯÂĂÊ%@]/;
const NARROW = /[iljtfrI.,:;'!|()[\]{}\-–/ ]/;

/** Width of one character in em for a serif (Times New Roman) or sans (Calibri) face; bold is wider. */
function glyphEm(ch: string, serif: boolean, bold: boolean): number {
  const base = ch.normalize("NFD").charAt(0);
  let w: number;
  if (ch === " ") w = 0.25;
  else if (NARROW.test(base)) w = 0.3;
  else if (/\d/.test(base)) w = 0.5;
  else if (WIDE.test(base)) w = UPPER.test(base) ? 0.86 : 0.74;
  else if (UPPER.test(base)) w = serif ? 0.7 : 0.6;
  else w = serif ? 0.46 : 0.49;
  return bold ? w * 1.08 : w;
}

function textPx(text: string, font: CellFont): number {
  const name = font.name ?? "Calibri";
  const serif = /times|serif|cambria|georgia/i.test(name) && !/sans/i.test(name);
  const px = ((font.size ?? 11) * 4) / 3;
  let em = 0;
  for (const ch of text) em += glyphEm(ch, serif, Boolean(font.bold));
  return em * px * SAFETY;
}

/** Usable text width in pixels of a column (or merged columns) `widthChars` wide. */
export function columnPx(widthChars: number): number {
  return Math.max(1, widthChars * UNIT_PX - PADDING_PX);
}

/** Lines the text takes in a wrapped cell: explicit breaks, then greedy word wrap (long words are broken). */
export function wrappedLines(text: string, widthChars: number, font: CellFont = {}): number {
  const width = columnPx(widthChars);
  let lines = 0;
  for (const para of String(text ?? "").split(/\r\n|\r|\n/)) {
    const words = para.split(/ +/).filter(Boolean);
    if (!words.length) {
      lines++;
      continue;
    }
    let used = 0;
    let count = 1;
    const space = textPx(" ", font);
    for (const word of words) {
      let w = textPx(word, font);
      if (used > 0 && used + space + w <= width) {
        used += space + w;
        continue;
      }
      if (used > 0) count++;
      // A word wider than the column is broken across lines.
      while (w > width) {
        w -= width;
        count++;
      }
      used = w;
    }
    lines += count;
  }
  return Math.max(1, lines);
}

/** Height of one line in points (Excel: 15 for Calibri 11, 15.75 for Times New Roman 12). */
export function lineHeight(font: CellFont = {}): number {
  return (font.size ?? 11) * 1.31;
}

export interface CellLayout {
  text: string;
  widthChars: number;
  font?: CellFont;
  wrap: boolean;
}

/** Points a row needs so that every cell's text shows in full; rounded up to a quarter point. */
export function rowHeightFor(cells: CellLayout[]): number {
  let need = 0;
  for (const c of cells) {
    const font = c.font ?? {};
    const lines = c.wrap ? wrappedLines(c.text, c.widthChars, font) : 1;
    need = Math.max(need, lines * lineHeight(font) + 3);
  }
  if (!need) need = lineHeight({}) + 3;
  return Math.min(MAX_ROW_HEIGHT, Math.ceil(need * 4) / 4);
}

function plainText(cell: ExcelJS.Cell): string {
  const v = cell.value as unknown;
  if (v === null || v === undefined) return "";
  if (typeof v === "object") {
    const o = v as { richText?: { text: string }[]; text?: string; result?: unknown };
    if (Array.isArray(o.richText)) return o.richText.map((r) => r.text).join("");
    if (o.text !== undefined) return String(o.text);
    if (o.result !== undefined) return String(o.result ?? "");
  }
  return String(cell.text ?? v);
}

/** Merged ranges of a worksheet as { top, left, bottom, right } (1-based). */
function mergesOf(ws: ExcelJS.Worksheet): { top: number; left: number; bottom: number; right: number }[] {
  const raw = (ws as unknown as { _merges?: Record<string, { model?: { top: number; left: number; bottom: number; right: number } }> })._merges ?? {};
  return Object.values(raw).flatMap((m) => (m.model ? [m.model] : []));
}

/**
 * Gives each listed row (1-based) a height that fits its cells' text at the sheet's column widths. With `growOnly`
 * a row keeps a larger height it already has (a user's own layout is never shrunk).
 */
export function fitRowHeights(ws: ExcelJS.Worksheet, rows: Iterable<number>, opts: { growOnly?: boolean } = {}): void {
  const merges = mergesOf(ws);
  const widthOf = (c: number) => ws.getColumn(c).width ?? ws.properties.defaultColWidth ?? DEFAULT_COLUMN_WIDTH;
  for (const r of new Set(rows)) {
    const row = ws.getRow(r);
    const cells: CellLayout[] = [];
    row.eachCell({ includeEmpty: true }, (cell, c) => {
      const merge = merges.find((m) => r >= m.top && r <= m.bottom && c >= m.left && c <= m.right);
      if (merge && (merge.top !== r || merge.left !== c)) return;
      if (merge && merge.bottom > merge.top) return; // a vertical merge spreads its text over several rows
      let width = 0;
      for (let k = merge ? merge.left : c; k <= (merge ? merge.right : c); k++) width += widthOf(k);
      const font = cell.font ?? {};
      cells.push({ text: plainText(cell), widthChars: width, font: { name: font.name, size: font.size, bold: font.bold }, wrap: Boolean(cell.alignment?.wrapText) });
    });
    const fit = rowHeightFor(cells);
    row.height = opts.growOnly && row.height && row.height > fit ? row.height : fit;
  }
}
