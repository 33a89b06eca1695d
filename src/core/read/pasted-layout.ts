/**
 * `pdftotext -layout` text (cells apart by runs of spaces) whose columns cannot be read by position: pdftotext sets
 * each page's character columns from the text on that page, so the body's cells may start up to ~10 characters left
 * or right of the header's labels, and a page without a header has columns of its own. Such text is turned into the
 * form `pdftotext -raw` and the browsers' viewers copy (one line per visual line of each cell, cell after cell), which
 * the visual-lines reader rebuilds by the rows' starts and the cells' forms.
 *
 * The page is cut into bands (a blank line, a row's first line, a header, a level band or a line running across the
 * band's columns starts a new one); a band's columns are the runs of text that overlap from line to line; each
 * column's lines are written top to bottom, the columns left to right. Rows whose cells are centred vertically
 * (the TT number on the row's middle line) are cut where pasted-centred.ts finds they end; a header whose labels
 * are centred starts above its "TT" line; two cells or labels one space apart are cut where another line's cell
 * starts, or (labels) where a capitalised label follows a word in lower case.
 */
import { centredRowStarts, type LineChunk } from "./pasted-centred";
import { modernRegExp, UPPER_CLASS_ES2017 } from "../text/regex-compat";

type Chunk = LineChunk;
interface Column {
  x0: number;
  x1: number;
  lines: string[];
}

/** What the caller knows about a plan table's text (kept in pasted-pdf.ts, which reads the rows). */
export interface LayoutRules {
  /** The header's labels joined in reading order read as a plan table's header. */
  isHeader: (text: string) => boolean;
  /** A line (already trimmed) starts a table row: "Tiêu chí 1.4", "Tiêu chuẩn 2", "Mức 2". */
  isRowStart: (text: string) => boolean;
}

const chunksOf = (line: string): Chunk[] =>
  [...line.replace(/\t/g, "    ").matchAll(/\S+(?: \S+)*/g)].map((m) => ({
    x: m.index!,
    end: m.index! + m[0].length,
    text: m[0],
  }));

/**
 * Header labels run together with one space ("Tiêu chuẩn, tiêu Kết quả cần đạt (so": narrow columns) are two chunks:
 * a label starts with a capital after a word in lower case.
 */
const LABEL_JOIN = modernRegExp(
  "^(.*?\\p{Ll}[,.;:)]?) (?=\\p{Lu}\\p{Ll})",
  "u",
  `^(.*?[a-zà-ỹđ][,.;:)]?) (?=[${UPPER_CLASS_ES2017}][a-zà-ỹđ])`,
);
const labelChunks = (c: Chunk): Chunk[] => {
  const m = LABEL_JOIN.exec(c.text);
  if (!m) return [c];
  const at = m[1].length + 1;
  return [
    { x: c.x, end: c.x + m[1].length, text: m[1] },
    ...labelChunks({ x: c.x + at, end: c.end, text: c.text.slice(at) }),
  ];
};

/** A chunk cut before each of its words that starts where `edge` says a cell starts. */
function cutAt(c: Chunk, edge: (x: number) => boolean): Chunk[] {
  for (let k = 1; k < c.text.length; k++)
    if (c.text[k - 1] === " " && c.text[k] !== " " && edge(c.x + k))
      return [
        { x: c.x, end: c.x + k - 1, text: c.text.slice(0, k - 1) },
        ...cutAt({ x: c.x + k, end: c.end, text: c.text.slice(k) }, edge),
      ];
  return [c];
}

