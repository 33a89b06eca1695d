/**
 * `pdftotext -layout` text (cells apart by runs of spaces) whose columns cannot be read by position: pdftotext sets
 * each page's character columns from the text on that page, so the body's cells may start up to ~10 characters left
 * or right of the header's labels, and a page without a header has columns of its own. Such text is turned into the
 * form `pdftotext -raw` and the browsers' viewers copy (one line per visual line of each cell, cell after cell), which
 * the visual-lines reader rebuilds by the rows' starts and the cells' forms.
 *
 * The page is cut into bands (a blank line, a row's first line, a header, a level band or a line running across the
 * band's columns starts a new one); a band's columns are the runs of text that overlap from line to line; each
 * column's lines are written top to bottom, the columns left to right.
 */

interface Chunk {
  x: number;
  end: number;
  text: string;
}
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

/** The band's columns: chunks whose spans overlap from line to line are one column. */
function columnsOf(lines: string[]): Column[] {
  const items = lines.flatMap((l, row) => chunksOf(l).map((c) => ({ ...c, row })));
  items.sort((a, b) => a.x - b.x);
  const cols: { x0: number; x1: number; items: typeof items }[] = [];
  for (const it of items) {
    const last = cols[cols.length - 1];
    if (last && it.x <= last.x1) {
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

const readingOrder = (lines: string[]) => columnsOf(lines).flatMap((c) => c.lines);
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

/** A page's lines → bands. */
function bandsOf(lines: string[], rules: LayoutRules): Band[] {
  const bands: Band[] = [];
  const left = Math.min(...lines.filter((l) => l.trim()).map((l) => chunksOf(l)[0].x));
  let cur: Band | null = null;
  const close = () => {
    if (cur && cur.lines.length) bands.push(cur);
    cur = null;
  };
  for (let i = 0; i < lines.length; i++) {
    const chunks = chunksOf(lines[i]);
    if (!chunks.length) {
      close();
      continue;
    }
    const first = chunks[0];
    if (HEADER_START.test(first.text)) {
      let end = -1;
      for (let j = i; j < Math.min(lines.length, i + 12); j++)
        if (rules.isHeader(readingOrder(lines.slice(i, j + 1)).join(" "))) end = j;
      if (end >= 0) {
        close();
        bands.push({ lines: lines.slice(i, end + 1), header: true, row: false, spans: [] });
        i = end;
        continue;
      }
    }
    const lead = TT_NUMBER.test(first.text) && first.x <= left + 2 && chunks.length > 1 ? chunks[1] : first;
    const wrappedStart =
      /^(<\w+>)?Tiêu$/.test(lead.text) &&
      chunksOf(lines[i + 1] ?? "").some((c) => Math.abs(c.x - lead.x) <= 1 && /^(chí|chuẩn)\s*\d/.test(c.text));
    const rowStart = rules.isRowStart(lead.text) || wrappedStart || (TT_NUMBER.test(first.text) && first.x <= left + 2);
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
    const bands = bandsOf(page.split("\n"), rules);
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
        .map((b) => readingOrder(b.lines).join("\n"))
        .join("\n"),
    )
    .join("\f");
}
