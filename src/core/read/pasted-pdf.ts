/**
 * Tables copied out of a PDF viewer, in the forms they arrive in (the tab and `|` forms are in pasted.ts):
 * - `pdftotext -layout` style: cells apart by runs of spaces, pages apart by form feeds → read as positioned text
 *   (each character one column wide), so the header's columns, wrapped cells, repeated headers and rows split by a
 *   page break are handled exactly as in a PDF file; when the body's columns do not line up with the header's
 *   (pdftotext sets each page's columns from its own text), the cells are read by their order (pasted-layout.ts);
 * - one cell per line, a blank line between rows (the header's labels one per line too);
 * - each row on one line with single spaces between cells, under a one-line header: the TT number, the criterion
 *   code, the period and the budget are recognised by their form, the rest is the row's content.
 * Each returns null when the text is not in its form; the user's text is kept as written.
 */
import { unreadableShare } from "../text/garble";
import { foldDiacritics } from "../text/normalize";
import { modernRegExp } from "../text/regex-compat";
import { roleOfHeader } from "./index";
import { splitPasted } from "./pasted";
import { headerLabels, RUN_TOGETHER_HEADER } from "./pasted-labels";
import { A_MONTH, bareBudget, OPEN_START, PERIOD, periodAndBudget } from "./pasted-period-budget";
import { budgetUnitOf } from "../parse/budget-unit";
import { parseStandardRef } from "../parse/refs";
import { layoutAligned, layoutToVisualLines, type LayoutRules } from "./pasted-layout";
import { gluedAcrossLines, joinVisualLines, mendCriterionStart } from "./pasted-wraps";
import { gridFromPositions, type PositionedPage, type PositionedText } from "./positions";

export { describePasted, explainPasted } from "./pasted-explain";

const CHAR = 5;
const SIZE = 10;
const LEAD = 12;

/**
 * Pasted text → grid, with the PDF-viewer forms: tab- and `|`-separated text as `splitPasted` reads it; otherwise
 * layout text, one cell per line, rows run together; otherwise one cell per line.
 */
export function splitPastedText(text: string): string[][] {
  try {
    const src = String(text ?? "")
      .replace(/\r\n?/g, "\n")
      .replace(/^\uFEFF/, "");
    const lines = src.split("\n");
    if (lines.some((l) => l.includes("\t")) || lines.filter((l) => (l.match(/\|/g) || []).length >= 2).length >= 2)
      return splitPasted(src);
    const layout = layoutGrid(src);
    // pdftotext may set the body's columns apart from the header's: then the cells are read by their order.
    if (layout && !layoutAligned(src, LAYOUT_RULES))
      return visualLinesGrid(layoutToVisualLines(src, LAYOUT_RULES)) ?? layout;
    const grid = layout ?? blockGrid(src);
    if (grid) return grid;
    // A header on one line over rows wrapped line by line (a viewer's copy whose header cells are wide enough) is
    // the visual-lines form, not rows run together on one line each.
    const joined = runTogetherGrid(src);
    if (joined && !wrappedLineByLine(joined)) return joined;
    return visualLinesGrid(src) ?? joined ?? splitPasted(src);
  } catch {
    return splitPasted(text);
  }
}

/**
 * A line most of whose words no reader can read: a bold heading a PDF library overprinted, copied letter pair by
 * letter pair ("T Ti ie ê̂u u c ch hu ua â̂̉̉n n 1 1:"). Right under the header it would end the table; it is left out.
 */
function unreadableLine(line: string): boolean {
  const { words, unreadable } = unreadableShare([line]);
  return words >= 4 && unreadable * 2 >= words;
}

/**
 * Rows run together whose rows came on ≥ 3 lines each on average, or none at all under the header: the text may be
 * one line per visual line (the visual-lines reader is tried first, the rows run together kept if it reads none).
 */
function wrappedLineByLine(grid: string[][]): boolean {
  const rows = grid.filter((r) => r.length > 1 && /\d/.test(r[1] ?? ""));
  const lines = rows.reduce((n, r) => n + (r[2] ?? "").split("\n").length, 0);
  return rows.length === 0 || lines >= rows.length * 3;
}

