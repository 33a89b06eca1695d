/**
 * Rows of `pdftotext -layout` text whose cells are centred vertically: a row's TT number stands on the row's middle
 * line, and each cell's lines are centred on it — the tallest cell starts lines above the TT number and the
 * criterion, so a row cannot be cut at its first entry. Where a row ends is chosen so that every row's cells sit
 * best around its TT line: centred (each column's first and last line equally far from it) or top-aligned (each
 * column starting on it), whichever fits the row. Used by pasted-layout.ts; only for a run of rows where some
 * cell starts above its row's TT line (other tables keep the usual cut at each row's first line).
 */

const MAX_ROW_LINES = 80;

/** A line's chunks (runs of text apart by two spaces or more) with their start and end columns. */
export interface LineChunk {
  x: number;
  end: number;
  text: string;
}

/** Columns of some lines: chunks overlapping from line to line are one column; each with its first and last line. */
function columnSpans(chunks: LineChunk[][]): { first: number; last: number }[] {
  const items = chunks.flatMap((cs, row) => cs.map((c) => ({ x: c.x, end: c.end, row })));
  items.sort((a, b) => a.x - b.x);
  const cols: { x1: number; first: number; last: number }[] = [];
  for (const it of items) {
    const col = cols[cols.length - 1];
    if (col && it.x <= col.x1) {
      col.x1 = Math.max(col.x1, it.end);
      col.first = Math.min(col.first, it.row);
      col.last = Math.max(col.last, it.row);
    } else cols.push({ x1: it.end, first: it.row, last: it.row });
  }
  return cols;
}

/** How badly lines [lo, hi) fit as one row around its TT line c (0 = every cell centred on it, or starting on it). */
function rowCost(chunks: LineChunk[][], lo: number, hi: number, c: number): number {
  const cols = columnSpans(chunks.slice(lo, hi)).map((s) => ({ first: s.first + lo, last: s.last + lo }));
  const centred = cols.reduce((n, s) => n + Math.abs(s.first + s.last - 2 * c), 0);
  const top = cols.reduce((n, s) => n + 2 * Math.abs(s.first - c), 0);
  return Math.min(centred, top);
}

/**
 * The lines that start a row, in a run of lines holding rows (`anchors`: the lines with a row's TT number, in
 * order; the first row starts at line 0, or — `rest`: the run opens a page — after the rest of the row the page
 * break split, lines [0, rest)). Null when the best cuts are the TT lines themselves (rows top-aligned: the caller
 * cuts them at their first line as usual).
 */
export function centredRowStarts(chunks: LineChunk[][], anchors: number[], restAllowed: boolean): number[] | null {
  if (!anchors.length) return null;
  // A row of more than MAX_ROW_LINES lines is no plan's (and would make the search below quadratic in the text).
  const gaps = [
    anchors[0],
    ...anchors.slice(1).map((c, k) => c - anchors[k]),
    chunks.length - anchors[anchors.length - 1],
  ];
  if (gaps.some((g) => g > MAX_ROW_LINES)) return null;
  // best.get(b): least cost of the rows so far with the next row starting at line b (dynamic programming over the
  // cuts); a page's first lines may be the rest of a row from the page before (no cost of its own).
  const n = anchors.length;
  let best = new Map<number, { cost: number; cuts: number[] }>([[0, { cost: 0, cuts: [0] }]]);
  if (restAllowed) for (const b of range(1, anchors[0])) best.set(b, { cost: 0, cuts: [b] });
  for (let k = 0; k < n; k++) {
    const next = new Map<number, { cost: number; cuts: number[] }>();
    const ends = k + 1 < n ? range(anchors[k] + 1, anchors[k + 1]) : [chunks.length];
    for (const [lo, prev] of best)
      for (const hi of ends) {
        if (hi <= lo) continue;
        const cost = prev.cost + rowCost(chunks, lo, hi, anchors[k]);
        const had = next.get(hi);
        if (!had || cost < had.cost) next.set(hi, { cost, cuts: [...prev.cuts, hi] });
      }
    best = next;
  }
  const done = best.get(chunks.length);
  if (!done) return null;
  const starts = done.cuts.slice(0, -1);
  // Rows cut at their TT lines as the usual reading does (top-aligned): nothing to change.
  return starts.every((b, k) => b === anchors[k]) ? null : starts;
}

/** lo, lo + 1, …, hi (inclusive). */
const range = (lo: number, hi: number) => Array.from({ length: Math.max(0, hi - lo + 1) }, (_, i) => lo + i);
