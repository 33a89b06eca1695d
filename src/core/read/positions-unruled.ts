/**
 * Tables without ruling lines (no borders, rules between rows only, a header underline only): the header row is found
 * by its labels (TT, Tiêu chuẩn/tiêu chí, Kết quả cần đạt, …, possibly wrapped over several lines, a taller cell
 * starting above the others); its cells give the columns, whose edges are placed by positions-columns.ts. Rows: a new
 * row starts past a gap between rows — a place no cell's lines run across (a cell's lines are one pitch apart, rows
 * are further apart by their padding; cells may be vertically centred) — when what follows starts an entry or fills
 * two cells; rows packed with no gap start where the TT or criterion column starts a second entry, where an entry
 * follows the rest of a row split by a page break, or where TT text comes under an empty TT cell. A table goes on past
 * a blank (an empty paragraph between two tables of one plan) while its lines start where its columns started.
 */
import { foldDiacritics } from "../text/normalize";
import { roleOfHeader } from "./index";
import { joinLines, lineText, piecesOf, runOf, type Line, type Word } from "./positions-lines";
import { cutAtCapitals, edgeBetween, isLower, isUpper, splitLine, wordStarts } from "./positions-columns";
import type { HeaderCol } from "./positions-columns";
import type { PageTable } from "./positions";
import { LETTER_CLASS_ES2017, modernRegExp } from "../text/regex-compat";

/** A cell ending in a letter (\p{L} built at run time, see regex-compat). */
const ENDS_IN_LETTER = modernRegExp("\\p{L}$", "u", `[${LETTER_CLASS_ES2017}]$`);

/**
 * "TT" run into the next header cell ("TT Tiêu chuẩn, tiêu chí": cells printed with no gutter) is a cell of its own.
 */
function headerRuns(w: Word): Word[] {
  // (A label drawn right after the one before it, with no space: "trợ" + "Ghi chú", is a word of its own.)
  const pieces = piecesOf(w)
    .flatMap(cutAtCapitals)
    .map((p, i, all) =>
      i && !p.sep && isLower(all[i - 1].text.slice(-1)) && isUpper(p.text[0]) ? { ...p, sep: " " } : p,
    );
  const tt = /^(s\.?\s*)?tt$/i;
  let k = tt.test(pieces[0].text) ? 1 : pieces.length > 2 && tt.test(pieces[0].text + pieces[1].text) ? 2 : 0;
  // Two labels run together ("Chỉ số đánh giá" + "Thời gian thực", "Dự kiến kinh" + "Điều kiện hỗ" + "Ghi"): a label
  // starts with a capital and goes on in lower case, so a capitalised word inside a run starts the next label
  // (unless every word is capitalised: a label in Title Case).
  const capital = (t: string) => isUpper(t[0] ?? "") && isLower(t[1] ?? "");
  const words = pieces.filter((p, i) => !i || p.sep);
  if (!k && words.length > 2 && words.some((p) => !capital(p.text)))
    k = Math.max(
      0,
      pieces.findIndex((p, i) => i > 0 && !!p.sep && capital(p.text)),
    );
  if (!k || k >= pieces.length) return [w];
  return [runOf(pieces.slice(0, k), w.size), ...headerRuns(runOf(pieces.slice(k), w.size))];
}

function headerColumns(lines: Line[]): HeaderCol[] {
  const cols: HeaderCol[] = [];
  for (const l of lines) {
    const words = l.words.flatMap(headerRuns);
    for (let n = 0; n < words.length; n++) {
      const w = words[n];
      // (overlapping, not touching: labels printed with no gutter touch their neighbours)
      const hit = cols.filter((c) => w.x < c.x1 - 0.5 && w.x + w.width > c.x0 + 0.5);
      // A run across two header cells: the ends of two labels joined across a narrow gutter ("thực" + "chú"), taken
      // apart; one item across two cells is not a header band.
      if (hit.length > 1 && w.pieces && w.pieces.length > 1) {
        words.splice(n + 1, 0, ...w.pieces.map((p) => runOf([p], w.size)));
        continue;
      }
      if (hit.length > 1) return [];
      if (hit.length) {
        hit[0].x0 = Math.min(hit[0].x0, w.x);
        hit[0].x1 = Math.max(hit[0].x1, w.x + w.width);
        // "T" + "T" (a TT label wrapped in a narrow column) is one word again.
        hit[0].text += /(^|\s)[A-ZĐ]{1,2}$/.test(hit[0].text) && /^[A-ZĐ]{1,3}$/.test(w.text) ? w.text : ` ${w.text}`;
      } else cols.push({ x0: w.x, x1: w.x + w.width, text: w.text });
    }
  }
  return cols.sort((a, b) => a.x0 - b.x0);
}

function scoreHeader(cols: HeaderCol[]): number {
  const roles = cols.map((c) => roleOfHeader(c.text));
  const n = roles.filter(Boolean).length;
  if (n < 3 || n * 2 < cols.length || !roles.some((r) => r === "criterion" || r === "tasks")) return 0;
  return n * 10 - (cols.length - n);
}

/** Header labels never hold criterion codes, dates, amounts or sentence ends; the column numbers' row is not one. */
const dataLike = (l: Line) => /\d+\s*\.\s*\d|\d{1,2}\/\d{4}|<\/?p>|[a-zà-ỹ]\.$|^(\(\d{1,2}\)\s*)+$/.test(lineText(l));
const sameTexts = (a: string[], b: string[]) =>
  a.length === b.length &&
  a.every((t, i) => foldDiacritics(t).replace(/\s+/g, " ") === foldDiacritics(b[i]).replace(/\s+/g, " "));