/** The band's columns: chunks whose spans overlap from line to line are one column (`labels`: a header's). */
function columnsOf(lines: string[], labels = false): Column[] {
  const chunks = lines.map((l) => chunksOf(l).flatMap((c) => (labels ? labelChunks(c) : [c])));
  // Two cells one space apart are one chunk: cut where another line's chunk starts at one of its words (±1
  // character: pdftotext may set a cell's lines a character apart, "Tháng" at 91 over "4/2026" at 92).
  const starts = chunks.map((cs) => new Set(cs.map((c) => c.x)));
  const near = (x: number, row: number) =>
    starts.some((s, r) => r !== row && (s.has(x) || s.has(x - 1) || s.has(x + 1)));
  const items = chunks.flatMap((cs, row) =>
    cs.flatMap((c) => cutAt(c, (x) => near(x, row))).map((c) => ({ ...c, row })),
  );
  items.sort((a, b) => a.x - b.x);
  const cols: { x0: number; x1: number; items: typeof items }[] = [];
  for (const it of items) {
    const last = cols[cols.length - 1];
    // (x1 is where the column's text ends: a chunk starting there, on another line, is the next column's)
    if (last && it.x < last.x1) {
      last.x1 = Math.max(last.x1, it.end);
      last.items.push(it);
    } else cols.push({ x0: it.x, x1: it.end, items: [it] });
  }
  return cols.map((c) => ({
    x0: c.x0,
    x1: c.x1,
    lines: c.items.sort((a, b) => a.row - b.row || a.x - b.x).map((it) => it.text),
  }));
}

const readingOrder = (lines: string[], labels = false) => columnsOf(lines, labels).flatMap((c) => c.lines);
const CRITERION_START = /^(<\w+>)?tiêu chí\s*\d/i;
const HEADER_START = /^(s\.?\s*)?tt$|^t$/i;
const TT_NUMBER = /^\d{1,3}\.?$/;

interface Band {
  lines: string[];
  header: boolean;
  row: boolean;
  /** The band's column spans so far (kept as lines are added: a long band is not re-measured per line). */
  spans: { x0: number; x1: number }[];
}

/** Column spans with a line's chunks added: spans that overlap are one. */
function mergeSpans(spans: { x0: number; x1: number }[], chunks: Chunk[]) {
  const all = [...spans, ...chunks.map((c) => ({ x0: c.x, x1: c.end }))].sort((a, b) => a.x0 - b.x0);
  const out: { x0: number; x1: number }[] = [];
  for (const s of all) {
    const last = out[out.length - 1];
    if (last && s.x0 <= last.x1) last.x1 = Math.max(last.x1, s.x1);
    else out.push({ ...s });
  }
  return out;
}

interface CentredRun {
  /** The line after the run. */
  end: number;
  /** The lines that start a row (lines before the first: the rest of a row split by the page break), or null. */
  starts: Set<number> | null;
}

/**
 * The run of table lines from line `from` (up to a blank line, a header, or a line of one chunk at the left margin
 * other than a TT number: a standard's band, a heading) and the lines that start its rows, when its cells are
 * centred vertically; null otherwise.
 */
function centredRun(lines: string[], from: number, left: number, restAllowed: boolean): CentredRun | null {
  const chunks: Chunk[][] = [];
  let end = from;
  for (; end < lines.length; end++) {
    const cs = chunksOf(lines[end]);
    const alone = cs.length === 1 && cs[0].x <= left + 2 && !TT_NUMBER.test(cs[0].text);
    // (the column numbers' row under a header, "(1) (2) … (10)", is no row's)
    const numbers = /^[()\d\s]+$/.test(lines[end]) && lines[end].includes("(");
    if (!cs.length || HEADER_START.test(cs[0].text) || alone || numbers) break;
    chunks.push(cs);
  }
  const anchors = chunks.map((cs, k) => (TT_NUMBER.test(cs[0].text) && cs[0].x <= left + 2 ? k : -1));
  // Only where every row has its TT number (a plan numbering its standards alone has criterion rows without one).
  const entries = chunks.filter((cs) => cs.some((c) => CRITERION_START.test(c.text.normalize("NFC")))).length;
  if (anchors.filter((k) => k >= 0).length < entries) return { end, starts: null };
  const found = centredRowStarts(
    chunks,
    anchors.filter((k) => k >= 0),
    restAllowed,
  );
  return { end, starts: found ? new Set(found.map((k) => k + from)) : null };
}

