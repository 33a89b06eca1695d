/**
 * Tables without ruling lines (no borders, rules between rows only, a header underline only): the header row is found
 * by its labels (positions-header.ts); its cells give the columns, whose edges are placed by positions-columns.ts
 * (under a header that ends its page: by the next page's text; a header with the same labels placed elsewhere starts
 * another table, sized apart). Rows: a new row starts past a gap between rows — a place no cell's lines run across (a
 * cell's lines are one pitch apart, rows are further apart by their padding; cells may be vertically centred) — when
 * what follows starts an entry or fills two cells; rows packed with no gap start where the TT or criterion column
 * starts a second entry, where an entry follows the rest of a row split by a page break, or where TT text comes under
 * an empty TT cell. A table goes on past a blank (an empty paragraph between two tables of one plan) while its lines
 * start where its columns started.
 */
import { foldDiacritics } from "../text/normalize";
import { roleOfHeader } from "./index";
import { joinLines, lineText, piecesOf, type Line } from "./positions-lines";
import { cutAtCapitals, edgeBetween, splitLine, wordStarts } from "./positions-columns";
import type { HeaderCol } from "./positions-columns";
import { bandFrom, headerBand, headerColumns, type Band } from "./positions-header";
import type { PageTable } from "./positions";
import { LETTER_CLASS_ES2017, modernRegExp } from "../text/regex-compat";
import { ruleBetween, type HRule } from "./positions-row-rules";

/** A cell ending in a letter (\p{L} built at run time, see regex-compat). */
const ENDS_IN_LETTER = modernRegExp("\\p{L}$", "u", `[${LETTER_CLASS_ES2017}]$`);

const sameTexts = (a: string[], b: string[]) =>
  a.length === b.length &&
  a.every((t, i) => foldDiacritics(t).replace(/\s+/g, " ") === foldDiacritics(b[i]).replace(/\s+/g, " "));

const isProse = (l: Line) => /^([A-ZĐ]|[IVX]+|\d+)\.\s+\S/.test(lineText(l)) && !/^\d+\.\d/.test(lineText(l));
const startsEntry = (t: string) =>
  /^(tieu chi|tieu chuan|muc\s*\d|\d{1,2}\s*\.\s*\d{1,2}\b)/.test(
    foldDiacritics(t.replace(/<\/?[a-z]+>/gi, "")).trim(),
  );

/** A TT label starting a header's first line (wrapped in a narrow column: "T" over "T"). */
const TT_LABEL = /^(s\.?\s*)?tt?$/i;

/** The header repeated inside the table (same labels, however they wrap there): its lines, or null. */
function repeatedHeader(lines: Line[], k: number, head: string[] | null): Line[] | null {
  if (!head || !TT_LABEL.test(lineText(lines[k]).split(" ")[0] ?? "")) return null;
  for (let n = 1; n <= 6 && k + n <= lines.length; n++) {
    const band = lines.slice(k, k + n);
    if (
      sameTexts(
        headerColumns(band).map((c) => c.text),
        head,
      )
    )
      return band;
  }
  return null;
}

/**
 * A standard (or level band) row merged across the columns: one run starting "Tiêu chuẩn 2" / "Mức 1", alone; a level
 * band alone on its line ("MỨC 1, 2, 3") is a row of its own even when it fits in the first column.
 */
const spansColumns = (l: Line, xs: number[]) =>
  l.words.length === 1 &&
  ((/^(tieu chuan\s*\d|muc\s*\d)/.test(foldDiacritics(l.words[0].text)) &&
    xs.slice(1, -1).some((x) => l.words[0].x < x - 1 && l.words[0].x + l.words[0].width > x + 1)) ||
    /^muc\s*\d{1,2}(\s*,\s*\d{1,2})*$/i.test(foldDiacritics(l.words[0].text).trim()));

/**
 * A line past a wide blank that still belongs to the table (a table split in two by an empty paragraph, a row's
 * cells spaced apart): it fills two cells or more, each starting where that column's text (or its header label)
 * already started above, and no word runs across a column edge (cells printed with no gutter touch, but a word
 * of one cell is not cut).
 */
