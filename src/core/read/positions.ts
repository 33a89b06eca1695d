/**
 * Positioned text (a PDF page's text items with coordinates, plus the ruling lines drawn on it) → grid of cell
 * strings, the same shape every other host hands to the reader: paragraphs are one-cell rows, table rows are rows.
 * Pure: no PDF library here (the file host extracts items and lines). Coordinates are in points, y grows downwards.
 *
 * Tables come from ruling lines where the PDF has them (cell borders, positions-ruled.ts), else from the header
 * cells' x-ranges and the rows' starts (positions-unruled.ts). Across pages: the header repeated at the top of a page
 * is dropped and a row split by the page break becomes one row again (positions-continuation.ts tells both).
 */
import { unruledTables, type Carry } from "./positions-unruled";
import { groupLines, type Line } from "./positions-lines";
import { horizontalRules, type HRule } from "./positions-row-rules";
import { runningItems } from "./running-heads";
import { isPageNumber, ruledPageTables, sameColumns, TOL } from "./positions-ruled";
import {
  continuesRow,
  isSubHeader,
  looksLikeHeader,
  mergeCells,
  repeatsHeader,
  repeatsSubHeader,
  sameRow,
  splitUnderMerged,
} from "./positions-continuation";

export interface PositionedText {
  str: string;
  /** Left edge of the text. */
  x: number;
  /** Baseline, from the top of the page. */
  y: number;
  width: number;
  /** Font size (height of the text). */
  size: number;
  /** Left edge of each character (code point) of `str`, when known. */
  starts?: number[];
}

