/**
 * Columns of a table without ruling lines: where each column starts (the x at which its left-aligned text starts on
 * line after line, else the emptiest strip between two header cells), and a line's text placed in the columns — its
 * runs split, and an item cut, where a column edge falls inside them (cells printed with no gutter between them).
 */
import { piecesOf, runOf, type Line, type Piece } from "./positions-lines";

export interface HeaderCol {
  x0: number;
  x1: number;
  text: string;
}

/** Where words start: each item of each run (the assembly cuts items at gaps, so an item is a word or more). */
export const wordStarts = (l: Line) => l.words.flatMap((w) => piecesOf(w).map((p) => p.x));

/**
 * The left edge of the column right of header cell a: where the most body lines start a word between the two header
 * cells (a left-aligned column's text starts at the same x on every line, also when it touches the cell before it,
 * as Chromium prints a table with no padding); null when no x recurs (a centred or right-aligned column).
 */
function columnStart(a: HeaderCol, b: HeaderCol, body: Line[]): number | null {
  const xs = body
    .flatMap(wordStarts)
    .filter((x) => x >= a.x1 - 1 && x <= Math.max(b.x0, a.x1) + 1)
    .sort((p, q) => p - q);
  // Starts one tenth of the text's size apart are one (1 pt at 10 pt; an OCR layer's word boxes, in pixels, stray
  // by two or three: "Từtháng" at 768.8 over "8/2024" at 770.3).
  const sizes = body.map((l) => l.size).sort((p, q) => p - q);
  const near = Math.max(1, (sizes[sizes.length >> 1] ?? 10) * 0.1);
  let best = { x: 0, n: 0 };
  for (let i = 0, j = 0; i < xs.length; i++) {
    while (xs[j] < xs[i] - near) j++;
    if (i - j + 1 > best.n) best = { x: xs[j], n: i - j + 1 };
  }
  return best.n >= 3 ? best.x - 0.5 : null;
}

/** The emptiest vertical strip between two header cells, over the body lines. */
export function edgeBetween(a: HeaderCol, b: HeaderCol, body: Line[]): number {
  const start = columnStart(a, b, body);
  if (start !== null) return start;
  // Header cells that touch (printed with no gutter): the second starts the column.
  if (b.x0 <= a.x1 + 0.5) return b.x0 - 0.5;
  const lo = a.x1;
  const hi = Math.max(b.x0, lo + 0.5);
  const points = new Set<number>([lo, hi]);
  // Over the items, not the runs: a run may join two cells' ends across a narrow gutter.
  const runs: Piece[] = body.flatMap((l) => l.words.flatMap(piecesOf)).filter((w) => w.x < hi && w.x + w.width > lo);
  for (const w of runs) {
    if (w.x > lo && w.x < hi) points.add(w.x);
    if (w.x + w.width > lo && w.x + w.width < hi) points.add(w.x + w.width);
  }
  const xs = [...points].sort((p, q) => p - q);
  // The fewest items across it; then the most lines starting a word right after it (a column's left edge, not a
  // space between two words of one line); then the widest.
  const starts = body.flatMap(wordStarts);
  let best = { x: (lo + hi) / 2, cover: Infinity, after: -1, width: -1 };
  for (let i = 0; i + 1 < xs.length; i++) {
    const mid = (xs[i] + xs[i + 1]) / 2;
    const cover = runs.filter((w) => w.x < mid && w.x + w.width > mid).length;
    const after = starts.filter((x) => Math.abs(x - xs[i + 1]) <= 1).length;
    const width = xs[i + 1] - xs[i];
    const better =
      cover < best.cover ||
      (cover === best.cover && (after > best.after || (after === best.after && width > best.width)));
    if (better) best = { x: mid, cover, after, width };
  }
  return best.x;
}

/** The column of an x position (left of the first edge: the first column; right of the last: the last). */
function columnAt(xs: number[], x: number): number {
  const c = xs.findIndex((e, i) => i + 1 < xs.length && x + 0.5 >= e && x + 0.5 < xs[i + 1]);
  return c >= 0 ? c : x < xs[0] ? 0 : xs.length - 2;
}

/**
 * A line's runs placed in the columns. A run is split where its pieces fall in different columns (in a table
 * without borders the gutter between two cells can be narrower than the gap that joins items into one run), unless
 * `whole` (a row merged across the columns: "Tiêu chuẩn 1: …").
 */