const isProse = (l: Line) => /^([A-ZĐ]|[IVX]+|\d+)\.\s+\S/.test(lineText(l)) && !/^\d+\.\d/.test(lineText(l));
const startsEntry = (t: string) =>
  /^(tieu chi|tieu chuan|muc\s*\d|\d{1,2}\s*\.\s*\d{1,2}\b)/.test(
    foldDiacritics(t.replace(/<\/?[a-z]+>/gi, "")).trim(),
  );

/** The header repeated inside the table (same labels, however they wrap there): its lines, or null. */
function repeatedHeader(lines: Line[], k: number, head: string[] | null): Line[] | null {
  if (!head || !/^(s\.?\s*)?tt$/i.test(lineText(lines[k]).split(" ")[0] ?? "")) return null;
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
function bodyLines(lines: Line[], from: number, t: Carry, used: Set<Line>) {
  const { xs, header: head } = t;
  const body: BodyLine[] = [];
  let k = from;
  for (; k < lines.length; k++) {
    const again = k > from ? repeatedHeader(lines, k, head) : null;
    if (again) {
      body.push({ l: again[0], parts: [], header: again });
      again.forEach((l) => used.add(l));
      k += again.length - 1;
      continue;
    }
    const l = lines[k];
    const prev = lines[k - 1];
    const wide = k > from && prev && l.y - prev.y > Math.max(l.size, prev.size) * 3;
    if (wide && !inColumns(l, xs, columnStarts(body, t.starts, xs.length - 1))) break;
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
): { rows: PageTable["rows"]; end: number; starts: number[][] } {
  const { xs, ttCol, critCol } = t;
  const { body, end } = bodyLines(lines, from, t, used);
  const { open: gaps, crossed } = rowGaps(body, xs.length - 1);
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
    // Rows packed with no gap between them, unless a cell runs past this line (a vertically centred row whose
    // taller cell began above its TT and criterion): under a split row's rest, the next entry starts a row; so does
    // text in the TT column under a row whose TT cell is empty ("--" placeholders).
    if (!isNew && !crossed[i] && !gaps[i] && !openTt) {
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

interface Band {
  /** The band's number of lines, its header cells, their score and the gap after its last line. */
  k: number;
  cols: HeaderCol[];
  score: number;
  after: number;
}

/** The header band starting at line i with at least `least` lines: the best-scored one (up to 16 lines). */
function headerBand(lines: Line[], i: number, least: number): Band | null {
  let best: Band | null = null;
  for (let k = 1; k <= 16 && i + k <= lines.length; k++) {
    const last = lines[i + k - 1];
    if (k > 1 && (last.y - lines[i + k - 2].y > last.size * 2.5 || dataLike(last))) break;
    if (k < least) continue;
    const cols = headerColumns(lines.slice(i, i + k));
    const score = cols.length >= 3 ? scoreHeader(cols) : 0;
    const after = i + k < lines.length ? lines[i + k].y - last.y : Infinity;
    // Same score: the band that ends at the widest gap (rows have cell padding), else the longer band.
    if (score && (!best || score > best.score || (score === best.score && after >= best.after - 1)))
      best = { k, cols, score, after };
  }
  return best;
}

/**
 * The header band found from line i, grown upwards by the lines just above it that hold the first lines of its
 * taller, vertically centred labels (and downwards by their last lines): each word of such a line lies over one of
 * the band's cells or between them ("Người thực" over "hiện", a label whose other lines are all above or below the
 * band's first line), none runs across two cells, and the labels read no worse with them.
 */
function bandFrom(lines: Line[], i: number, band: Band, used: Set<Line>): { top: number; band: Band } {
  const [x0, x1] = [band.cols[0].x0, band.cols[band.cols.length - 1].x1];
  let [top, best] = [i, band];
  while (top > 0 && !used.has(lines[top - 1]) && lines[top].y - lines[top - 1].y <= lines[top].size * 1.5) {
    const above = lines[top - 1];
    const within = above.words.every((w) => w.x >= x0 - 8 && w.x + w.width <= x1 + 8);
    const grown = !dataLike(above) && within ? headerBand(lines, top - 1, i + band.k - top + 1) : null;
    if (!grown || grown.cols.length < band.cols.length || grown.score < best.score) break;
    [top, best] = [top - 1, grown];
  }
  return { top, band: best };
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
}

/** Header-labelled tables among a page's free lines; `carry` continues a table from the previous page. */
export function unruledTables(
  lines: Line[],
  carry?: Carry | null,
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
      const { rows, end, starts } = readBody(lines, 0, carry, used, true);
      if (rows.length) {
        const c = { ...carry, starts };
        tables.push({ top: lines[0].y - lines[0].size, bottom: lines[end - 1].y, xs: carry.xs, rows, carry: c });
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
    const bodyGuess = lines.slice(i + best.k, i + best.k + 60);
    const cols = best.cols;
    const left = Math.min(cols[0].x0, ...bodyGuess.map((l) => l.x0)) - 1;
    const right = Math.max(cols[cols.length - 1].x1, ...bodyGuess.map((l) => l.x1)) + 1;
    const xs = [left, ...cols.slice(1).map((c, j) => edgeBetween(cols[j], c, bodyGuess)), right];
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
    const { rows, end, starts } = readBody(lines, i + best.k, t, used, again);
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
