/**
 * Ruled tables on a positioned page (positions.ts): connected groups of drawn borders (stroked lines or thin filled
 * rectangles) with at least two rows and columns, tables stacked with the same columns joined, each filled with the
 * page's text cell by cell (a cell merged across columns or rows kept whole).
 */
import { groupLines, joinLines } from "./positions-lines";
import type { CellEnds, PageTable, PositionedPage, PositionedText } from "./positions";

/** Text with a character other than white space (what `str.trim()` keeps). */
const NOT_BLANK = /\S/;

/** How far apart (points) two edges may be and still be one. */
export const TOL = 1.5;

function cluster(values: number[], tol: number): number[] {
  const out: number[] = [];
  for (const v of [...values].sort((a, b) => a - b)) if (!out.length || v - out[out.length - 1] > tol) out.push(v);
  return out;
}

interface Seg {
  a: number; // x for vertical, y for horizontal
  from: number;
  to: number;
}

/** A ruled table's column and row edges, and its vertical segments (where a cell is merged across columns, the
 * column edge is not drawn through that row). */
type Ruled = { xs: number[]; ys: number[]; vs?: Seg[]; hs?: Seg[] };

/** Tables bounded by ruling lines: connected groups of horizontal and vertical segments with ≥ 2 rows and columns. */
function ruledTables(page: PositionedPage): Ruled[] {
  const hs: Seg[] = [];
  const vs: Seg[] = [];
  for (const l of page.lines) {
    const dx = Math.abs(l.x2 - l.x1);
    const dy = Math.abs(l.y2 - l.y1);
    if (dy <= TOL && dx > 3) hs.push({ a: (l.y1 + l.y2) / 2, from: Math.min(l.x1, l.x2), to: Math.max(l.x1, l.x2) });
    else if (dx <= TOL && dy > 3)
      vs.push({ a: (l.x1 + l.x2) / 2, from: Math.min(l.y1, l.y2), to: Math.max(l.y1, l.y2) });
  }
  // Union-find over crossing/touching segments.
  const all = [...hs.map((s) => ({ s, h: true })), ...vs.map((s) => ({ s, h: false }))];
  const parent = all.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i])));
  // Only a horizontal and a vertical segment can cross (all[i] for i < hs.length is horizontal); for each horizontal,
  // only the verticals whose x falls within its span are looked at (sorted by x). The groups do not depend on the
  // order the pairs are joined in.
  const crosses = (h: Seg, v: Seg) =>
    v.a >= h.from - TOL * 2 && v.a <= h.to + TOL * 2 && h.a >= v.from - TOL * 2 && h.a <= v.to + TOL * 2;
  const ids = vs.map((_, k) => hs.length + k);
  const byX = ids.filter((j) => Number.isFinite(all[j].s.a)).sort((j, k) => all[j].s.a - all[k].s.a);
  // (a vertical at no finite x — a broken file — is compared with every horizontal, as before)
  const odd = ids.filter((j) => !Number.isFinite(all[j].s.a));
  for (let i = 0; i < hs.length; i++) {
    const h = hs[i];
    for (const j of odd) if (crosses(h, all[j].s)) parent[find(i)] = find(j);
    let lo = 0;
    let hi = byX.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (all[byX[mid]].s.a < h.from - TOL * 2) lo = mid + 1;
      else hi = mid;
    }
    for (let n = lo; n < byX.length; n++) {
      const j = byX[n];
      const v = all[j].s;
      if (v.a > h.to + TOL * 2) break;
      if (crosses(h, v)) parent[find(i)] = find(j);
    }
  }
  const groups = new Map<number, typeof all>();
  all.forEach((x, i) => {
    const root = find(i);
    const group = groups.get(root);
    if (group) group.push(x);
    else groups.set(root, [x]);
  });
  const tables: Ruled[] = [];
  for (const g of groups.values()) {
    const xs = cluster(
      g.filter((x) => !x.h).map((x) => x.s.a),
      TOL * 2,
    );
    const ys = cluster(
      g.filter((x) => x.h).map((x) => x.s.a),
      TOL * 2,
    );
    // Column borders running past the last (or first) horizontal border: a row split by a page break whose
    // fragment has no bottom (top) border, as Chromium prints it: the verticals' ends close the table.
    const verticals = g.filter((x) => !x.h).map((x) => x.s);
    if (ys.length && verticals.length) {
      const bottom = Math.max(...verticals.map((v) => v.to));
      const top = Math.min(...verticals.map((v) => v.from));
      if (bottom > ys[ys.length - 1] + TOL * 4) ys.push(bottom);
      if (top < ys[0] - TOL * 4) ys.unshift(top);
    }
    if (xs.length >= 3 && ys.length >= 2)
      tables.push({ xs, ys, vs: verticals, hs: g.filter((x) => x.h).map((x) => x.s) });
  }
  const middle = tables.length ? null : middleOfRow(vs, page.items);
  return middle ? [middle] : tables;
}

