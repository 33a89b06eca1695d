/**
 * Tables without ruling lines: the header row is found by its labels (TT, Tiêu chuẩn/tiêu chí, Kết quả cần đạt, …,
 * possibly wrapped over several lines); its cells' x-ranges give the columns, the column edges sit in the emptiest
 * strip between neighbouring header cells; a row starts where the TT column or the criterion column starts an entry.
 */
import { foldDiacritics } from "../text/normalize";
import { roleOfHeader } from "./index";
import { joinLines, lineText, type Line, type Word } from "./positions-lines";
import type { PageTable } from "./positions";
import { LETTER_CLASS_ES2017, modernRegExp } from "../text/regex-compat";

/** A cell ending in a letter (\p{L} built at run time, see regex-compat). */
const ENDS_IN_LETTER = modernRegExp("\\p{L}$", "u", `[${LETTER_CLASS_ES2017}]$`);

interface HeaderCol {
  x0: number;
  x1: number;
  text: string;
}

function headerColumns(lines: Line[]): HeaderCol[] {
  const cols: HeaderCol[] = [];
  for (const l of lines) {
    for (const w of l.words) {
      const hit = cols.filter((c) => w.x <= c.x1 + 1 && w.x + w.width >= c.x0 - 1);
      if (hit.length > 1) return []; // a run across two header cells: not a header band
      if (hit.length) {
        hit[0].x0 = Math.min(hit[0].x0, w.x);
        hit[0].x1 = Math.max(hit[0].x1, w.x + w.width);
        hit[0].text += ` ${w.text}`;
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

/** The emptiest vertical strip between two header cells, over the body lines. */
function edgeBetween(a: HeaderCol, b: HeaderCol, body: Line[]): number {
  const lo = a.x1;
  const hi = Math.max(b.x0, lo + 0.5);
  const points = new Set<number>([lo, hi]);
  const runs: Word[] = body.flatMap((l) => l.words).filter((w) => w.x < hi && w.x + w.width > lo);
  for (const w of runs) {
    if (w.x > lo && w.x < hi) points.add(w.x);
    if (w.x + w.width > lo && w.x + w.width < hi) points.add(w.x + w.width);
  }
  const xs = [...points].sort((p, q) => p - q);
  let best = { x: (lo + hi) / 2, cover: Infinity, width: -1 };
  for (let i = 0; i + 1 < xs.length; i++) {
    const mid = (xs[i] + xs[i + 1]) / 2;
    const cover = runs.filter((w) => w.x < mid && w.x + w.width > mid).length;
    const width = xs[i + 1] - xs[i];
    if (cover < best.cover || (cover === best.cover && width > best.width)) best = { x: mid, cover, width };
  }
  return best.x;
}

/** Header labels never hold criterion codes, dates, amounts or sentence ends. */
const dataLike = (l: Line) => /\d+\s*\.\s*\d|\d{1,2}\/\d{4}|<\/?p>|[a-zà-ỹ]\.$/.test(lineText(l));
const sameTexts = (a: string[], b: string[]) =>
  a.length === b.length &&
  a.every((t, i) => foldDiacritics(t).replace(/\s+/g, " ") === foldDiacritics(b[i]).replace(/\s+/g, " "));

const isProse = (l: Line) => /^([IVX]+|\d+)\.\s+\S/.test(lineText(l)) && !/^\d+\.\d/.test(lineText(l));
const startsEntry = (t: string) =>
  /^(tieu chi|tieu chuan|muc\s*\d|\d{1,2}\s*\.\s*\d{1,2}\b)/.test(
    foldDiacritics(t.replace(/<\/?[a-z]+>/gi, "")).trim(),
  );

function splitLine(l: Line, xs: number[]): Line[] {
  const parts: Line[] = xs.slice(1).map(() => ({ y: l.y, size: l.size, x0: 0, x1: 0, words: [] }));
  for (const w of l.words) {
    let c = xs.findIndex((x, i) => i + 1 < xs.length && w.x + 0.5 >= x && w.x + 0.5 < xs[i + 1]);
    if (c < 0) c = w.x < xs[0] ? 0 : parts.length - 1;
    parts[c].words.push(w);
  }
  for (const p of parts) {
    p.x0 = p.words[0]?.x ?? 0;
    p.x1 = Math.max(0, ...p.words.map((w) => w.x + w.width));
  }
  return parts;
}

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

function readBody(
  lines: Line[],
  from: number,
  xs: number[],
  ttCol: number,
  critCol: number,
  used: Set<Line>,
  head: string[] | null = null,
): { rows: PageTable["rows"]; end: number } {
  const rows: { y: number; cols: Line[][] }[] = [];
  let fresh = true;
  let k = from;
  for (; k < lines.length; k++) {
    const again = k > from ? repeatedHeader(lines, k, head) : null;
    if (again) {
      rows.push({
        y: again[0].y,
        cols: xs.slice(1).map((_, c) => again.map((l) => splitLine(l, xs)[c]).filter((p) => p.words.length)),
      });
      again.forEach((l) => used.add(l));
      k += again.length - 1;
      // The row after a repeated header always starts anew (the reader joins a split row's rest).
      fresh = true;
      continue;
    }
    const l = lines[k];
    const prev = lines[k - 1];
    if (k > from && prev && l.y - prev.y > Math.max(l.size, prev.size) * 3) break;
    // Text after the table: a heading or paragraph whose first run crosses the column edges (table cells do not,
    // except a merged "Tiêu chuẩn …"/"Mức …" row).
    const first = l.words[0];
    const crossed = xs.slice(1, -1).filter((x) => first.x < x - 1 && first.x + first.width > x + 1).length;
    if ((isProse(l) && crossed >= 1) || (crossed >= 2 && !startsEntry(first.text))) break;
    const parts = splitLine(l, xs);
    const tt = ttCol >= 0 ? lineText(parts[ttCol]) : "";
    const crit = critCol >= 0 ? lineText(parts[critCol]) : "";
    const gap = prev ? l.y - prev.y : 0;
    // The TT cell goes on: "MỨC 1, 2," + "3", or "Mức" + "2" on a line with nothing else.
    const ttSoFar = rows.length && ttCol >= 0 ? rows[rows.length - 1].cols[ttCol].map(lineText).join(" ").trim() : "";
    const onlyTt = parts.every((p, c) => c === ttCol || !p.words.length);
    const openTt = /[,;\-–]$/.test(ttSoFar) || (onlyTt && ENDS_IN_LETTER.test(ttSoFar) && !/^[IVX]+$/.test(ttSoFar));
    // "Tiêu chí" at the end of the cell's line and "1.10 …" on the next: the same entry, wrapped.
    const openCrit =
      rows.length &&
      critCol >= 0 &&
      /(tieu chi|tieu chuan)\s*$/.test(foldDiacritics(rows[rows.length - 1].cols[critCol].map(lineText).join(" ")));
    const isNew =
      fresh ||
      (tt && !openTt && /^(\d{1,3}|[IVX]+)\.?$/.test(tt.trim())) ||
      (startsEntry(crit) && !openCrit) ||
      gap > Math.max(l.size, prev?.size ?? 0) * 1.9;
    if (isNew) rows.push({ y: l.y, cols: parts.map((p) => (p.words.length ? [p] : [])) });
    else parts.forEach((p, c) => p.words.length && rows[rows.length - 1].cols[c].push(p));
    fresh = false;
    used.add(l);
  }
  return { rows: rows.map((r) => ({ y: r.y, cells: r.cols.map((ls, c) => joinLines(ls, xs[c], xs[c + 1])) })), end: k };
}

export interface Carry {
  xs: number[];
  /** The header's cell texts and its number of lines (repeated the same on the next page). */
  header: string[];
  headerLines: number;
  ttCol: number;
  critCol: number;
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
    let best: { k: number; cols: HeaderCol[]; score: number; after: number } | null = null;
    if (lines[i].words.length >= 2) {
      for (let k = 1; k <= 8 && i + k <= lines.length; k++) {
        const last = lines[i + k - 1];
        if (k > 1 && (last.y - lines[i + k - 2].y > last.size * 2.5 || dataLike(last))) break;
        const cols = headerColumns(lines.slice(i, i + k));
        const score = cols.length >= 3 ? scoreHeader(cols) : 0;
        const after = i + k < lines.length ? lines[i + k].y - last.y : Infinity;
        // Same score: the band that ends at the widest gap (rows have cell padding), else the longer band.
        if (score && (!best || score > best.score || (score === best.score && after >= best.after - 1)))
          best = { k, cols, score, after };
      }
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
      const { rows, end } = readBody(lines, 0, carry.xs, carry.ttCol, carry.critCol, used);
      if (rows.length)
        tables.push({ top: lines[0].y - lines[0].size, bottom: lines[end - 1].y, xs: carry.xs, rows, carry });
      i = Math.max(end, 1);
      continue;
    }
    if (!best) {
      i++;
      continue;
    }
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
      cells: xs.slice(1).map((_, c) =>
        head
          .map((l) => lineText(splitLine(l, xs)[c]))
          .filter(Boolean)
          .join(" "),
      ),
    };
    const { rows, end } = readBody(
      lines,
      i + best.k,
      xs,
      ttCol,
      critCol,
      used,
      cols.map((h) => h.text),
    );
    const c = { xs, ttCol, critCol, header: cols.map((h) => h.text), headerLines: best.k };
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