function inColumns(l: Line, xs: number[], starts: number[][]): boolean {
  const parts = splitLine(l, xs);
  const filled = parts.map((p, c) => ({ p, c })).filter(({ p }) => p.words.length);
  const words = l.words.flatMap((w) => piecesOf(w).flatMap(cutAtCapitals));
  const crossed = xs.slice(1, -1).some((x) => words.some((w) => w.x < x - 1 && w.x + w.width > x + 1));
  return (
    filled.length >= 2 && !crossed && filled.every(({ p, c }) => starts[c]?.some((x) => Math.abs(x - p.x0) <= 1.2))
  );
}

/** Where each column's lines start, over the table's lines read so far (on this page and those before). */
function columnStarts(body: BodyLine[], known: number[][] | undefined, columns: number): number[][] {
  return Array.from({ length: columns }, (_, c) => {
    const xs = [...(known?.[c] ?? [])];
    for (const e of body) {
      const x = e.parts[c]?.words.length ? e.parts[c].x0 : null;
      if (x !== null && !xs.some((k) => Math.abs(k - x) <= 0.5)) xs.push(x);
    }
    return xs;
  });
}

interface BodyLine {
  l: Line;
  parts: Line[];
  /** The lines of the header repeated here (a row of its own). */
  header?: Line[];
  spanning?: boolean;
}

/** The table's lines from `from` on, up to the text after it; the header repeated inside it kept as one entry. */
function bodyLines(lines: Line[], from: number, t: Carry, used: Set<Line>, rules: HRule[]) {
  const { xs, header: head } = t;
  const body: BodyLine[] = [];
  let k = from;
  for (; k < lines.length; k++) {
    const again = k > from ? repeatedHeader(lines, k, head) : null;
    // The same labels placed elsewhere: the header of another table, sized apart (it starts a table of its own).
    const heads = again && headerColumns(again).map((c) => c.x0);
    if (heads && t.heads && heads.some((x, c) => Math.abs(x - (t.heads![c] ?? x)) > 2)) break;
    if (again) {
      body.push({ l: again[0], parts: [], header: again });
      again.forEach((l) => used.add(l));
      k += again.length - 1;
      continue;
    }
    const l = lines[k];
    const prev = lines[k - 1];
    const wide = k > from && prev && l.y - prev.y > Math.max(l.size, prev.size) * 3;
    // (a rule between them: rows spaced apart by their padding in a table ruled between rows)
    const ruled = wide && ruleBetween(rules, prev.y, l.y - l.size * 0.6, xs[0], xs[xs.length - 1]);
    if (wide && !ruled && !inColumns(l, xs, columnStarts(body, t.starts, xs.length - 1))) break;
    const spanning = spansColumns(l, xs);
    // Text after the table: a heading or paragraph whose first run crosses the column edges (table cells do not,
    // except a merged "Tiêu chuẩn …"/"Mức …" row, or cells printed with no gutter between them).
    const first = l.words[0];
    const crossed = xs.slice(1, -1).filter((x) => first.x < x - 1 && first.x + first.width > x + 1).length;
    // Words starting right at column edges (past the first two columns'): cells that touch, not a paragraph.
    // (Two for a numbered heading: one of its words may start at an edge by chance.)
    const aligned = xs.slice(2, -1).filter((x) => wordStarts(l).some((w) => Math.abs(w - x - 0.5) <= 1.2)).length;
    const prose = isProse(l) && crossed >= 1 && aligned < 2;
    if (!spanning && (prose || (crossed >= 2 && !startsEntry(first.text) && !aligned))) break;
    body.push({ l, parts: splitLine(l, xs, spanning), spanning });
    used.add(l);
  }
  return { body, end: k };
}

/**
 * Where a new row may start: before body line i when no column has two consecutive lines of one cell across it
 * (the line pitch apart; rows are further apart by the cells' padding). Null before a repeated header. `crossed`:
 * body line i lies between two consecutive lines of one cell (a vertically centred row's taller cell runs past it).
 */