/**
 * A page that is all the middle of one row (a cell longer than the page, as Chromium prints it: no border at the
 * page's top or bottom): only column borders, all with the same ends, and all the page's text between those ends
 * (a page number aside). One row, between the ends; the reader joins it to the row the page break split.
 */
function middleOfRow(vs: Seg[], items: PositionedText[]): Ruled | null {
  if (vs.length < 3) return null;
  const from = Math.min(...vs.map((v) => v.from));
  const to = Math.max(...vs.map((v) => v.to));
  if (vs.some((v) => v.from > from + TOL * 2 || v.to < to - TOL * 2)) return null;
  const xs = cluster(
    vs.map((v) => v.a),
    TOL * 2,
  );
  const outside = items.filter((it) => it.str.trim() && (it.y - it.size * 0.3 < from || it.y > to + TOL));
  if (xs.length < 3 || !items.some((it) => it.str.trim()) || (outside.length && !isPageNumber([lineOf(outside)])))
    return null;
  return { xs, ys: [from, to], vs, hs: [] };
}

const lineOf = (items: PositionedText[]) =>
  items
    .map((it) => it.str)
    .join(" ")
    .trim();

const interval = (edges: number[], v: number) => {
  for (let i = 0; i + 1 < edges.length; i++) if (v >= edges[i] - TOL && v < edges[i + 1] - TOL) return i;
  return -1;
};

/**
 * Per row, the first column of the cell each column belongs to: an inner column edge with no vertical segment
 * through the row's middle is inside a cell merged across columns (a full-width "Tiêu chuẩn 1: …" row).
 */
function mergedStarts(t: Ruled): number[][] {
  const { xs, ys, vs } = t;
  // Each inner column edge's own vertical segments, looked for once (not again for every row).
  const at = xs.map((x) => vs?.filter((v) => Math.abs(v.a - x) <= TOL * 2));
  return ys.slice(1).map((bottom, r) => {
    const mid = (ys[r] + bottom) / 2;
    const starts = [0];
    for (let c = 1; c + 1 < xs.length; c++) {
      const drawn = !at[c] || at[c]!.some((v) => v.from <= mid && v.to >= mid);
      starts.push(drawn ? c : starts[c - 1]);
    }
    return starts;
  });
}

/**
 * Per row, the first row of the cell each column belongs to: a row edge with no horizontal segment across a column
 * is inside a cell merged across rows ("Người thực hiện" over both rows of a two-row header, a "Tiêu chuẩn" cell
 * over its criteria). Its text goes to the cell's first row, as a .docx gives it. Edges no segment was found at
 * (a page break's fragment closed by the column borders' ends) count as drawn.
 */
function mergedTops(t: Ruled): number[][] {
  const { xs, ys, hs } = t;
  const tops: number[][] = [];
  for (let r = 0; r + 1 < ys.length; r++) {
    const near = (hs ?? []).filter((h) => Math.abs(h.a - ys[r]) <= TOL * 2);
    tops.push(
      xs.slice(1).map((right, c) => {
        const mid = (xs[c] + right) / 2;
        const drawn = !r || !near.length || near.some((h) => h.from <= mid && h.to >= mid);
        return drawn ? r : tops[r - 1][c];
      }),
    );
  }
  return tops;
}