/** A line that starts in lower case (\\p{Ll}, built at run time: see regex-compat). */
const LOWER_START = modernRegExp(
  "^\\p{Ll}",
  "u",
  "^[a-zàáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ]",
);

/** The column numbers printed under a header: "(1) (2) … (10)", or a piece of them wrapped ("(1" / ")"). */
const COLUMN_NUMBERS = /^(?=.*[()])[()\d\s]+$/;

const hasTable = (grid: string[][]) => grid.some((r) => r.filter((c) => roleOfHeader(c)).length >= 3);

/** Layout text: runs of ≥ 2 spaces separate cells; a form feed starts a new page. */
export function layoutGrid(src: string): string[][] | null {
  const lines = src.split("\n");
  if (lines.filter((l) => /\S {2,}\S/.test(l)).length < 3) return null;
  const pages: PositionedPage[] = src.split("\f").map((pageText) => {
    const items: PositionedText[] = [];
    const pageLines = pageText.split("\n");
    pageLines.forEach((line, i) => {
      for (const m of line.replace(/\t/g, "    ").matchAll(/\S+(?: \S+)*/g)) {
        items.push({ str: m[0], x: m.index! * CHAR, y: (i + 1) * LEAD, width: m[0].length * CHAR, size: SIZE });
      }
    });
    const width = Math.max(0, ...pageLines.map((l) => l.length)) * CHAR;
    return { width, height: (pageLines.length + 1) * LEAD, items, lines: [] };
  });
  const grid = gridFromPositions(pages);
  return hasTable(grid) ? grid : null;
}

/** One cell per line, rows apart by blank lines; the header block holds ≥ 3 column labels. */
export function blockGrid(src: string): string[][] | null {
  const blocks = src
    .split(/\n[ \t]*\n/)
    .map((b) =>
      b
        .split("\n")
        .map((l) => l.trim())
        .filter(Boolean),
    )
    .filter((b) => b.length);
  // The header block with the most column labels (a plan may hold a smaller table before its plan table).
  // Most of its lines are labels: a table copied line by line (`pdftotext` without -layout) has label pieces too.
  const labels = (b: string[]) => {
    const label = (l: string) => roleOfHeader(l) && !/\d\s*\.\s*\d/.test(l); // not "Tiêu chí 1.8 x"
    const n = b.length >= 3 && b.every((l) => l.length <= 80) ? b.filter(label).length : 0;
    return n * 2 > b.length ? n : 0;
  };
  let head = -1;
  blocks.forEach((b, i) => {
    if (labels(b) >= 3 && (head < 0 || labels(b) > labels(blocks[head]))) head = i;
  });
  if (head < 0) return null;
  const numbered = /^(s\.?\s*)?tt$/i.test(foldDiacritics(blocks[head][0]));
  const grid: string[][] = [];
  blocks.slice(0, head).forEach((b) => b.forEach((l) => grid.push([l])));
  const header = headerWithSubLabels(blocks[head], blocks[head + 1]);
  grid.push(...header);
  const width = header[0].length;
  let k = head + header.length;
  for (; k < blocks.length; k++) {
    const b = blocks[k];
    // A numbered line alone ends the table ("III. TỔ CHỨC THỰC HIỆN"), unless it is a standard's heading row across
    // the table ("I. TIÊU CHUẨN 1: TỔ CHỨC VÀ QUẢN LÝ NHÀ TRƯỜNG").
    if (b.length > width || (b.length === 1 && /^([IVX]+|\d+)\.\s+\S/.test(b[0]) && !parseStandardRef(b[0]))) break;
    if (b.every((l) => COLUMN_NUMBERS.test(l))) continue; // "(1)" … "(10)" under the header
    // A viewer copies nothing for an empty cell: a row without its TT number starts one column on.
    const cells = numbered && b.length < width && !/^\d{1,3}\.?$/.test(b[0]) ? ["", ...b] : b;
    grid.push(cells.length < width ? placeByPeriod(cells, blocks[head]) : cells);
  }
  blocks.slice(k).forEach((b) => b.forEach((l) => grid.push([l])));
  return grid.length > 1 ? grid : null;
}

