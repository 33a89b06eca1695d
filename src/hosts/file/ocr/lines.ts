/**
 * Ruling lines (table borders) in a straightened page image: long runs of dark pixels along the rows (horizontal
 * borders) or the columns (vertical borders), joined over the few pixels a border is thick — a projection of the ink
 * along each direction, kept where it is long. The borders found are then painted white so that OCR does not read
 * them as "|" or "_" glued to the words.
 */
import type { RulingLine } from "../../../core/read/positions";
import type { GreyImage } from "./pixels";

/** Ink, for borders: a thin scanned line is blurred to mid-grey. */
const DARK = 200;

interface Run {
  a: number; // row (horizontal) or column (vertical)
  from: number;
  to: number;
}

/** Runs of dark pixels at least `min` long (gaps up to `gap` pixels bridged: a broken scanned line). */
function runs(img: GreyImage, horizontal: boolean, min: number, gap: number): Run[] {
  return horizontal ? rowRuns(img, min, gap) : columnRuns(img, min, gap);
}

// A border is ink nearly all along; a row through text has many gaps.
const isBorder = (from: number, to: number, count: number, min: number) =>
  to - from + 1 >= min && count >= (to - from + 1) * 0.85;

function rowRuns(img: GreyImage, min: number, gap: number): Run[] {
  const { width: w, height: h, data } = img;
  const out: Run[] = [];
  for (let a = 0; a < h; a++) {
    let start = -1;
    let lastDark = -1;
    let count = 0;
    const base = a * w;
    for (let i = 0; i <= w; i++) {
      if (i < w && data[base + i] < DARK) {
        if (start < 0) start = i;
        lastDark = i;
        count++;
      } else if (start >= 0 && i - lastDark > gap) {
        if (isBorder(start, lastDark, count, min)) out.push({ a, from: start, to: lastDark });
        start = -1;
        count = 0;
      }
    }
  }
  return out;
}

/** The same along the columns, scanning the image row by row (one state per column: memory order, fast). */
function columnRuns(img: GreyImage, min: number, gap: number): Run[] {
  const { width: w, height: h, data } = img;
  const start = new Int32Array(w).fill(-1);
  const lastDark = new Int32Array(w).fill(-1);
  const count = new Int32Array(w);
  const perColumn: Run[][] = Array.from({ length: w }, () => []);
  for (let i = 0; i <= h; i++) {
    const base = i * w;
    for (let a = 0; a < w; a++) {
      if (i < h && data[base + a] < DARK) {
        if (start[a] < 0) start[a] = i;
        lastDark[a] = i;
        count[a]++;
      } else if (start[a] >= 0 && i - lastDark[a] > gap) {
        if (isBorder(start[a], lastDark[a], count[a], min)) perColumn[a].push({ a, from: start[a], to: lastDark[a] });
        start[a] = -1;
        count[a] = 0;
      }
    }
  }
  return perColumn.flat();
}

/** Runs on neighbouring rows (columns) that overlap form one border; thin ones are kept as lines. */
function joinRuns(rs: Run[], maxThick: number): { a0: number; a1: number; from: number; to: number }[] {
  const groups: { a0: number; a1: number; from: number; to: number }[] = [];
  let open: typeof groups = [];
  let row = -1;
  for (const r of rs) {
    if (r.a !== row) {
      open = open.filter((g) => g.a1 >= r.a - 2);
      row = r.a;
    }
    const g = open.find((o) => o.from <= r.to + 4 && o.to >= r.from - 4 && o.a1 >= r.a - 2);
    if (g) {
      g.a1 = r.a;
      g.from = Math.min(g.from, r.from);
      g.to = Math.max(g.to, r.to);
    } else {
      const n = { a0: r.a, a1: r.a, from: r.from, to: r.to };
      groups.push(n);
      open.push(n);
    }
  }
  return groups.filter((g) => g.a1 - g.a0 + 1 <= maxThick + (g.to - g.from) * 0.01);
}

/** The page's ruling lines in pixels; borders are painted white in `img` (which is changed). */
export function findRulingLines(img: GreyImage): RulingLine[] {
  const mm = img.dpi / 25.4;
  // A border is longer than any letter stroke: 12 mm horizontally, 5 mm vertically (a cell one line high).
  const hs = joinRuns(runs(img, true, Math.round(12 * mm), Math.round(1.5 * mm)), Math.round(1.2 * mm));
  const near = 1.5 * mm;
  // A column border meets a row border at one of its ends (a lone upright stroke is a letter's).
  const vs = joinRuns(runs(img, false, Math.round(5 * mm), Math.round(1.5 * mm)), Math.round(1.2 * mm)).filter((v) =>
    hs.some(
      (h) =>
        (Math.abs(h.a0 - v.from) < near || Math.abs(h.a1 - v.to) < near || Math.abs(h.a0 - v.to) < near) &&
        v.a0 >= h.from - near &&
        v.a1 <= h.to + near,
    ),
  );
  const lines: RulingLine[] = [];
  const { width: w, data } = img;
  for (const g of hs) {
    const y = (g.a0 + g.a1) / 2;
    lines.push({ x1: g.from, y1: y, x2: g.to, y2: y });
    for (let yy = Math.max(0, g.a0 - 1); yy <= Math.min(img.height - 1, g.a1 + 1); yy++)
      for (let x = g.from; x <= g.to; x++) if (data[yy * w + x] < 230) data[yy * w + x] = 255;
  }
  for (const g of vs) {
    const x = (g.a0 + g.a1) / 2;
    lines.push({ x1: x, y1: g.from, x2: x, y2: g.to });
    for (let y = g.from; y <= g.to; y++)
      for (let xx = Math.max(0, g.a0 - 1); xx <= Math.min(w - 1, g.a1 + 1); xx++)
        if (data[y * w + xx] < 230) data[y * w + xx] = 255;
  }
  return lines;
}
