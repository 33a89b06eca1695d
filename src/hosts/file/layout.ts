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

/** Advance widths in thousandths of an em (Times New Roman regular, Calibri regular) for a–z, A–Z and 0–9. */
const LOWER = "abcdefghijklmnopqrstuvwxyz";
const UPPER = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
const SERIF_LOWER = [
  444, 500, 444, 500, 444, 333, 500, 500, 278, 278, 500, 278, 778, 500, 500, 500, 500, 333, 389, 278, 500, 500, 722,
  500, 500, 444,
];
const SERIF_UPPER = [
  722, 667, 667, 722, 611, 556, 722, 722, 333, 389, 722, 611, 889, 722, 722, 556, 722, 667, 556, 611, 722, 722, 944,
  722, 722, 611,
];
const SANS_LOWER = [
  479, 525, 423, 525, 498, 305, 471, 525, 229, 239, 455, 229, 799, 525, 527, 525, 525, 349, 391, 335, 525, 452, 715,
  433, 453, 395,
];
const SANS_UPPER = [
  579, 544, 533, 615, 488, 459, 631, 623, 252, 319, 520, 420, 855, 646, 662, 517, 673, 543, 459, 487, 642, 567, 890,
  519, 487, 468,
];
const PUNCT: Record<string, number> = {
  " ": 250,
  ".": 250,
  ",": 250,
  ":": 278,
  ";": 278,
  "(": 333,
  ")": 333,
  "-": 333,
  "/": 278,
  "–": 500,
  "—": 1000,
  "…": 1000,
  "“": 444,
  "”": 444,
  "%": 833,
  "+": 564,
  "[": 333,
  "]": 333,
};

const GLYPHS = new Map<string, number>();

/** Width of one character in em for a serif (Times New Roman) or sans (Calibri) face; bold is wider (memoised). */
function glyphEm(ch: string, serif: boolean, bold: boolean): number {
  const key = `${serif ? "s" : "c"}${bold ? "b" : "r"}${ch}`;
  let w = GLYPHS.get(key);
  if (w === undefined) GLYPHS.set(key, (w = measureGlyph(ch, serif, bold)));
  return w;
}

function measureGlyph(ch: string, serif: boolean, bold: boolean): number {
  // Vietnamese letters take their base letter's advance ("ế" → "e"; "đ" → "d").
  const base = ch === "đ" ? "d" : ch === "Đ" ? "D" : ch.normalize("NFD").charAt(0);
  let w: number;
  const lower = LOWER.indexOf(base);
  const upper = UPPER.indexOf(base);
  if (lower >= 0) w = (serif ? SERIF_LOWER : SANS_LOWER)[lower];
  else if (upper >= 0) w = (serif ? SERIF_UPPER : SANS_UPPER)[upper];
  else if (/\d/.test(base)) w = serif ? 500 : 507;
  else w = PUNCT[base] ?? 600;
  if (!serif && base === " ") w = 226;
  return (w / 1000) * (bold ? (serif ? 1.07 : 1.03) : 1);
}

/** Width in pixels (96 dpi) of one unwrapped line of text, with the safety margin. */
export function textPx(text: string, font: CellFont): number {
  const serif = isSerif(font);
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

const isSerif = (font: CellFont) =>
  /times|serif|cambria|georgia/i.test(font.name ?? "Calibri") && !/sans/i.test(font.name ?? "");

/** Line spacing in points (Times New Roman 1.15 em, Calibri 1.22 em: 13.8 pt at 12 pt, 13.4 pt at 11 pt). */
export function lineHeight(font: CellFont = {}): number {
  return (font.size ?? 11) * (isSerif(font) ? 1.15 : 1.22);
}

/** Cell padding (top + bottom) in points: one line of Times New Roman 12 is 15.75 pt high in Excel. */
const PADDING_PT = 2.25;

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
    need = Math.max(need, lines * lineHeight(font) + PADDING_PT);
  }
  if (!need) need = lineHeight({}) + PADDING_PT;
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
  const raw =
    (
      ws as unknown as {
        _merges?: Record<string, { model?: { top: number; left: number; bottom: number; right: number } }>;
      }
    )._merges ?? {};
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
      cells.push({
        text: plainText(cell),
        widthChars: width,
        font: { name: font.name, size: font.size, bold: font.bold },
        wrap: Boolean(cell.alignment?.wrapText),
      });
    });
    const fit = rowHeightFor(cells);
    row.height = opts.growOnly && row.height && row.height > fit ? row.height : fit;
  }
}