/** "Bắt đầu" / "Hoàn thành": the labels under a header's period label spanning two columns (a two-row header). */
const SUB_LABEL =
  /^(thoi gian |ngay |thang )?(bat dau|tu|tu ngay|tu thang|hoan thanh|ket thuc|den|den ngay|den thang)$/;

/**
 * The header block and, when the block after it is the labels under its period label ("Thời gian" over "Bắt đầu" |
 * "Hoàn thành"), that block too, as the two rows a .docx table gives: the spanning label followed by empty cells,
 * then the sub-labels under it. The body's rows then have one cell more than the first block has lines.
 */
function headerWithSubLabels(head: string[], next: string[] | undefined): string[][] {
  const column = head.findIndex((h) => roleOfHeader(h) === "period");
  const sub = next ?? [];
  const labels = sub.length >= 2 && sub.every((l) => SUB_LABEL.test(foldDiacritics(l).toLowerCase().trim()));
  if (column < 0 || !labels) return [head];
  const spread = [...head.slice(0, column + 1), ...new Array(sub.length - 1).fill(""), ...head.slice(column + 1)];
  const under = spread.map((_, i) => (i >= column && i < column + sub.length ? sub[i - column] : ""));
  return [spread, under];
}

/**
 * A row with fewer lines than the header has columns (a viewer copies nothing for an empty cell, and a cell's
 * paragraphs may come on lines of their own): a line starting in lower case after a line that does not end a
 * sentence goes on the cell above; the line that is a period ("Tháng 9/2026 – 8/2027") goes in the period column,
 * the lines before it fill the columns before it, the lines after it the columns after it. Without a period line
 * the empty cells are taken to be the last ones.
 */
function placeByPeriod(cells: string[], header: string[]): string[] {
  const width = header.length;
  const pad = (row: string[]) => [...row, ...new Array(Math.max(0, width - row.length)).fill("")];
  const column = header.findIndex((h) => roleOfHeader(h) === "period");
  const isPeriod = (l: string) => l.length <= 60 && PERIOD.exec(l)?.[0].length === l.replace(/[.;,]$/, "").length;
  const lines: string[] = [];
  cells.forEach((l, i) => {
    const last = lines[lines.length - 1];
    const goesOn =
      i > 1 && last !== undefined && LOWER_START.test(l) && !/[.;:!?)]$/.test(last) && !isPeriod(l) && !isPeriod(last);
    if (goesOn) lines[lines.length - 1] = `${last}\n${l}`;
    else lines.push(l);
  });
  const at = lines.findIndex((l, i) => i >= 2 && isPeriod(l));
  if (column < 0 || at < 0 || at > column || lines.length - at > width - column) return pad(cells);
  const before = pad(lines.slice(0, at)).slice(0, column);
  return pad([...before, ...lines.slice(at)]);
}

/** A row's start: its TT number (optional), then "Tiêu chí 1.4" / "TC 1.4" / "Tiêu chuẩn 2" / "1.4". */
const ROW_START = new RegExp(
  String.raw`^(?:(\d{1,3})\.?\s+)?(?:<\w+>\s*)?` +
    String.raw`((?:tiêu chí|tiêu chuẩn|tc\.?)\s*\d{1,2}(?:\s*\.\s*\d{1,2})?:?|\d{1,2}\s*\.\s*\d{1,2}\b)\s*(.*)$`,
  "i",
);

const LAYOUT_RULES: LayoutRules = {
  isHeader: (text) => headerLabels(text) !== null,
  isRowStart: (text) => ROW_FIRST_LINE.test(text),
};