/** A page's lines → bands. */
function bandsOf(lines: string[], rules: LayoutRules, centredRows = true): Band[] {
  const bands: Band[] = [];
  const left = Math.min(...lines.filter((l) => l.trim()).map((l) => chunksOf(l)[0].x));
  let cur: Band | null = null;
  const close = () => {
    if (cur && cur.lines.length) bands.push(cur);
    cur = null;
  };
  // Rows whose cells are centred vertically (pasted-centred.ts): the lines that start them, over a run of rows.
  let centred: CentredRun | null = null;
  for (let i = 0; i < lines.length; i++) {
    const chunks = chunksOf(lines[i]);
    if (!chunks.length) {
      close();
      continue;
    }
    // (a run opening the page, no header above it: its first lines may end the row the page break split)
    if (centredRows && (!centred || i >= centred.end))
      centred = HEADER_START.test(chunks[0].text) ? null : centredRun(lines, i, left, !bands.length && !cur);
    const first = chunks[0];
    if (HEADER_START.test(first.text)) {
      // A header whose labels are centred vertically starts above its "TT" line: the lines just above (the band
      // so far, not a row's) are tried with it when the labels from "TT" down are not a header alone.
      const above = cur && !(cur as Band).row && !(cur as Band).header ? (cur as Band).lines.slice(-4) : [];
      let end = -1;
      let lead: string[] = [];
      for (const before of above.length ? [[], above] : [[]]) {
        for (let j = i; j < Math.min(lines.length, i + 12); j++)
          if (rules.isHeader(readingOrder([...before, ...lines.slice(i, j + 1)], true).join(" "))) end = j;
        if (end >= 0) {
          lead = before;
          break;
        }
      }
      if (end >= 0) {
        if (lead.length) (cur as Band).lines.splice(-lead.length);
        close();
        bands.push({ lines: [...lead, ...lines.slice(i, end + 1)], header: true, row: false, spans: [] });
        i = end;
        continue;
      }
    }
    const lead = TT_NUMBER.test(first.text) && first.x <= left + 2 && chunks.length > 1 ? chunks[1] : first;
    const wrappedStart =
      /^(<\w+>)?Tiêu$/.test(lead.text) &&
      chunksOf(lines[i + 1] ?? "").some((c) => Math.abs(c.x - lead.x) <= 1 && /^(chí|chuẩn)\s*\d/.test(c.text));
    const rowStart: boolean = centred?.starts
      ? centred.starts.has(i)
      : rules.isRowStart(lead.text) || wrappedStart || (TT_NUMBER.test(first.text) && first.x <= left + 2);
    const cols = cur ? (cur as Band).spans : [];
    const spans = chunks.length === 1 && cols.filter((c) => c.x0 < first.end && first.x < c.x1).length > 1;
    if (!cur || rowStart || spans || (cur as Band).header) {
      close();
      cur = { lines: [], header: false, row: rowStart, spans: [] };
    }
    (cur as Band).lines.push(lines[i]);
    (cur as Band).spans = mergeSpans((cur as Band).spans, chunks);
  }
  close();
  return bands;
}

/**
 * Whether the header's columns line up with the body's on every page (±1 character): then the text can be read by
 * position (each character one column). Every page holding a row's first line must have its own header.
 */
export function layoutAligned(src: string, rules: LayoutRules): boolean {
  let rows = 0;
  for (const page of src.split("\f")) {
    // (Each row's first line, as it stands: centred cells are the visual-lines reader's concern.)
    const bands = bandsOf(page.split("\n"), rules, false);
    const header = bands.find((b) => b.header);
    const starts = header ? columnsOf(header.lines).map((c) => c.x0) : [];
    for (const b of bands.filter((x) => x.row)) {
      rows++;
      if (!header) return false;
      if (!columnsOf(b.lines).every((c) => starts.some((s) => Math.abs(s - c.x0) <= 1))) return false;
    }
  }
  return rows > 0;
}

/** Layout text → one line per visual line of each cell, cell after cell, row after row (form feeds kept). */
export function layoutToVisualLines(src: string, rules: LayoutRules): string {
  return src
    .split("\f")
    .map((page) =>
      bandsOf(page.split("\n"), rules)
        .map((b) => readingOrder(b.lines, b.header).join("\n"))
        .join("\n"),
    )
    .join("\f");
}