function fillRuled(t: Ruled, items: PositionedText[]): PageTable {
  const { xs, ys } = t;
  const cells: PositionedText[][][] = ys.slice(1).map(() => xs.slice(1).map(() => []));
  const starts = mergedStarts(t);
  const tops = mergedTops(t);
  for (const it of items) {
    if (!NOT_BLANK.test(it.str)) continue;
    const r = interval(ys, it.y - it.size * 0.3);
    const c = interval(xs, it.x + 0.5);
    if (r >= 0 && c >= 0) cells[tops[r][starts[r][c]]][starts[r][c]].push(it);
  }
  const rows = cells
    .map((row, r) => {
      const lines = row.map((its) => groupLines(its));
      const ends: CellEnds[] = row.map((its, c) => {
        const right = xs[xs.length - 1] > xs[c + 1] ? rightEdge(xs, c, its) : xs[c + 1];
        return { first: lines[c][0], last: lines[c][lines[c].length - 1], left: xs[c], right };
      });
      return { y: ys[r], cells: lines.map((l, c) => joinLines(l, ends[c].left, ends[c].right)), ends };
    })
    .filter((row) => row.cells.some((c) => c.trim()));
  return { top: ys[0], bottom: ys[ys.length - 1], xs, rows };
}

/** A cell's text may run past the next column edge when the cell is merged across columns. */
function rightEdge(xs: number[], c: number, items: PositionedText[]): number {
  let end = xs[c + 1];
  for (const i of items) end = Math.max(end, i.x + i.width);
  return xs.find((x) => x >= end - TOL) ?? xs[xs.length - 1];
}

/**
 * Page numbers ("2", "- 2 -", "Trang 2", "2/5", "Trang 2/5"; the slash as an OCR may read it, "⁄") alone on the first
 * or last line of a page.
 */
export const isPageNumber = (cells: string[]) =>
  cells.length === 1 && /^(-\s*)?(trang\s*)?\d{1,3}(\s*[/\u2044\u2215]\s*\d{1,3})?(\s*-)?$/i.test(cells[0].trim());

/** The same column edges, each within `tol`. */
export const sameColumns = (a: number[], b: number[], tol: number) =>
  a.length === b.length && a.every((x, i) => Math.abs(x - b[i]) <= tol);

/**
 * Ruled tables with the same columns, one right below the other with no text between (Chromium draws each row's
 * cells as separate boxes, a row whose top border fell on the page break has none), are one table.
 */
function joinStacked(tables: Ruled[], items: PositionedText[]) {
  const sorted = [...tables].sort((a, b) => a.ys[0] - b.ys[0]);
  const out: Ruled[] = [];
  for (const t of sorted) {
    const prev = out[out.length - 1];
    const gapTop = prev ? prev.ys[prev.ys.length - 1] : 0;
    const gapBottom = t.ys[0];
    const textBetween = items.some(
      (it) => it.y - it.size * 0.3 > gapTop + TOL && it.y - it.size * 0.3 < gapBottom - TOL,
    );
    if (prev && sameColumns(prev.xs, t.xs, 3) && gapBottom - gapTop < 40 && !textBetween) {
      prev.ys = [...prev.ys, ...t.ys.filter((y) => y > gapTop + TOL)];
      // the second table's own column edges (within tolerance of the first's) count as drawn there too
      const snap = (a: number) => prev.xs.find((x) => Math.abs(x - a) <= 3) ?? a;
      prev.vs = [...(prev.vs ?? []), ...(t.vs ?? []).map((v) => ({ ...v, a: snap(v.a) }))];
      prev.hs = [...(prev.hs ?? []), ...(t.hs ?? [])];
    } else out.push({ xs: t.xs, ys: [...t.ys], vs: t.vs, hs: t.hs });
  }
  return out;
}

/** The page's ruled tables, filled with its text. */
export function ruledPageTables(page: PositionedPage): PageTable[] {
  return joinStacked(ruledTables(page), page.items).map((t) => fillRuled(t, page.items));
}