/** Rows on one line each, single spaces between cells, under a one-line header. */
export function runTogetherGrid(src: string): string[][] | null {
  const lines = src.split("\n").map((l) => l.trim());
  const head = lines.findIndex((l) => headerLabels(l));
  if (head < 0) return null;
  const header = [...RUN_TOGETHER_HEADER];
  // a period in two columns, "Thời gian" over "Bắt đầu" | "Hoàn thành"
  // (on the header's line, or on a line of their own under it: a .docx row copied as one line)
  const under = lines.slice(head + 1).find(Boolean) ?? "";
  const labels = `${lines[head]} ${under.length <= 40 ? under : ""}`;
  // (word by word: a layout copy may interleave them with the label above, "Bắt Thời gian Hoàn đầu thành")
  const words = new Set(
    foldDiacritics(labels)
      .toLowerCase()
      .split(/[^a-z]+/),
  );
  const ends = (words.has("hoan") && words.has("thanh")) || (words.has("ket") && words.has("thuc"));
  const startEnd = words.has("bat") && words.has("dau") && ends;
  // "Kinh phí (triệu đồng)": the rows' budgets are bare numbers
  const unit = budgetUnitOf(lines[head]);
  // (a bare number first: a source named further on is the "Ghi chú" column's, "15 Ngân sách và vận động …")
  const cellsOf = (text: string) => {
    const periodOnly = unit ? periodAndBudget(text, true, false, startEnd) : null;
    const bare = periodOnly && bareBudget(periodOnly.rest, unit);
    return periodOnly && bare ? { ...periodOnly, ...bare } : periodAndBudget(text, true, true, startEnd);
  };
  const grid: string[][] = lines
    .slice(0, head)
    .filter(Boolean)
    .map((l) => [l]);
  grid.push(header);
  const headerAt = grid.length - 1;
  let k = head + 1;
  for (; k < lines.length; k++) {
    const l = lines[k];
    if (!l) continue;
    if (/^([IVX]+)\.\s+\S/.test(l)) break;
    if (COLUMN_NUMBERS.test(l)) continue;
    const m = ROW_START.exec(l);
    // the next section ("3. Tổ chức thực hiện"), not a row numbered "3." ("3. Tiêu chí 3.5 …"), nor an activity
    // numbered "2." with its own period under a criterion cell merged over several rows (a row of its own)
    if (!m && /^\d{1,2}\.\s+[A-ZĐ]/.test(l)) {
      const own = grid.length - 1 > headerAt ? cellsOf(l) : null;
      if (!own?.period) break;
      grid.push(["", "", own.rest, own.period, own.budget]);
      continue;
    }
    if (!m) {
      const last = grid[grid.length - 1];
      // (never the header's: a level band "MỨC 1, 2, 3" under it is a row of its own)
      if (grid.length - 1 > headerAt && last.length > 1) {
        // A row's continuation line may hold the period and budget the row's first line lacks.
        const { period, budget, rest } = periodAndBudget(l, !last[3], !last[4], startEnd);
        let more = rest;
        // an open range's end on the continuation line ("Từ tháng 9/2025" … "12/2025")
        const end = OPEN_START.test(last[3]) ? A_MONTH.exec(more) : null;
        if (end) {
          last[3] = `${last[3]} đến ${end[0].replace(/^đến\s+/i, "")}`;
          more = `${more.slice(0, end.index)} ${more.slice(end.index + end[0].length)}`.replace(/\s+/g, " ").trim();
        }
        [last[3], last[4]] = [last[3] || period, last[4] || budget];
        last[2] = last[2] ? `${last[2]}\n${more}` : more;
      } else if (!(grid.length - 1 === headerAt && unreadableLine(l))) grid.push([l]);
      continue;
    }
    const { period, budget, rest } = cellsOf(m[3]);
    grid.push([m[1] ?? "", m[2].replace(/:$/, ""), rest, period, budget]);
  }
  lines
    .slice(k)
    .filter(Boolean)
    .forEach((l) => grid.push([l]));
  return grid;
}

/** The longest line a narrow cell's text comes in (a page-wide paragraph's lines are two or three times longer). */
const NARROW_CELL_LINE = 40;

