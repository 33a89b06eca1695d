/**
 * A table continued on the next page (positions.ts, gridFromPositions): the header repeated at the page's top is
 * recognised (as it was, or as OCR read it again a little differently), and the row the page break split is
 * recognised and joined again cell by cell.
 */
import { foldDiacritics } from "../text/normalize";
import { parseCriterionRef, parseStandardRef } from "../parse/refs";
import { roleOfHeader } from "./index";
import { joinLines, lineText } from "./positions-lines";
import { similarLetters } from "./ocr-pages";
import type { CellEnds } from "./positions";

/**
 * Compared without the column numbers "(1)" … "(9)" a header may carry on its first page only, and without
 * punctuation (an OCR layer reads a speck by a border as a quote or a dot: '"Tiêu chuẩn, tiêu chí').
 */
const fold = (s: string) =>
  foldDiacritics(s)
    .replace(/\(\d{1,2}\)/g, " ")
    .replace(/[^0-9a-z\s]/gi, " ")
    .replace(/\s+/g, " ")
    .trim();
export const sameRow = (a: string[], b: string[]) => a.length === b.length && a.every((c, i) => fold(c) === fold(b[i]));
export const looksLikeHeader = (row: string[] | undefined) => {
  const filled = row?.filter((c) => c.trim()) ?? [];
  return (
    filled.length >= 2 &&
    !filled.some((c) => /\d\s*\.\s*\d/.test(c)) &&
    filled.filter((c) => roleOfHeader(c)).length * 2 > filled.length
  );
};

/**
 * The table's header repeated at the top of a page: as it was, or — read from a page image, where OCR reads it a
 * little differently each time ("Chủ trì và phôi hợp", "Dựkiên kinh phí", the upright "T/T" of a narrow TT cell lost)
 * — a row that reads as a header and whose letters are nearly the header's (a plan row never is: it has numbers).
 */
export const repeatsHeader = (row: string[], header: string[]) =>
  sameRow(row, header) ||
  (row.length === header.length &&
    looksLikeHeader(row) &&
    similarLetters(row.join(" "), header.join(" ")) >= REPEATED_HEADER_LETTERS);
/** Share of the header's letters a repeated header read by OCR keeps (its reading differs by a few letters). */
const REPEATED_HEADER_LETTERS = 0.85;

/**
 * A header's second row: short labels under some of the first row's ("Bắt đầu" | "Hoàn thành" under "Thời gian"),
 * no digits, its first (TT) cell empty — the labels merged over both rows gave their text to the first.
 */
export const isSubHeader = (row: string[]) => {
  const filled = row.filter((c) => c.trim());
  return !row[0]?.trim() && filled.length >= 2 && filled.every((c) => c.length <= 40 && !/\d/.test(c));
};
/** The header's second row repeated at the top of a page (read by OCR: nearly its letters). */
export const repeatsSubHeader = (row: string[], sub: string[]) =>
  sameRow(row, sub) ||
  (row.length === sub.length &&
    isSubHeader(row) &&
    similarLetters(row.join(" "), sub.join(" ")) >= REPEATED_HEADER_LETTERS);

/** The row continues the row above (split by a page break): no TT, no criterion or standard of its own. */
export function continuesRow(row: string[], above: string[]): boolean {
  const first = row[0]?.trim() ?? "";
  if (first) return false;
  const texts = row.slice(1).filter((c) => c.trim());
  if (!texts.length) return false;
  // (A seed's cell may start with a literal tag: "<p>Tiêu chí 1.10 …".)
  const start = (c: string) => c.replace(/^\s*(<[^>]+>\s*)+/, "");
  const named = (c: string) => /^\s*(tiêu chí|tieu chi|\d{1,2}\s*\.\s*\d)/i.test(start(c));
  // A row of its own names its criterion in one of its first cells (TT, standard, criterion); further right a
  // code-like start is the rest of a split cell ("(MC.1." + "3.01)", "1." + "5 ngày").
  // A cell above ending in the head of a criterion name ("Tiêu chí" + "3.4: …", "TC" + "1.4") goes on with its code,
  // and so does a list of codes left open ("Tiêu chí 4.1," + "4.2": one cell naming two criteria).
  const openHead = (i: number) =>
    /(^|\s)(tiêu chí|tieu chi|tc)\s*$/i.test(above[i]?.trim() ?? "") ||
    /\d{1,2}\s*\.\s*\d{1,2}\s*(,|;|&|\bvà)$/iu.test(above[i]?.trim() ?? "");
  if (row.slice(0, 3).some((c, i) => parseCriterionRef(start(c)) && named(c) && !openHead(i))) return false;
  if (row.some((c) => parseStandardRef(start(c)) && /^\s*tiêu chuẩn/i.test(start(c)))) return false;
  // A level band ("MỨC 2", "Mức 1, 2, 3") starts a group of rows of its own.
  if (texts.length === 1 && /^\s*m(ứ|ư\u0301|u)c\s*\d/i.test(texts[0].normalize("NFC"))) return false;
  const lower = texts.some((t) => /^[a-zà-ỹđ(,;]/.test(t.trim()));
  if (!lower && ownRowUnderMerged(row, above)) return false;
  const open = row.some((c, i) => c.trim() && above[i]?.trim() && !/[.;:!?)]$/.test(above[i].trim()));
  // Only one cell goes on, under empty TT and criterion cells, below a row that has that cell: the rest of the
  // row's longest cell (a new paragraph of it), not a row of its own (a new row fills more than one cell).
  const filled = row.map((c, i) => (c.trim() ? i : -1)).filter((i) => i >= 0);
  const single = filled.length === 1 && filled[0] >= 2 && !row[1]?.trim() && !!above[filled[0]]?.trim();
  return lower || open || single;
}