export interface RulingLine {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

export interface PositionedPage {
  width: number;
  height: number;
  items: PositionedText[];
  lines: RulingLine[];
}

/** A table found on one page: column edges, its rows (cell texts) and its vertical extent. */
export interface PageTable {
  top: number;
  bottom: number;
  /** Column edges (n + 1 values for n columns). */
  xs: number[];
  rows: { y: number; cells: string[]; ends?: CellEnds[] }[];
  /** Set for tables found from their header labels (no ruling lines): continues on the next page. */
  carry?: Carry;
}

/** A cell's first and last lines and its edges: where a row split by a page break is joined again. */
export interface CellEnds {
  first?: Line;
  last?: Line;
  left: number;
  right: number;
}

type Block = { kind: "text"; y: number; cells: string[] } | { kind: "table"; y: number; table: PageTable };

/**
 * Free text lines: cells are runs separated by wide gaps (e.g. the two-column header block); narrower gaps are kept
 * as runs of spaces, as a layout text extraction shows them (a self-assessment "Tiêu chí 1.1    x" line).
 */
function textCells(line: Line): string[] {
  const cells: string[] = [];
  let last = -Infinity;
  for (const w of line.words) {
    if (w.x - last > Math.max(2.5 * w.size, 24) || !cells.length) cells.push(w.text);
    else cells[cells.length - 1] += " ".repeat(Math.max(1, Math.round((w.x - last) / (w.size * 0.25)))) + w.text;
    last = w.x + w.width;
  }
  return cells;
}

const inRuled = (tables: PageTable[], it: PositionedText) =>
  tables.some(
    (t) =>
      it.y - it.size * 0.3 >= t.top - TOL &&
      it.y - it.size * 0.3 <= t.bottom + TOL &&
      it.x + 0.5 >= t.xs[0] - TOL &&
      it.x <= t.xs[t.xs.length - 1] + TOL,
  );

/** A page's blocks from its ruled tables and its text outside them (running heads and feet left out). */
function pageBlocks(tables: PageTable[], outside: PositionedText[], carry: Carry | null, rules: HRule[]): Block[] {
  const free = groupLines(outside);
  const unruled = unruledTables(free, tables.length ? null : carry, rules);
  const blocks: Block[] = tables.map((t) => ({ kind: "table" as const, y: t.top, table: t }));
  for (const t of unruled.tables) blocks.push({ kind: "table", y: t.top, table: t });
  const textLines = free.filter((l) => !unruled.used.has(l));
  textLines.forEach((l, i) => {
    const cells = textCells(l);
    if ((i === 0 || i === textLines.length - 1) && isPageNumber(cells)) return;
    blocks.push({ kind: "text", y: l.y, cells });
  });
  return blocks.sort((a, b) => a.y - b.y);
}

/** A line ending in the head of a legal citation, its number on the next line. */
const CITATION_HEAD = /(thông tư|công văn|quyết định|nghị định|chỉ thị|hướng dẫn|văn bản|số)\s*$/i;
/**
 * A date broken at the line end ("… ngày 07 tháng 7 năm" + "2026 …", "… ngày 17 tháng 12" + "năm 2024 …", "… ngày"
 * + "22 tháng 8 năm 2018"): the two lines joined hold a whole date that starts on the first and ends on the second.
 */
const DATE = /(?:ngày\s*)?\d{1,2}\s*tháng\s*\d{1,2}\s*năm\s*\d{4}|tháng\s*\d{1,2}\s*năm\s*\d{4}/giu;
export function dateAcross(head: string, line: string): boolean {
  const joined = `${head.trimEnd()} ${line.trimStart()}`;
  const cut = head.trimEnd().length;
  for (const m of joined.matchAll(DATE)) if (m.index < cut && m.index + m[0].length > cut + 1) return true;
  return false;
}

/** The grid of a positioned document (pages in order). */
export function gridFromPositions(pages: PositionedPage[]): string[][] {
  const grid: string[][] = [];
  type Open = {
    table: PageTable;
    header: string[] | null;
    /** The header's second row ("Bắt đầu" | "Hoàn thành" under "Thời gian"), when it has one. */
    sub: string[] | null;
    lastRow: number;
    lastEnds?: CellEnds[];
  };
  let open: Open | null = null;
  const tablesOf = pages.map((page) => ruledPageTables(page));
  const outsideOf = pages.map((page, p) => page.items.filter((it) => !inRuled(tablesOf[p], it)));
  const running = runningItems(outsideOf);
  // Horizontal rules outside the ruled tables: the row rules of tables without column borders.
  const rulesOf = pages.map((page, p) =>
    horizontalRules(page.lines).filter(
      (r) =>
        !tablesOf[p].some(
          (t) => r.y >= t.top - TOL && r.y <= t.bottom + TOL && r.x2 >= t.xs[0] && r.x1 <= t.xs[t.xs.length - 1],
        ),
    ),
  );
  pages.forEach((_page, p) => {
    const last = open as { table: PageTable } | null;
    const outside = running.size ? outsideOf[p].filter((it) => !running.has(it)) : outsideOf[p];
    const blocks = pageBlocks(tablesOf[p], outside, last?.table.carry ?? null, rulesOf[p]);
    blocks.forEach((b, i) => {
      if (b.kind === "text") {
        // A citation broken at the line end ("… theo Thông tư" + "số 20/2018/TT-BGDĐT …") is one line again, so the
        // citation check sees it whole.
        const prevRow = grid[grid.length - 1];
        const head = prevRow?.length === 1 ? prevRow[0].normalize("NFC") : "";
        const line = b.cells[0].normalize("NFC").trim();
        if (
          b.cells.length === 1 &&
          ((CITATION_HEAD.test(head) && /^(số\s*)?\d/i.test(line)) || dateAcross(head, line))
        ) {
          prevRow[0] = `${prevRow[0].trimEnd()} ${b.cells[0].trim()}`;
          open = null;
          return;
        }
        grid.push(b.cells);
        open = null;
        return;
      }
      const rows = b.table.rows.map((r) => r.cells);
      let start = 0;
      const prev = open as Open | null;
      // (A table found from its header labels goes on under the same labels: its column edges, placed by the text
      // under the header, move with that text from page to page.)
      const sameLabels = (a?: Carry, c?: Carry) => !!a && !!c && sameRow(a.header, c.header);
      const continued =
        prev &&
        i === 0 &&
        p > 0 &&
        (sameColumns(prev.table.xs, b.table.xs, b.table.carry ? 12 : 3) || sameLabels(prev.table.carry, b.table.carry));
      if (continued && prev) {
        // The header (and its number row) repeated at the top of the page.
        while (
          start < rows.length &&
          prev.header &&
          (repeatsHeader(rows[start], prev.header) ||
            (prev.sub && repeatsSubHeader(rows[start], prev.sub)) ||
            rows[start].every((c) => !c.trim() || /^\(?\d{1,2}\)?$/.test(c.trim())))
        )
          start++;
        // The row the page break split (above a header row that closed the previous page, if any).
        let target = prev.lastRow;
        let ends = prev.lastEnds;
        // The table's own header closed the previous page, the page break splitting it (a label wrapped on three
        // lines, the last ones on this page): its lines here are the rest of the header, not of the text above it.
        const headerSplit =
          start === 0 &&
          target >= 0 &&
          grid[target] === prev.header &&
          grid[target - 1]?.length !== grid[target].length &&
          rows.length > 0 &&
          !rows[0][0]?.trim() &&
          rows[0].some((c) => c.trim()) &&
          rows[0].every((c) => c.length <= 40 && !/\d/.test(c));
        if (headerSplit && prev.header) {
          prev.header = grid[target] = mergeCells(grid[target], rows[0], ends, b.table.rows[0].ends);
          start++;
        }
        if (target > 0 && prev.sub && repeatsSubHeader(grid[target], prev.sub))
          [target, ends] = [target - 1, undefined];
        if (target > 0 && prev.header && repeatsHeader(grid[target], prev.header))
          [target, ends] = [target - 1, undefined];
        if (!headerSplit && start < rows.length && target >= 0 && continuesRow(rows[start], grid[target])) {
          // A merged cell going on above the next activity's own cells: its rest joins the row above, the rest of
          // the row stays a row of its own.
          const split = splitUnderMerged(rows[start], grid[target]);
          grid[target] = mergeCells(grid[target], split?.rest ?? rows[start], ends, b.table.rows[start].ends);
          if (split) rows[start] = split.own;
          else start++;
        }
      }
      for (let r = start; r < rows.length; r++) grid.push(rows[r]);
      // A table's first row is its header only if it reads as one (a second table on a page, split from the first
      // by a blank line, starts with a plan row: the header stays the one above).
      const header = continued && prev ? prev.header : looksLikeHeader(rows[0]) ? rows[0] : (prev?.header ?? null);
      const sub =
        continued && prev
          ? prev.sub
          : looksLikeHeader(rows[0])
            ? rows[1] && isSubHeader(rows[1])
              ? rows[1]
              : null
            : (prev?.sub ?? null);
      open = { table: b.table, header, sub, lastRow: grid.length - 1, lastEnds: b.table.rows[rows.length - 1]?.ends };
    });
    // A page ending in text breaks any table continuation.
    if (blocks.length && blocks[blocks.length - 1].kind === "text") open = null;
  });
  return grid;
}

/** Whether a document has any text (none: an image-only, scanned PDF). */
export function hasText(pages: PositionedPage[]): boolean {
  return pages.some((p) => p.items.some((it) => /\S/.test(it.str)));
}