/** A table row's first visual line: its TT number and criterion/standard, or a level band ("MỨC 1, 2, 3"). */
// "Tiêu chí" capitalised: a lower-case "tiêu chí 1.4" inside a cell ("18/2018/TT-BGDĐT: tiêu chí 1.4") starts
// no row.
const ROW_FIRST_LINE = new RegExp(
  String.raw`^(?:\d{1,3}\s+|<\w+>)?(?:Tiêu chí|Tiêu chuẩn|TIÊU CHÍ|TIÊU CHUẨN|TC\.?(?=\s*\d|$))(?=[\s:]|$)|^\d{1,3}$` +
    String.raw`|^(?:m|M)(?:ứ|Ứ|ư\u0301|u|U)(?:c|C)\s*\d`,
);
const PAGE_NUMBER = /^(-\s*)?(trang\s*)?\d{1,3}(\s*-)?$|^\d{1,3}\s*\/\s*\d{1,3}$/i;
const LEVEL_BAND = /^m(?:ứ|ư\u0301|u)c\s*\d[\d,\s]*$/i;

/**
 * One line per visual line of each cell, no blank line between rows (Chromium/Edge and Firefox viewers,
 * `pdftotext -raw`): the header's lines are joined while they still read as column labels, each row's lines
 * from one row start to the next; the rows are then read as rows run together (TT, code, period, budget by form).
 * Page breaks (form feeds, page numbers, a repeated header) are dropped.
 */