/** A cell holding one short value (a period, an owner, an amount), not a paragraph. */
const SHORT_VALUE = 40;

/**
 * A row of its own under cells merged over several rows (the TT and criterion written once for three activities,
 * each with its own period, owner and budget), at the top of a page: its TT and criterion cells are empty as a split
 * row's are, but it fills three cells or more, and two or more short cells are filled both in it and in the row
 * above — a page break splits a row's paragraphs, never a one-line value in two rows' worth ("2,5" | "5", "Phó hiệu
 * trưởng" | "Hiệu trưởng"). Told only when no cell starts mid-sentence (the caller checks that).
 */
function ownRowUnderMerged(row: string[], above: string[]): boolean {
  const filled = row.filter((c) => c.trim()).length;
  const short = (c: string | undefined) => !!c?.trim() && c.trim().length <= SHORT_VALUE;
  const both = row.filter((c, i) => short(c) && short(above[i])).length;
  // (a cell above left open by a connector goes on below: "Tháng 9/2025 -" + "5/2026")
  const dangling = row.some((c, i) => c.trim() && /([-–—,/]|(^|\s)(đến|từ|và))$/iu.test(above[i]?.trim() ?? ""));
  return filled >= 3 && both >= 2 && !dangling;
}

/**
 * The first row of a page under cells merged over several rows when one of those merged cells goes on past the page
 * break (a weakness written once for three activities: "… mới đạt 48%, chưa đạt" + "yêu cầu Mức 2 …"): the cells that
 * go on mid-sentence are the rest of the row above, the others a row of its own (ownRowUnderMerged) — the next
 * activity with its own period, owner and budget. Null when the row is not so split.
 */
export function splitUnderMerged(row: string[], above: string[]): { rest: string[]; own: string[] } | null {
  if (row[0]?.trim()) return null;
  const goesOn = row.map((c) => /^[a-zà-ỹđ(,;]/.test(c.trim()));
  if (!goesOn.some(Boolean)) return null;
  // Only a paragraph left open above goes on (a merged cell's text), never a short value.
  const paragraphOpen = (t: string) => t.length > SHORT_VALUE && !/[.;!?]$/.test(t);
  if (row.some((_, i) => goesOn[i] && !paragraphOpen(above[i]?.trim() ?? ""))) return null;
  const own = row.map((c, i) => (goesOn[i] ? "" : c));
  if (own.some((c) => /^[a-zà-ỹđ(,;]/.test(c.trim())) || !ownRowUnderMerged(own, above)) return null;
  return { rest: row.map((c, i) => (goesOn[i] ? c : "")), own };
}

/**
 * A row split by a page break, joined again cell by cell: a space, or nothing where the cell's last line above and
 * first line below join as one line's wrap would (a number or word broken at the cell's edge: "60.000.00" + "0 đồng",
 * "12/20" + "27"; positions-lines.ts, joinLines).
 */
export function mergeCells(above: string[], row: string[], aboveEnds?: CellEnds[], rowEnds?: CellEnds[]): string[] {
  return above.map((c, i) => {
    const next = row[i]?.trim() ?? "";
    if (!next) return c;
    if (!c.trim()) return next;
    const [a, b] = [aboveEnds?.[i], rowEnds?.[i]];
    if (a?.last && b?.first) {
      const [top, bottom] = [lineText(a.last), lineText(b.first)];
      if (joinLines([a.last, b.first], a.left, a.right) === top + bottom && c.endsWith(top)) return c + next;
    }
    return /[-/]$/.test(c) && !/\s-$/.test(c) ? c + next : `${c} ${next}`;
  });
}