function rowGaps(body: BodyLine[], columns: number): { open: boolean[]; crossed: boolean[] } {
  const open = body.map(() => false);
  const crossed = body.map(() => false);
  const steps: { a: number; b: number; d: number }[] = [];
  for (let c = 0; c < columns; c++) {
    let last = -1;
    body.forEach((e, i) => {
      if (e.header) last = -1;
      else if (e.parts[c]?.words.length) {
        if (last >= 0) steps.push({ a: last, b: i, d: e.l.y - body[last].l.y });
        last = i;
      }
    });
  }
  // The pitch: the smallest step that recurs (a cell's lines), sizes apart from the rows' padding.
  const size = Math.max(...body.map((e) => e.l.size));
  const ds = steps
    .map((s) => s.d)
    .filter((d) => d >= size * 0.8 && d <= size * 2)
    .sort((p, q) => p - q);
  const pitch = ds.find((d, i) => i + 1 < ds.length && ds[i + 1] - d <= 0.6);
  body.forEach((e, i) => (open[i] = i > 0 && pitch !== undefined));
  if (pitch === undefined) return { open, crossed };
  const within = pitch + Math.max(1, size * 0.12);
  for (const s of steps) {
    if (s.d > within) continue;
    for (let i = s.a + 1; i <= s.b; i++) open[i] = false;
    for (let i = s.a + 1; i < s.b; i++) crossed[i] = true;
  }
  return { open, crossed };
}