export function visualLinesGrid(src: string): string[][] | null {
  const lines = src
    .normalize("NFC")
    .split(/\n|\f/)
    .map((l) => l.trim())
    .filter(Boolean)
    // a word, a year or an amount broken at a cell's edge ("Khôn" / "g", "12/202" / "6": "12/202" alone would pass
    // for a page number, a lone "6" would start a row)
    .reduce<string[]>((acc, l) => {
      const last = acc[acc.length - 1];
      if (last !== undefined && gluedAcrossLines(last, l)) acc[acc.length - 1] = last + l;
      else acc.push(l);
      return acc;
    }, [])
    .filter((l) => !PAGE_NUMBER.test(l) || ROW_FIRST_LINE.test(l))
    // the column numbers under a header ("(1) (2) … (10)", wrapped as "(1" / ")")
    .filter((l) => !COLUMN_NUMBERS.test(l))
    // "Tiêu" / "chí 5.4 …": a row's first words wrapped apart are joined back
    .reduce<string[]>((acc, l) => {
      const last = acc[acc.length - 1];
      const wrapped = last !== undefined && /(^|\s|>)tiêu$/i.test(last) && /^(chí|chuẩn)\s*\d/i.test(l);
      if (wrapped) acc[acc.length - 1] = `${last} ${l}`;
      else acc.push(l);
      return acc;
    }, []);
  /** The last line index ≥ from whose join with the lines before it reads as a header, or -1. */
  const headerEnd = (from: number) => {
    // "STT", "TT", or its first letters where a narrow cell broke it ("ST" / "T", "T" / "T")
    const starts = (l: string) => /^(s\.?\s*)?tt\b|^s?t$/i.test(foldDiacritics(l));
    if (!starts(lines[from])) return -1;
    let end = -1;
    for (let j = from; j < Math.min(lines.length, from + 60); j++) {
      if (j > from + 1 && starts(lines[j])) break; // the header repeated (a page break)
      if (headerLabels(lines.slice(from, j + 1).join(" "))) end = j;
    }
    return end;
  };
  let head = -1;
  let end = -1;
  for (let i = 0; i < lines.length && head < 0; i++) {
    end = headerEnd(i);
    if (end >= 0) head = i;
  }
  if (head < 0) return null;
  // the labels under the period label ("Bắt" / "đầu" / "Hoàn" / "thành") belong to the header
  for (let j = end + 1; j < Math.min(lines.length, end + 8); j++) {
    const words = foldDiacritics(lines.slice(end + 1, j + 1).join(" ")).toLowerCase();
    if (/^(?:(?:bat dau|hoan thanh|ket thuc)\s*)+$/.test(words) && /thanh|thuc$/.test(words)) end = j;
  }
  const out = [...lines.slice(0, head), lines.slice(head, end + 1).join(" ")];
  let k = end + 1;
  let tt: number | null = null;
  let row: string[] = [];
  const flush = () => {
    // "Không" alone on a line is a cell of its own (a budget's "none"), not a word of the sentence its neighbours'
    // lines make around it ("… thư ký Hội đồng" / "Không" / "xây dựng quy chế …"): it goes to the row's end, where
    // the rows-run-together reader takes a last "Không" for the budget
    const none = row.filter((l, i) => i > 0 && /^Không\.?$/.test(l));
    if (none.length === 1) row = [...row.filter((l) => l !== none[0]), none[0]];
    const text = joinVisualLines(mendCriterionStart(row));
    if (row.length && !LEVEL_BAND.test(text)) out.push(text);
    row = [];
  };
  for (; k < lines.length; k++) {
    const l = lines[k];
    if (/^[IVX]+\.\s+\S/.test(l)) break; // the next section
    if (/^\d{1,2}\.\s+[A-ZĐ]/.test(l)) {
      // the next section ("3. Tổ chức thực hiện", page-wide lines after it), or an activity numbered in a narrow
      // cell (its lines as short as the cells'): one under a criterion merged over several activities starts a row
      // of its own once the row holds a period (the activity before it is whole)
      if (!row.length || !lines.slice(k + 1, k + 4).every((x) => x.length <= NARROW_CELL_LINE)) break;
      if (PERIOD.test(joinVisualLines(row))) flush();
      row.push(l);
      continue;
    }
    const repeated = headerEnd(k);
    if (repeated >= 0) {
      flush();
      k = repeated;
      continue;
    }
    // A number alone starts a row when it is the next TT or a criterion follows it (not a cell's last figure).
    const bare = /^\d{1,3}$/.test(l);
    // (not a budget "3" whose cell comes just before the row TT 3 starts: "Liên đội" / "3" / "Chi thường" / "3" /
    // "Tiêu chí 2.2: …" — the same number a few lines on, a criterion after it, is the TT)
    const later = (j: number) =>
      lines[j] === l && ROW_FIRST_LINE.test(lines[j + 1] ?? "") && !/^\d{1,3}$/.test(lines[j + 1]);
    const criterionNext = ROW_FIRST_LINE.test(lines[k + 1] ?? "") && !/^\d{1,3}$/.test(lines[k + 1] ?? "");
    const tted = bare && !criterionNext && [...Array(12).keys()].some((d) => later(k + 1 + d));
    // (nor a budget "4" right before the next row's line that has its own TT: "4" / "6 Tiêu chí 5.2 …")
    const ownTt = /^\d{1,3}\s/.test(lines[k + 1] ?? "");
    const starts = !bare || tt === null || (+l === tt + 1 && !tted) || (criterionNext && !ownTt);
    // the next TT with the criterion's first word and other cells' first lines ("2 Tiêu Nhân viên … HK II Không")
    // or with the bare criterion code ("3 2.2 Cử giáo viên …"; not an amount: "2 1.5 triệu")
    const next = /^(\d{1,3})\s+(?:Tiêu|TIÊU|TC|\d{1,2}\.\d{1,2}(?!\s*(?:triệu|tỷ|%|[.,]?\d)))(\s|$)/.exec(l);
    const nextRow = next !== null && +next[1] === (tt ?? 0) + 1;
    if ((nextRow || (ROW_FIRST_LINE.test(l) && starts)) && !(row.length === 1 && /^\d{1,3}$/.test(row[0]))) {
      flush();
      const n = /^(\d{1,3})\b/.exec(l);
      if (n) tt = +n[1];
    }
    row.push(l);
  }
  flush();
  out.push(...lines.slice(k));
  const grid = runTogetherGrid(out.join("\n"));
  return grid && grid.some((r) => r.length > 1 && r[1] && /\d/.test(r[1])) ? grid : null;
}