export function splitLine(l: Line, xs: number[], whole = false): Line[] {
  const parts: Line[] = xs.slice(1).map(() => ({ y: l.y, size: l.size, x0: 0, x1: 0, words: [] }));
  for (const w of l.words) {
    const pieces = whole ? [] : piecesOf(w).flatMap((p) => cutAtEdges(p, xs, w.size));
    if (whole || pieces.length === 1) {
      parts[columnAt(xs, w.x)].words.push(w);
      continue;
    }
    let from = 0;
    for (let i = 1; i <= pieces.length; i++) {
      const c = columnAt(xs, pieces[from].x);
      if (i < pieces.length && columnAt(xs, pieces[i].x) === c) continue;
      parts[c].words.push(from === 0 && i === pieces.length ? w : runOf(pieces.slice(from, i), w.size));
      from = i;
    }
  }
  for (const p of parts) {
    p.x0 = p.words[0]?.x ?? 0;
    p.x1 = Math.max(0, ...p.words.map((w) => w.x + w.width));
  }
  return parts;
}

/** Rough advance of a character (em): enough to find where an item that runs across a column edge is cut. */
function advance(ch: string): number {
  const c = ch.normalize("NFD")[0];
  if (/[ijlt.,;:'!|()[\]/fr\s-]/.test(c)) return 0.3;
  if (/[mw]/.test(c)) return 0.75;
  if (/[MW]/.test(c)) return 0.9;
  if (/[A-ZĐ]/.test(c)) return 0.68;
  return 0.5;
}

export const isLower = (c: string) => c !== c.toUpperCase();
export const isUpper = (c: string) => c !== c.toLowerCase() && c === c.toUpperCase();
const isLetter = (c: string) => isLower(c) || isUpper(c);
const isDigit = (c: string) => c >= "0" && c <= "9";
/** A place inside an item where one cell's text may end and the next cell's begin ("nhânTháng", "4/2028chuyên"). */
const cellJoin = (a: string, b: string) =>
  (isLower(a) && isUpper(b)) ||
  (isDigit(a) && isLetter(b)) ||
  (isLetter(a) && isDigit(b)) ||
  (/[;,.)%]/.test(a) && (isLetter(b) || isDigit(b) || b === "("));

/**
 * An item drawn across a column edge (cells with no padding: the end of one cell's line and the start of the next
 * cell's are one item) is cut there: at the first character starting at the edge when the item says where its
 * characters start, else at the character the edge falls on (by rough advances), moved to a join within two.
 */
function cutAtEdges(p: Piece, xs: number[], size: number): Piece[] {
  const edge = xs.slice(1, -1).find((e) => p.x < e - size * 0.3 && p.x + p.width > e + size * 0.3);
  const chars = [...p.text];
  if (edge === undefined || chars.length < 2) return [p];
  const starts = p.starts && p.starts.length === chars.length ? p.starts : null;
  let at: number;
  if (starts) at = starts.findIndex((x) => x >= edge - 0.2);
  else {
    const em = p.width / chars.reduce((n, ch) => n + advance(ch), 0);
    let k = 0;
    for (let x = p.x; k < chars.length && x + (advance(chars[k]) * em) / 2 < edge; k++) x += advance(chars[k]) * em;
    at = k;
    search: for (let d = 0; d <= 2; d++)
      for (const i of [k - d, k + d])
        if (i > 0 && i < chars.length && cellJoin(chars[i - 1], chars[i])) {
          at = i;
          break search;
        }
  }
  if (at <= 0 || at >= chars.length) return [p];
  const [left, right] = cutAt(p, at);
  return [left, ...cutAtEdges(right, xs, size)];
}

/** A piece cut before its character `at` (the x from the characters' starts when known, else rough advances). */
function cutAt(p: Piece, at: number, sep = ""): [Piece, Piece] {
  const chars = [...p.text];
  const starts = p.starts && p.starts.length === chars.length ? p.starts : null;
  const cut = starts
    ? starts[at] - p.x
    : chars.slice(0, at).reduce((n, ch) => n + advance(ch), 0) *
      (p.width / chars.reduce((n, ch) => n + advance(ch), 0));
  const left = { x: p.x, width: cut, text: chars.slice(0, at).join(""), sep: p.sep, starts: starts?.slice(0, at) };
  const right = { x: p.x + cut, width: p.width - cut, text: chars.slice(at).join(""), sep, starts: starts?.slice(at) };
  return [left, right];
}

/**
 * A header label run into the next one inside one item ("Điều kiện hỗ trợGhi chú": cells printed with no gutter) is
 * cut where a lower-case letter is followed by a capital; the second label is a word of its own.
 */
export function cutAtCapitals(p: Piece): Piece[] {
  const chars = [...p.text];
  const at = chars.findIndex((ch, i) => i > 0 && isLower(chars[i - 1]) && isUpper(ch));
  if (at <= 0) return [p];
  const [left, right] = cutAt(p, at, " ");
  return [left, ...cutAtCapitals(right)];
}