function readBody(
  lines: Line[],
  from: number,
  t: Carry,
  used: Set<Line>,
  continued: boolean,
  rules: HRule[] = [],
): { rows: PageTable["rows"]; end: number; starts: number[][] } {
  const { xs, ttCol, critCol } = t;
  const { body, end } = bodyLines(lines, from, t, used, rules);
  const { open: gaps, crossed } = rowGaps(body, xs.length - 1);
  // A table ruled between its rows (two rules or more between body lines): its rows are the rules' bands.
  const ruledAbove = body.map(
    (e, i) =>
      i > 0 &&
      !e.header &&
      !body[i - 1].header &&
      ruleBetween(rules, body[i - 1].l.y, e.l.y - e.l.size * 0.6, xs[0], xs[xs.length - 1]),
  );
  const byRules = ruledAbove.filter(Boolean).length >= 2;
  // `rest`: the row holds the rest of a row split by a page break (the lines at the top of a continued table, or
  // under the header repeated inside it), with no entry of its own yet.
  const rows: { y: number; cols: Line[][]; tt: boolean; crit: boolean; rest?: boolean }[] = [];
  const cellSoFar = (c: number) =>
    rows.length && c >= 0 ? rows[rows.length - 1].cols[c].map(lineText).join(" ").trim() : "";
  const isTt = (t: string) => /^(\d{1,3}|[IVX]+)\.?$/.test(t.trim());
  let fresh = true;
  let rest = continued;
  body.forEach((e, i) => {
    if (e.header) {
      const cols = xs.slice(1).map((_, c) => e.header!.map((l) => splitLine(l, xs)[c]).filter((p) => p.words.length));
      rows.push({ y: e.l.y, cols, tt: false, crit: false });
      // The row after a repeated header always starts anew (the reader joins a split row's rest).
      fresh = true;
      rest = true;
      return;
    }
    const { l, parts } = e;
    const tt = ttCol >= 0 ? lineText(parts[ttCol]) : "";
    const crit = critCol >= 0 ? lineText(parts[critCol]) : "";
    // The TT cell goes on: "MỨC 1, 2," + "3", or "Mức" + "2" on a line with nothing else.
    const ttSoFar = cellSoFar(ttCol);
    const onlyTt = parts.every((p, c) => c === ttCol || !p.words.length);
    const openTt = /[,;\-–]$/.test(ttSoFar) || (onlyTt && ENDS_IN_LETTER.test(ttSoFar) && !/^[IVX]+$/.test(ttSoFar));
    // "Tiêu chí" at the end of the cell's line and "1.10 …" on the next: the same entry, wrapped.
    const openCrit = critCol >= 0 && /(tieu chi|tieu chuan)\s*$/.test(foldDiacritics(cellSoFar(critCol)));
    const newTt = !!tt && !openTt && isTt(tt);
    // (An entry may wrap right after "Tiêu": "Tiêu" / "chí 5.4 …".)
    const next = critCol >= 0 && body[i + 1] && !body[i + 1].header ? lineText(body[i + 1].parts[critCol]) : "";
    const wrapped = /^(<[a-z]+>)?tieu$/.test(foldDiacritics(crit).trim()) && startsEntry(`tiêu ${next}`);
    const newCrit = (startsEntry(crit) || wrapped) && !openCrit;
    const cur = rows[rows.length - 1];
    let isNew = fresh || e.spanning || !cur;
    if (!isNew && gaps[i]) {
      // Past a gap between rows: a new row if what follows (up to the next gap) starts an entry or fills two cells;
      // one cell alone goes on (a paragraph of the cell above, spaced from it).
      let j = i;
      const filled = new Set<number>();
      let entry = false;
      do {
        body[j].parts.forEach((p, c) => p.words.length && filled.add(c));
        entry ||=
          (ttCol >= 0 && isTt(lineText(body[j].parts[ttCol]))) ||
          (critCol >= 0 && startsEntry(lineText(body[j].parts[critCol])));
        j++;
      } while (j < body.length && !gaps[j] && !body[j].header);
      isNew = entry || filled.size >= 2;
    } else if (!isNew) isNew = (newTt && cur.tt) || (newCrit && (cur.crit || !!cellSoFar(critCol)));
    if (byRules && !fresh && !e.spanning && cur) isNew = ruledAbove[i];
    // Rows packed with no gap between them, unless a cell runs past this line (a vertically centred row whose
    // taller cell began above its TT and criterion): under a split row's rest, the next entry starts a row; so does
    // text in the TT column under a row whose TT cell is empty ("--" placeholders).
    if (!byRules && !isNew && !crossed[i] && !gaps[i] && !openTt) {
      const ttUnder = ttCol >= 0 && !!tt && !cellSoFar(ttCol) && cur.cols.some((ls) => ls.length);
      isNew = (cur.rest && !cur.tt && !cur.crit && (newTt || newCrit)) || ttUnder;
    }
    if (isNew) {
      const entry = newTt || newCrit;
      rows.push({ y: l.y, cols: parts.map((p) => (p.words.length ? [p] : [])), tt: newTt, crit: newCrit });
      rows[rows.length - 1].rest = fresh && rest && !entry && !e.spanning;
    } else {
      parts.forEach((p, c) => p.words.length && cur.cols[c].push(p));
      cur.tt ||= newTt;
      cur.crit ||= newCrit;
    }
    // The line after a merged "Tiêu chuẩn …" row starts a row of its own.
    fresh = !!e.spanning;
    rest = false;
  });
  return {
    rows: rows.map((r) => ({
      y: r.y,
      cells: r.cols.map((ls, c) => joinLines(ls, xs[c], xs[c + 1])),
      // (where a row split by a page break is joined again: "60.000.00" + "0 đồng")
      ends: r.cols.map((ls, c) => ({ first: ls[0], last: ls[ls.length - 1], left: xs[c], right: xs[c + 1] })),
    })),
    end,
    starts: columnStarts(body, t.starts, xs.length - 1),
  };
}

export interface Carry {
  xs: number[];
  /** The header's cell texts and its number of lines (repeated the same on the next page). */
  header: string[];
  headerLines: number;
  ttCol: number;
  critCol: number;
  /** Where each column's lines started so far (a table going on past a blank keeps them). */
  starts?: number[][];
  /** Where the header's labels start (a header with the same labels placed elsewhere is another table's). */
  heads?: number[];
  /** The header's cells, when no text under them placed the column edges (the header ended its page). */
  cols?: HeaderCol[];
}

/** The lines a table's columns are placed by: up to the next header (another table may be sized apart). */
function linesUnder(lines: Line[], from: number): Line[] {
  const next = lines.findIndex((l, k) => k > from && TT_LABEL.test(l.words[0].text));
  return lines.slice(from, Math.min(from + 60, next > 0 ? next : Infinity));
}

