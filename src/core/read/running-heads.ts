/**
 * Running heads and feet: the page header and footer a generator prints on every page ("Trường THPT … - Kế hoạch …
 * năm học 2026-2027" above, "Trang 2/10" below). Between two pages of a table they would end it (the row and the
 * header row split by the page break would no longer be joined); a .docx keeps them out of the body altogether.
 *
 * A line outside the page's ruled tables, among the page's first or last lines, in one or two runs, is one when the
 * same text (numbers aside: a line of the year alone, "2026-2027", is one too) stands at the same height on at least
 * half of the pages (two at least) and at no other height anywhere: a
 * table's header repeated at the top of each page stands lower on the page where the table starts.
 */
import type { PositionedText } from "./positions";
import { foldDiacritics } from "../text/normalize";

/** How many lines at the top and at the bottom of a page may be a running head or foot. */
const EDGE_LINES = 3;
/** Points: the same height on two pages. */
const Y_TOL = 3;

interface ItemLine {
  y: number;
  items: PositionedText[];
  key: string;
}

/**
 * The text as a key: its characters without spaces (items cut anywhere give the same key), numbers as "#", a
 * fraction slash as an OCR reads "/" on some pages ("Trang 3⁄10") as "/".
 */
function keyOf(items: PositionedText[]): string {
  const text = [...items].sort((a, b) => a.x - b.x).map((it) => it.str);
  return text
    .join("")
    .normalize("NFC")
    .toLowerCase()
    .replace(/\s+/g, "")
    .replace(/\d+/g, "#")
    .replace(/[\u2044\u2215]/g, "/");
}

/** Runs of text separated by wide gaps (as a free text line's cells are cut, positions.ts textCells). */
function runs(items: PositionedText[]): number {
  const sorted = [...items].sort((a, b) => a.x - b.x);
  let n = 0;
  let last = -Infinity;
  for (const it of sorted) {
    if (it.x - last > Math.max(2.5 * it.size, 24)) n++;
    last = Math.max(last, it.x + it.width);
  }
  return n;
}

const LABELS =
  /^s?tt\b|tieu chi|tieu chuan|thoi gian|kinh phi|nguon luc|minh chung|ghi chu|ket qua|giai phap|phu trach|chu tri/g;
const isColumnLabels = (items: PositionedText[]) => {
  const f = foldDiacritics(
    [...items]
      .sort((a, b) => a.x - b.x)
      .map((it) => it.str)
      .join(" "),
  ).replace(/\s+/g, " ");
  return (f.trim().match(LABELS) ?? []).length >= 2;
};

function itemLines(items: PositionedText[]): ItemLine[] {
  const sorted = items.filter((it) => it.str.trim()).sort((a, b) => a.y - b.y || a.x - b.x);
  const out: ItemLine[] = [];
  for (const it of sorted) {
    const last = out[out.length - 1];
    if (last && Math.abs(it.y - last.y) <= it.size * 0.4) last.items.push(it);
    else out.push({ y: it.y, items: [it], key: "" });
  }
  for (const l of out) l.key = keyOf(l.items);
  return out;
}

/**
 * The items of the running heads and feet, given each page's text items outside its ruled tables (pages in order).
 */
export function runningItems(pages: PositionedText[][]): Set<PositionedText> {
  const out = new Set<PositionedText>();
  if (pages.length < 2) return out;
  const lines = pages.map(itemLines);
  // Every height each key stands at, and on which pages it stands at the edge.
  const heights = new Map<string, number[]>();
  const edge = new Map<string, { page: number; line: ItemLine }[]>();
  lines.forEach((ls, p) =>
    ls.forEach((l, i) => {
      if (!l.key) return;
      const hs = heights.get(l.key);
      if (hs) hs.push(l.y);
      else heights.set(l.key, [l.y]);
      if (i >= EDGE_LINES && i < ls.length - EDGE_LINES) return;
      // A line of three runs or more, wide gaps apart, is a row of columns (a borderless table's header repeated on
      // each page, its first page's table at the top too): not a running head, which is one run or two (left,
      // right). So is a table's header row, whatever its gaps (narrow columns): two column labels or more.
      if (runs(l.items) > 2 || isColumnLabels(l.items)) return;
      const at = edge.get(l.key);
      if (at) at.push({ page: p, line: l });
      else edge.set(l.key, [{ page: p, line: l }]);
    }),
  );
  const least = Math.max(2, Math.ceil(pages.length / 2));
  for (const [key, at] of edge) {
    const y = at[0].line.y;
    const ys = heights.get(key) ?? [];
    if (ys.some((h) => Math.abs(h - y) > Y_TOL)) continue;
    if (new Set(at.map((a) => a.page)).size < least) continue;
    for (const a of at) for (const it of a.line.items) out.add(it);
  }
  return out;
}