/** The column edges under header cells: the table's left and right ends and an edge between each two cells. */
function edgesOf(cols: HeaderCol[], body: Line[]): number[] {
  const left = Math.min(cols[0].x0, ...body.map((l) => l.x0)) - 1;
  const right = Math.max(cols[cols.length - 1].x1, ...body.map((l) => l.x1)) + 1;
  return [left, ...cols.slice(1).map((c, j) => edgeBetween(cols[j], c, body)), right];
}

/**
 * Header-labelled tables among a page's free lines; `carry` continues a table from the previous page; `rules`: the
 * page's horizontal rules outside ruled tables (rows of a table ruled between rows only).
 */
export function unruledTables(
  lines: Line[],
  carry?: Carry | null,
  rules: HRule[] = [],
): { tables: (PageTable & { carry: Carry })[]; used: Set<Line> } {
  const used = new Set<Line>();
  const tables: (PageTable & { carry: Carry })[] = [];
  let i = 0;
  while (i < lines.length) {
    let best: Band | null = null;
    if (lines[i].words.length >= 2) {
      best = headerBand(lines, i, 1);
      // The header repeated at the top of the next page has the same lines as on the first page.
      if (carry && i === 0 && carry.headerLines <= lines.length) {
        const cols = headerColumns(lines.slice(0, carry.headerLines));
        if (
          sameTexts(
            cols.map((c) => c.text),
            carry.header,
          )
        )
          best = { k: carry.headerLines, cols, score: 1, after: 0 };
      }
    }
    if (!best && carry && i === 0) {
      const t = carry.cols ? { ...carry, xs: edgesOf(carry.cols, linesUnder(lines, 0)), cols: undefined } : carry;
      const { rows, end, starts } = readBody(lines, 0, t, used, true, rules);
      if (rows.length) {
        const c = { ...t, starts };
        tables.push({ top: lines[0].y - lines[0].size, bottom: lines[end - 1].y, xs: t.xs, rows, carry: c });
      }
      i = Math.max(end, 1);
      continue;
    }
    if (!best) {
      i++;
      continue;
    }
    // A header cell taller than the others (vertically centred: "Thời gian thực" / "hiện và hoàn" / "thành") starts
    // a line above the band, and may end a line below it: the band is all of its labels' lines.
    const grown = bandFrom(lines, i, best, used);
    [i, best] = [grown.top, grown.band];
    const head = lines.slice(i, i + best.k);
    const bodyGuess = linesUnder(lines, i + best.k);
    const cols = best.cols;
    const xs = edgesOf(cols, bodyGuess);
    const roles = cols.map((c) => roleOfHeader(c.text));
    const ttCol = roles.indexOf("tt");
    const critCol = roles.indexOf("criterion");
    head.forEach((l) => used.add(l));
    const header = {
      y: head[0].y,
      // (a label's lines joined as a cell's: a word broken at a narrow cell's edge, "Mứ" + "c độ", is one word)
      cells: xs.slice(1).map((_, c) =>
        joinLines(
          head.map((l) => splitLine(l, xs)[c]).filter((p) => p.words.length),
          xs[c],
          xs[c + 1],
        ).replace(/\n/g, " "),
      ),
    };
    const labels = cols.map((h) => h.text);
    const again = !!carry && i === 0 && sameTexts(carry.header, labels);
    const first = cols.map((h) => [h.x0]);
    const t: Carry = { xs, ttCol, critCol, header: labels, headerLines: best.k, starts: again ? carry.starts : first };
    t.heads = cols.map((c) => c.x0);
    // A header that closes its page has no text under it to place its column edges by: placed again on the next page.
    if (bodyGuess.length < 2) t.cols = cols;
    const { rows, end, starts } = readBody(lines, i + best.k, t, used, again, rules);
    const c = { ...t, starts };
    tables.push({
      top: head[0].y - head[0].size,
      bottom: lines[end - 1]?.y ?? head[head.length - 1].y,
      xs,
      rows: [header, ...rows],
      carry: c,
    });
    i = end;
  }
  return { tables, used };
}
